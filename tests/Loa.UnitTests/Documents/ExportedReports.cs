using System.Collections.Concurrent;
using DocumentFormat.OpenXml.Wordprocessing;
using Loa.Documents;
using Loa.Reports;

namespace Loa.UnitTests.Documents;

/// <summary>The sample reports' exported .docx, by name (cached: the bytes are shared, open them read-only).</summary>
internal static class ExportedReports
{
    /// <summary>A report with 20 task rows, long enough for the task table to run over several pages.</summary>
    public const string Large = "large";

    private static readonly ConcurrentDictionary<string, byte[]> Exported = new(StringComparer.Ordinal);

    public static readonly string[] Names = [.. SampleReports.Names, Large];

    public static TheoryData<string> All() => [.. Names];

    /// <summary>A fresh report, safe to change.</summary>
    public static ReportDocument Report(string name) => name == Large ? SampleReports.Large(20) : SampleReports.Report(name);

    public static byte[] Docx(string name) => Exported.GetOrAdd(name, n => ReportDocxWriter.Write(Report(n)));

    public static ExportedDocx Open(string name) => new(Docx(name));
}

/// <summary>Where the parts of an exported report are.</summary>
internal static class ReportParts
{
    /// <summary>The figure tables between the header and the signature: tasks (when there are some), by channel, by content area.</summary>
    public static IReadOnlyList<Table> FigureTables(ExportedDocx docx)
    {
        var tables = docx.Body.Elements<Table>().ToList();
        return tables[1..^1];
    }

    /// <summary>The cells of a row as text, the paragraphs of a cell joined by a line break.</summary>
    public static IReadOnlyList<string> Cells(TableRow row) =>
        [.. row.Elements<TableCell>().Select(c => string.Join('\n', c.Elements<Paragraph>().Select(ExportedDocx.Text)))];

    public static IReadOnlyList<int> Grid(Table table) =>
        [.. table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(
            c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture))];
}
