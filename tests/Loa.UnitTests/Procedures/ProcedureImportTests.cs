using System.Text;
using Loa.Documents;
using Loa.Procedures;

namespace Loa.UnitTests.Procedures;

/// <summary>Exports of the national procedure database come as CSV or Excel, with columns in any order; bad rows are named by their line.</summary>
public sealed class ProcedureImportTests
{
    private const string Header = "STT,Mã thủ tục,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Thời hạn giải quyết,\"Phí, lệ phí\",Thành phần hồ sơ,Nơi tiếp nhận,Mức độ dịch vụ công,Đường dẫn";

    private static byte[] Utf8(string text, bool bom = false) => [.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(text)];

    [Fact]
    public void A_csv_export_with_bom_quoted_multiline_cells_and_vietnamese_headers_reads_every_field()
    {
        var csv = Header + "\r\n"
            + "1,1.001193,Đăng ký khai sinh,Hộ tịch,Cấp xã,Trong ngày,Miễn lệ phí,\"- Tờ khai\n- Giấy chứng sinh\",Bộ phận Một cửa,Dịch vụ công trực tuyến toàn trình,https://dichvucong.gov.vn/p/home/dvc-trang-chu.html\r\n"
            + "2,1.000894,\"Đăng ký kết hôn, \"\"trong nước\"\"\",Hộ tịch,Cấp xã,03 ngày,,,,Một phần,\r\n";
        var file = ProcedureImport.Read(Utf8(csv, bom: true));

        Assert.True(file.Ok, string.Join(" ", file.Problems));
        Assert.Equal(2, file.Rows.Count);
        var birth = file.Rows[0];
        Assert.Equal(("1.001193", "Đăng ký khai sinh", "Hộ tịch", "Cấp xã"), (birth.Code, birth.Name, birth.Field, birth.Level));
        Assert.Equal("- Tờ khai\n- Giấy chứng sinh", birth.Documents);
        Assert.Equal(OnlineLevel.Full, birth.OnlineLevel);
        Assert.Equal("https://dichvucong.gov.vn/p/home/dvc-trang-chu.html", birth.OnlineUrl);
        Assert.Equal(2, birth.Line);
        var marriage = file.Rows[1];
        Assert.Equal("Đăng ký kết hôn, \"trong nước\"", marriage.Name);
        Assert.Equal(OnlineLevel.Partial, marriage.OnlineLevel);
        Assert.Null(marriage.Fees);
        Assert.Equal(4, marriage.Line);
    }

    [Fact]
    public void Semicolons_no_bom_other_column_order_and_a_title_row_above_the_header()
    {
        var csv = "DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP XÃ\n\nLĨNH VỰC;TÊN THỦ TỤC;Mã TTHC;Cơ quan thực hiện;Ghi chú\nChứng thực;Chứng thực chữ ký;2.000884;UBND cấp xã;x\n";
        var file = ProcedureImport.Read(Utf8(csv));

        Assert.True(file.Ok, string.Join(" ", file.Problems));
        var row = Assert.Single(file.Rows);
        Assert.Equal(("2.000884", "Chứng thực chữ ký", "Chứng thực", "UBND cấp xã"), (row.Code, row.Name, row.Field, row.Agency));
        Assert.Equal(OnlineLevel.None, row.OnlineLevel);
        Assert.Equal(4, row.Line);
        Assert.Contains(file.Notes, n => n.Contains("Ghi chú", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_rows_are_all_named_with_their_line_and_nothing_is_kept()
    {
        var csv = Header + "\n"
            + "1,1.001193,Đăng ký khai sinh,Hộ tịch,Cấp xã,,,,,,\n"
            + "2,,Không có mã,Hộ tịch,Cấp xã,,,,,,\n"
            + "3,abc,Mã sai,Hộ tịch,Cấp xã,,,,,,\n"
            + "4,1.001193,Trùng mã,Hộ tịch,Cấp xã,,,,,,\n"
            + "5,1.000001,,,Cấp xã,,,,,,\n"
            + "6,1.000002,Mức độ lạ,Hộ tịch,Cấp xã,,,,,mức độ 9,\n"
            + "7,1.000003,Đường dẫn độc,Hộ tịch,Cấp xã,,,,,Toàn trình,javascript:alert(1)\n";
        var file = ProcedureImport.Read(Utf8(csv));

        Assert.False(file.Ok);
        Assert.Contains(file.Problems, p => p.StartsWith("Dòng 3: thiếu mã thủ tục", StringComparison.Ordinal));
        Assert.Contains(file.Problems, p => p.StartsWith("Dòng 4: mã thủ tục “abc” không đúng dạng", StringComparison.Ordinal));
        Assert.Contains(file.Problems, p => p.StartsWith("Dòng 5: mã thủ tục 1.001193 trùng với dòng 2", StringComparison.Ordinal));
        Assert.Contains(file.Problems, p => p.StartsWith("Dòng 6: thiếu tên thủ tục; thiếu lĩnh vực", StringComparison.Ordinal));
        Assert.Contains(file.Problems, p => p.StartsWith("Dòng 7: không hiểu mức độ dịch vụ công", StringComparison.Ordinal));
        Assert.Contains(file.Problems, p => p.StartsWith("Dòng 8: đường dẫn", StringComparison.Ordinal));
        Assert.Equal(6, file.Problems.Count);
    }

    [Theory]
    [InlineData(new byte[0], "Tệp trống")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x0D, 0x0A, 0x0D, 0x0A }, "Tệp trống")]
    [InlineData(new byte[] { 0x00, 0x01, 0x02, 0x03, 0x00, 0xFF, 0x00, 0x10 }, "không phải bảng tính")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02 }, "Không đọc được tệp Excel")]
    public void Empty_binary_and_broken_files_get_a_clear_message(byte[] bytes, string message)
    {
        var file = ProcedureImport.Read(bytes);
        Assert.False(file.Ok);
        Assert.Contains(message, Assert.Single(file.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_the_code_and_name_columns_or_without_rows_is_refused()
    {
        Assert.Contains("Không tìm thấy dòng tiêu đề", Assert.Single(ProcedureImport.Read(Utf8("a,b,c\n1,2,3\n")).Problems), StringComparison.Ordinal);
        Assert.Contains("chỉ có dòng tiêu đề", Assert.Single(ProcedureImport.Read(Utf8(Header + "\n")).Problems), StringComparison.Ordinal);
        Assert.Contains("thiếu cột “Lĩnh vực”", Assert.Single(ProcedureImport.Read(Utf8("Mã thủ tục,Tên thủ tục\n1.000001,A\n")).Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void An_xlsx_export_reads_like_the_csv_and_numeric_codes_get_their_six_digits_back()
    {
        var xlsx = XlsxTable.Create(
            "Thu tuc",
            ["Tên thủ tục", "Mã thủ tục", "Lĩnh vực", "Cấp thực hiện", "Dịch vụ công trực tuyến"],
            [
                ["Đăng ký khai sinh", "1.001193", "Hộ tịch", "Cấp xã", "Toàn trình"],
                ["Đăng ký kết hôn", 2.0001, "Hộ tịch", "Cấp xã", "Một phần"],
            ],
            [40, 12, 20, 12, 20]);
        var file = ProcedureImport.Read(xlsx);

        Assert.True(file.Ok, string.Join(" ", file.Problems));
        Assert.Equal(["1.001193", "2.000100"], file.Rows.Select(r => r.Code));
        Assert.Equal([OnlineLevel.Full, OnlineLevel.Partial], file.Rows.Select(r => r.OnlineLevel));
        Assert.Equal("Đăng ký khai sinh", file.Rows[0].Name);
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_inflated()
    {
        using var memory = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(memory, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", System.IO.Compression.CompressionLevel.SmallestSize);
            using var stream = entry.Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 50; i++)
            {
                stream.Write(zeros);
            }
        }

        var file = ProcedureImport.Read(memory.ToArray());
        Assert.False(file.Ok);
        Assert.Contains("nghi là tệp độc hại", Assert.Single(file.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Toàn trình", OnlineLevel.Full)]
    [InlineData("DỊCH VỤ CÔNG TRỰC TUYẾN TOÀN TRÌNH", OnlineLevel.Full)]
    [InlineData("Mức độ 4", OnlineLevel.Full)]
    [InlineData("dvc truc tuyen mot phan", OnlineLevel.Partial)]
    [InlineData("Mức độ 3", OnlineLevel.Partial)]
    [InlineData("", OnlineLevel.None)]
    [InlineData("Không", OnlineLevel.None)]
    [InlineData("Mức độ 2", OnlineLevel.None)]
    public void Online_levels_in_the_words_of_the_exports(string text, OnlineLevel expected) => Assert.Equal(expected, ProcedureImport.ParseOnlineLevel(text));
}
