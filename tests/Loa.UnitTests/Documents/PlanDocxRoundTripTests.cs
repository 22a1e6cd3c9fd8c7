using System.Text;
using Loa.Documents;
using Loa.Plans;

namespace Loa.UnitTests.Documents;

/// <summary>
/// Nothing of a parsed plan is lost on the way to Word: every paragraph of every section, every heading and
/// every cell of the key-task table reads, word for word and in order, in the text of the exported document.
/// </summary>
public sealed class PlanDocxRoundTripTests
{
    public static TheoryData<string> All() => ExportedPlans.All();

    [Theory]
    [MemberData(nameof(All))]
    public void Every_paragraph_of_the_body_is_in_the_document_word_for_word_and_in_order(string name)
    {
        var plan = ExportedPlans.Plan(name);
        var words = Words(DocxText.Paragraphs(ExportedPlans.Docx(name)));

        var position = 0;
        var count = 0;
        foreach (var section in plan.Sections.SelectMany(Flatten))
        {
            if (section.Heading is { } heading)
            {
                // Parts are written in upper case: compare their words without case.
                position = FindRun(words, Words([heading]), position, ignoreCase: true, $"heading \"{heading}\"") + 1;
            }

            foreach (var paragraph in section.Paragraphs)
            {
                position = FindRun(words, Words([paragraph]), position, ignoreCase: false, $"paragraph \"{paragraph}\"") + 1;
                count++;
            }
        }

        Assert.True(count > 30, $"only {count} paragraphs compared");
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Every_cell_of_the_task_table_is_in_the_appendix_row_by_row(string name)
    {
        var plan = ExportedPlans.Plan(name);
        var paragraphs = DocxText.Paragraphs(ExportedPlans.Docx(name));
        var appendix = paragraphs.SkipWhile(p => p != "PHỤ LỤC").ToList();
        var tasks = TaskTableExport.Flatten(plan.Tasks).ToList();
        if (tasks.Count == 0)
        {
            Assert.Empty(appendix);
            return;
        }

        var rows = appendix.Where(p => p.Contains('\t', StringComparison.Ordinal)).Skip(1).ToList(); // after the header row
        Assert.Equal(tasks.Count, rows.Count);
        foreach (var (task, row) in tasks.Zip(rows))
        {
            var rowWords = Words([row]);
            var position = 0;
            string?[] cells =
            [
                task.Label, task.Name, string.Join("; ", task.Lead), string.Join("; ", task.Partners),
                task.Timeframe, task.Quantity?.Text, task.Products,
            ];
            foreach (var cell in cells)
            {
                if (!string.IsNullOrWhiteSpace(cell))
                {
                    position = FindRun(rowWords, Words([cell]), position, ignoreCase: false, $"cell \"{cell}\" of task {task.Label}") + 1;
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Header_and_signature_read_back(string name)
    {
        var plan = ExportedPlans.Plan(name);
        var text = string.Join("\n", DocxText.Paragraphs(ExportedPlans.Docx(name)));
        foreach (var expected in new[]
        {
            "ỦY BAN NHÂN DÂN",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "KẾ HOẠCH",
            plan.Title!,
            "Nơi nhận:",
            plan.Signer.Name!,
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        foreach (var recipient in plan.Recipients)
        {
            Assert.Contains("- " + recipient, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Text_of_a_table_row_is_its_cells_joined_by_tabs()
    {
        var paragraphs = DocxText.Paragraphs(ExportedPlans.Docx(ExportedPlans.HungPhu));
        Assert.Equal("ỦY BAN NHÂN DÂN\nPHƯỜNG HƯNG PHÚ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", paragraphs[0]);
        Assert.Equal("Số:      /KH-UBND\tHưng Phú, ngày       tháng       năm 2026", paragraphs[1]);
        Assert.Equal("KẾ HOẠCH", paragraphs[2]);
    }

    /// <summary>The index of the last word of the first contiguous run of <paramref name="run"/> at or after <paramref name="from"/>.</summary>
    private static int FindRun(List<string> words, List<string> run, int from, bool ignoreCase, string what)
    {
        Assert.NotEmpty(run);
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        for (var start = from; start + run.Count <= words.Count; start++)
        {
            var matched = true;
            for (var i = 0; i < run.Count && matched; i++)
            {
                matched = string.Equals(words[start + i], run[i], comparison);
            }

            if (matched)
            {
                return start + run.Count - 1;
            }
        }

        Assert.Fail($"{what} is not in the document after word {from}");
        return -1;
    }

    /// <summary>Words after NFC, split on any white space.</summary>
    private static List<string> Words(IEnumerable<string> texts) =>
        [.. texts.SelectMany(t => t.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))];

    private static IEnumerable<PlanSection> Flatten(PlanSection section) => section.Children.SelectMany(Flatten).Prepend(section);
}
