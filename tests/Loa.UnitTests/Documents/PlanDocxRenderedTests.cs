using System.Text.RegularExpressions;
using Loa.Cli;
using Loa.Cli.Commands;
using Loa.Plans;
using Loa.UnitTests.Plans;

namespace Loa.UnitTests.Documents;

/// <summary>
/// The exported documents as LibreOffice lays them out (PDF, read back with pdftotext): the parts read in
/// the right order, the plan is A4 portrait, the appendix is landscape and numbered from 1 again, and the
/// first page of each carries no page number.
/// </summary>
public sealed partial class PlanDocxRenderedTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("loa-docx-render-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [LibreOfficeFact]
    public async Task Numbered_plan_reads_in_order_with_a_landscape_appendix()
    {
        var plan = ExportedPlans.Plan(ExportedPlans.Numbered);
        var pdf = await LibreOffice.ConvertToPdfAsync(ExportedPlans.Docx(ExportedPlans.Numbered), _folder);
        await AssertRendered(plan, pdf);
    }

    [LibreOfficeFact]
    public async Task Canh_vinh_exported_by_the_command_line_reads_in_order()
    {
        var input = Path.Combine(_folder, "canh-vinh-2026.txt");
        await File.WriteAllTextAsync(input, SamplePlans.Text(SamplePlans.CanhVinh));
        var output = Path.Combine(_folder, "cv.docx");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await new CommandRouter(CommandCatalog.All()).RunAsync(["plan", "docx", input, "-o", output], new CommandContext(stdout, stderr));
        Assert.True(code == 0, stderr.ToString());

        var pdf = await LibreOffice.ConvertToPdfAsync(await File.ReadAllBytesAsync(output), _folder);
        await AssertRendered(SamplePlans.FreshPlan(SamplePlans.CanhVinh), pdf);
    }

    private static async Task AssertRendered(PlanDocument plan, string pdf)
    {
        var pages = await LibreOffice.PagesAsync(pdf);
        Assert.True(pages.Count >= 2, $"{pages.Count} page(s)");
        var sizes = await LibreOffice.PageSizesAsync(pdf, pages.Count);
        Assert.Equal(pages.Count, sizes.Count);

        // Reading order through the whole document, white space collapsed (the header's two columns share lines).
        var text = Collapse(string.Join(" ", pages));
        var milestones = new List<string> { "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH", Collapse(plan.Title!) };
        milestones.AddRange(plan.Sections.Where(s => s.Label is not null).Select(s => $"{s.Label}. {s.Heading!.ToUpperInvariant()}"));
        milestones.AddRange(["Nơi nhận:", plan.Signer.Name!, "PHỤ LỤC", "NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM 2026", "(Kèm theo Kế hoạch số"]);
        var position = 0;
        foreach (var milestone in milestones)
        {
            var found = text.IndexOf(milestone, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"\"{milestone}\" is missing or out of order (looked after character {position})");
            position = found + milestone.Length;
        }

        // The plan is A4 portrait, the appendix A4 landscape; both start on a page of their own.
        var appendixStart = pages.ToList().FindIndex(p => p.Contains("PHỤ LỤC", StringComparison.Ordinal));
        Assert.True(appendixStart > 0, "the appendix starts on a page of its own");
        for (var i = 0; i < pages.Count; i++)
        {
            var (width, height) = sizes[i];
            var landscape = i >= appendixStart;
            Assert.InRange(landscape ? width : height, 841.0, 842.5);
            Assert.InRange(landscape ? height : width, 594.5, 596.0);
        }

        Assert.DoesNotContain("Nơi nhận", pages[appendixStart], StringComparison.Ordinal);

        // Page numbers: none on the first page of the plan or of the appendix; 2, 3 … at the top of the others,
        // starting again at 2 on the appendix's second page.
        Assert.Null(TopNumber(pages[0]));
        Assert.Equal(2, TopNumber(pages[1]));
        Assert.Null(TopNumber(pages[appendixStart]));
        for (var i = 1; i < appendixStart; i++)
        {
            Assert.Equal(i + 1, TopNumber(pages[i]));
        }

        for (var i = appendixStart + 1; i < pages.Count; i++)
        {
            Assert.Equal(i - appendixStart + 1, TopNumber(pages[i]));
        }

        // The task table's header repeats on every page of the appendix.
        Assert.All(pages.Skip(appendixStart), p => Assert.Matches(@"TT\s+Nhiệm vụ\s+Cơ quan chủ trì", p));
    }

    /// <summary>The number alone on the first line of a page, if any.</summary>
    private static int? TopNumber(string page)
    {
        var first = page.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        return int.TryParse(first, out var number) ? number : null;
    }

    private static string Collapse(string text) => WhiteSpace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
