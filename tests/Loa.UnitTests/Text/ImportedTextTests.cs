using System.Text;
using Loa.Plans;
using Loa.Plans.Import;
using Loa.Procedures;

namespace Loa.UnitTests.Text;

/// <summary>
/// Text that reaches the database without passing a form field — plan JSON, plan text and Word files, procedure
/// catalogues — follows the same rule as a form field: no control characters, no bidi controls, NFC.
/// </summary>
public sealed class ImportedTextTests
{
    [Fact]
    public void Plan_json_escapes_of_NUL_bytes_and_bidi_controls_are_read_without_them()
    {
        var json = PlanJson.Serialize(new PlanDocument { Title = "Tuyên truyền", Recipients = ["Sở Nội vụ"] })
            .Replace("\"Tuyên truyền\"", "\"Tuyên\\u0000 truyền\\u202E\\u0007\"", StringComparison.Ordinal)
            .Replace("\"Sở Nội vụ\"", "\"Sở\\u2066 Nội vụ\\u200F\"", StringComparison.Ordinal);

        var plan = PlanJson.Deserialize(json);

        Assert.Equal("Tuyên truyền", plan.Title);
        Assert.Equal(["Sở Nội vụ"], plan.Recipients);
        var halfACharacter = json.Replace("Sở", "Sở\\uD800", StringComparison.Ordinal);
        Assert.Throws<PlanFormatException>(() => PlanJson.Deserialize(halfACharacter)); // not JSON text: a message, not a crash
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void No_plan_json_at_all_is_a_Vietnamese_message(string? json)
    {
        var error = Assert.Throws<PlanFormatException>(() => PlanJson.Deserialize(json!));
        Assert.Contains("Không có dữ liệu kế hoạch", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_text_with_bidi_and_other_controls_imports_without_them()
    {
        var text = """
            ỦY BAN NHÂN DÂN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            XÃ PHƯỚC TÂN	Độc lập - Tự do - Hạnh phúc
            Số: 07/KH-UBND	Phước Tân, ngày 09 tháng 02 năm 2026

            KẾ HOẠCH
            Tuyên truyền cải cách hành chính năm 2026

            I. MỤC ĐÍCH, YÊU CẦU
            Nâng cao nhận thức của cán bộ, công chức về cải cách hành chính.
            """
            .Replace("Tuyên truyền", "Tuyên\u202E truyền\u0001", StringComparison.Ordinal)
            .Replace("Nâng cao", "Nâng\u2067 cao\u009B", StringComparison.Ordinal);

        var result = PlanImporter.ImportText(text);

        Assert.Contains("Tuyên truyền cải cách hành chính năm 2026", result.Plan.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(result.SourceLines, l => l.Any(c => c is '\u202E' or '\u2067' or '\u0001' or '\u009B'));
        Assert.Contains(result.SourceLines, l => l.Contains("Nâng cao nhận thức", StringComparison.Ordinal));
    }

    [Fact]
    public void A_procedure_catalogue_with_bidi_controls_reads_without_them()
    {
        const string csv = "Mã thủ tục,Tên thủ tục,Lĩnh vực\n1.001193,Đăng ký\u202E khai sinh\u0085,Hộ\u2066 tịch\n";

        var file = ProcedureImport.Read(Encoding.UTF8.GetBytes(csv));

        Assert.True(file.Ok, string.Join(" ", file.Problems));
        var row = Assert.Single(file.Rows);
        Assert.Equal(("Đăng ký khai sinh", "Hộ tịch"), (row.Name, row.Field));
    }
}
