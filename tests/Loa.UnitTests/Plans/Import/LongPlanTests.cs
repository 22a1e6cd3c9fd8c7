using System.Diagnostics;
using Loa.Plans.Import;

namespace Loa.UnitTests.Plans.Import;

/// <summary>The benchmark's 50-page document imports completely, and well within its time even in a test run.</summary>
public sealed class LongPlanTests
{
    [Fact]
    public void A_fifty_page_word_document_imports_completely()
    {
        var text = LongPlan.Text();
        var docx = LongPlan.Docx();
        var watch = Stopwatch.StartNew();
        var result = PlanImporter.Import(docx, "ke-hoach-dai.docx");
        watch.Stop();

        Assert.InRange(LongPlan.Words(text), 24_000, 28_000);
        Assert.Equal(30, result.Plan.Sections.Count(s => s.Label is not null));
        Assert.Equal("XXX", result.Plan.Sections.Last(s => s.Label is not null).Label);
        var appendix = result.Plan.Tasks.Skip(result.Plan.Tasks.Count - (22 * 7)).ToList();
        Assert.Equal(Enumerable.Range(1, 22 * 7).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), appendix.Select(t => t.Label));
        Assert.All(appendix.Where(t => t.Name.StartsWith("Gửi tin, bài", StringComparison.Ordinal)), t => Assert.Equal(4, t.Children.Count));
        Assert.Equal(2 * 8, result.Plan.Tasks.Count - appendix.Count); // Hưng Phú's key-task table, twice
        Assert.Equal("Vũ Trọng Tuyên", result.Plan.Signer.Name);
        Assert.Empty(result.Plan.Unplaced);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }
}
