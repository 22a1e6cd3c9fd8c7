using Loa.Plans;
using Loa.Plans.Import;

namespace Loa.UnitTests.Plans.Import;

/// <summary>
/// The three real plans as LibreOffice writes them (a .docx converted from the text, whose task table is
/// tab-separated paragraphs; a .docx and a PDF with a real table) import to what the text gives. The figures are
/// counted by hand in the documents: Hưng Phú 8 tasks and 7 recipients, Canh Vinh 7 tasks (11 with 4.1–4.4) and
/// 6 recipients, Phước Tân no task table and 9 recipients; all "Số: /KH-UBND" without a number.
/// </summary>
public sealed class ProducerTests
{
    public static TheoryData<string, string, int, int, int> Files()
    {
        var data = new TheoryData<string, string, int, int, int>();
        foreach (var kind in new[] { "libreoffice.docx", "table.docx", "table.pdf" })
        {
            data.Add($"hung-phu-2026.{kind}", SamplePlans.HungPhu, 8, 8, 7);
            data.Add($"canh-vinh-2026.{kind}", SamplePlans.CanhVinh, 7, 11, 6);
            data.Add($"phuoc-tan-2026.{kind}", SamplePlans.PhuocTan, 0, 0, 9);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Imports_the_tasks_recipients_number_and_date_the_text_gives(string file, string plan, int tasks, int allTasks, int recipients)
    {
        var result = PlanImporter.Import(PlanFixtures.Bytes(file), file);
        var text = SamplePlans.Plan(plan);

        Assert.Equal((tasks, allTasks, recipients), (result.Plan.Tasks.Count, Count(result.Plan.Tasks), result.Plan.Recipients.Count));
        Assert.Equal((text.Tasks.Count, Count(text.Tasks), text.Recipients.Count), (tasks, allTasks, recipients));
        Assert.Equal(text.Recipients, result.Plan.Recipients);
        Assert.Equal((null, "KH-UBND"), (result.Plan.Number, result.Plan.Symbol));
        Assert.Equal((text.Date.Day, text.Date.Month, text.Date.Year), (result.Plan.Date.Day, result.Plan.Date.Month, result.Plan.Date.Year));
        Assert.Equal(text.Title, result.Plan.Title);
        Assert.Equal(text.Signer.Name, result.Plan.Signer.Name);
        Assert.Equal(Rows(text.Tasks), Rows(result.Plan.Tasks));
    }

    [Fact]
    public void Hung_phu_from_libreoffice_reads_the_tab_separated_rows_as_the_task_table()
    {
        var result = PlanImporter.Import(PlanFixtures.Bytes("hung-phu-2026.libreoffice.docx"), "hung-phu-2026.docx");

        var second = result.Plan.Tasks[1];
        Assert.Equal("Phát các đoạn phim, video clip giới thiệu về CCHC trên trang thông tin điện tử, mạng xã hội", second.Name);
        Assert.Equal(["Phòng Văn hóa – Xã hội"], second.Lead);
        Assert.Equal("Trong năm 2026", second.Timeframe);
        Assert.Contains(result.SourceLines, l => l.StartsWith("TT\tHoạt động tuyên truyền\t", StringComparison.Ordinal));
    }

    private static int Count(IEnumerable<PlanTask> tasks) => tasks.Sum(t => 1 + Count(t.Children));

    private static List<string> Rows(IEnumerable<PlanTask> tasks) =>
        [.. tasks.SelectMany(t => t.Children.Prepend(t)).Select(t => $"{t.Label}|{t.Name}|{string.Join(";", t.Lead)}|{string.Join(";", t.Partners)}|{t.Timeframe}|{t.Quantity?.Text}")];
}
