using DocumentFormat.OpenXml.Wordprocessing;
using Loa.Documents;
using Loa.Plans;

namespace Loa.UnitTests.Documents;

/// <summary>
/// The header of every kind of export as LibreOffice lays it out: the Quốc hiệu, the motto and each line of the
/// issuing body each on one line of the PDF (never "Hạnh / phúc"), a line under the motto as long as the motto and
/// a shorter one under the issuing body, both centred under their text.
/// </summary>
public sealed class HeaderRenderedTests : IDisposable
{
    private const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private const string Motto = "Độc lập - Tự do - Hạnh phúc";

    private readonly string _folder = Directory.CreateTempSubdirectory("loa-header-render-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [LibreOfficeFact]
    public Task Plan_header_fits() => AssertHeaderAsync(ExportedPlans.Docx(ExportedPlans.CanhVinh));

    [LibreOfficeFact]
    public Task Plan_with_appendix_header_fits() => AssertHeaderAsync(ExportedPlans.Docx(ExportedPlans.PhuocTanWithAppendix));

    [LibreOfficeFact]
    public Task Consolidated_report_header_fits() => AssertHeaderAsync(ExportedReports.Docx(SampleReports.HungPhuQuarter));

    [LibreOfficeFact]
    public Task Unit_report_header_fits() => AssertHeaderAsync(ExportedReports.Docx(SampleReports.UnitNineMonths));

    [LibreOfficeFact]
    public Task Unit_report_with_a_long_unit_name_keeps_each_line_of_the_issuing_body_whole()
    {
        var report = ExportedReports.Report(SampleReports.UnitNineMonths);
        report.Issuer = new PlanIssuer { Name = "Phòng Kinh tế, Hạ tầng và Đô thị", Kind = "phường", Locality = "Hưng Phú" };
        return AssertHeaderAsync(ReportDocxWriter.Write(report));
    }

    private async Task AssertHeaderAsync(byte[] docx)
    {
        IReadOnlyList<string> issuer;
        using (var document = new ExportedDocx(docx))
        {
            var cell = document.HeaderTable.Elements<TableRow>().First().Elements<TableCell>().First();
            issuer = [.. cell.Elements<Paragraph>().Select(ExportedDocx.Text).Where(t => t.Length > 0)];
        }

        var pdf = await LibreOffice.ConvertToPdfAsync(docx, _folder);
        var layout = (await LibreOffice.PagesAsync(pdf))[0].Split('\n');
        foreach (var expected in issuer.Prepend(Motto).Prepend(NationalName))
        {
            Assert.True(
                layout.Any(l => l.Contains(expected, StringComparison.Ordinal)),
                $"\"{expected}\" is not on one line of the first page:\n{string.Join('\n', layout.Take(8))}");
        }

        var page = await RenderedPage.FirstAsync(pdf);
        var motto = page.Lines.Single(l => l.Text == Motto);
        AssertRuleUnder(page, motto, motto.Width * 0.95, motto.Width * 1.15, "the motto");

        var body = issuer.Select(text => page.Lines.First(l => l.Text == text)).ToList();
        var widest = body.Max(l => l.Width);
        AssertRuleUnder(page, body[^1], widest / 3 * 0.9, widest / 2 * 1.1, "the issuing body");
    }

    private static void AssertRuleUnder(RenderedPage page, RenderedLine text, double shortest, double longest, string what)
    {
        var rule = page.Rules.Where(r => r.Y >= text.Bottom - 3 && r.Y <= text.Bottom + 10 && Math.Abs(r.Centre - text.Centre) < 4).ToList();
        Assert.True(rule.Count == 1, $"one line centred under {what} (\"{text.Text}\", {text.Left:0.#}–{text.Right:0.#} pt, bottom {text.Bottom:0.#}); " +
            $"rules on the page: {string.Join("; ", page.Rules.Select(r => $"{r.Left:0.#}–{r.Right:0.#} at {r.Y:0.#}"))}");
        Assert.InRange(rule[0].Width, shortest, longest);
    }
}
