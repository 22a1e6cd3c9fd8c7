using System.Text;
using System.Text.Json;
using Loa.OpenData;

namespace Loa.UnitTests.OpenData;

public sealed class OpenDataWriterTests
{
    private static readonly OpenDataSchema Schema = new("test", "Thử", "Bảng thử", [
        new("name", OpenDataType.Words, "Tên"),
        new("count", OpenDataType.WholeNumber, "Số"),
        new("score", OpenDataType.Number, "Điểm", Nullable: true),
        new("day", OpenDataType.Date, "Ngày", Nullable: true),
        new("open", OpenDataType.Boolean, "Mở"),
    ]);

    private static readonly OpenDataTable Table = new(Schema, [
        ["Phòng Văn hóa – Xã hội, \"VHXH\"", 3, 86.2500m, new DateOnly(2026, 2, 1), true],
        ["=HYPERLINK(\"x\")", 0, null, null, false],
    ]);

    [Fact]
    public void Csv_has_a_bom_the_field_names_crlf_quoting_a_dot_for_decimals_and_no_formula()
    {
        var bytes = OpenDataWriter.Csv(Table);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.Equal(
            "name,count,score,day,open\r\n\"Phòng Văn hóa – Xã hội, \"\"VHXH\"\"\",3,86.25,2026-02-01,true\r\n\"'=HYPERLINK(\"\"x\"\")\",0,,,false\r\n",
            text);
    }

    [Fact]
    public void Json_has_the_schema_name_and_every_field_of_every_row_with_its_type_null_when_unknown()
    {
        using var document = JsonDocument.Parse(OpenDataWriter.Json(Table, "UBND xã Thử", new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.FromHours(7))));
        var root = document.RootElement;
        Assert.Equal("loa.opendata.test/1", root.GetProperty("schema").GetString());
        Assert.Equal("2026-07-01T10:00:00+07:00", root.GetProperty("modified").GetString());
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal("Phòng Văn hóa – Xã hội, \"VHXH\"", rows[0].GetProperty("name").GetString());
        Assert.Equal("86.25", rows[0].GetProperty("score").GetRawText());
        Assert.Equal("2026-02-01", rows[0].GetProperty("day").GetString());
        Assert.True(rows[0].GetProperty("open").GetBoolean());
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("score").ValueKind);
        Assert.Equal(["name", "count", "score", "day", "open"], rows[1].EnumerateObject().Select(p => p.Name));
    }
}
