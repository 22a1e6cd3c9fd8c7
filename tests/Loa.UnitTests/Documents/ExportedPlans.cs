using System.Collections.Concurrent;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Loa.Demo;
using Loa.Documents;
using Loa.Plans;
using Loa.UnitTests.Plans;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Loa.UnitTests.Documents;

/// <summary>
/// The plans the export tests run on, by name: the three demo plans as parsed, Phước Tân with the demo's
/// appendix of tasks (quantities and products), and Hưng Phú numbered and fully dated.
/// </summary>
internal static class ExportedPlans
{
    public const string HungPhu = "hung-phu";
    public const string CanhVinh = "canh-vinh";
    public const string PhuocTan = "phuoc-tan";
    public const string PhuocTanWithAppendix = "phuoc-tan+appendix";
    public const string Numbered = "hung-phu-numbered";

    private static readonly ConcurrentDictionary<string, byte[]> Exported = new(StringComparer.Ordinal);

    public static readonly string[] Names = [HungPhu, CanhVinh, PhuocTan, PhuocTanWithAppendix, Numbered];

    public static TheoryData<string> All() => [.. Names];

    public static TheoryData<string> WithTasks() => [HungPhu, CanhVinh, PhuocTanWithAppendix, Numbered];

    /// <summary>A fresh plan, safe to change.</summary>
    public static PlanDocument Plan(string name)
    {
        switch (name)
        {
            case HungPhu:
                return SamplePlans.FreshPlan(SamplePlans.HungPhu);
            case CanhVinh:
                return SamplePlans.FreshPlan(SamplePlans.CanhVinh);
            case PhuocTan:
                return SamplePlans.FreshPlan(SamplePlans.PhuocTan);
            case PhuocTanWithAppendix:
                var phuocTan = SamplePlans.FreshPlan(SamplePlans.PhuocTan);
                phuocTan.Tasks = PhuocTanAppendix.Tasks();
                return phuocTan;
            case Numbered:
                var numbered = SamplePlans.FreshPlan(SamplePlans.HungPhu);
                numbered.Number = "5/KH-UBND";
                numbered.Date = new PartialDate { Day = 30, Month = 1, Year = 2026 };
                return numbered;
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, null);
        }
    }

    /// <summary>The exported .docx of a named plan (cached: the bytes are shared, open them read-only).</summary>
    public static byte[] Docx(string name) => Exported.GetOrAdd(name, n => PlanDocxWriter.Write(Plan(n)));

    public static ExportedDocx Open(string name) => new(Docx(name));
}

/// <summary>An exported document opened read-only, with the parts the rules speak about.</summary>
internal sealed class ExportedDocx : IDisposable
{
    private readonly MemoryStream _stream;

    public ExportedDocx(byte[] bytes)
    {
        _stream = new MemoryStream(bytes, writable: false);
        Document = WordprocessingDocument.Open(_stream, isEditable: false);
    }

    public WordprocessingDocument Document { get; }

    public MainDocumentPart Main => Document.MainDocumentPart!;

    public Body Body => Main.Document.Body!;

    /// <summary>The section properties in order: the plan's (portrait), then the appendix's when there is one.</summary>
    public IReadOnlyList<SectionProperties> Sections => [.. Body.Descendants<SectionProperties>()];

    public Table HeaderTable => Body.Elements<Table>().First();

    /// <summary>The last table of the plan's own section: recipients and signature.</summary>
    public Table SignatureTable => Body.Elements<Table>().Where(t => IsBeforeAppendix(t)).Last();

    /// <summary>The task table of the appendix, or null.</summary>
    public Table? TaskTable => Sections.Count > 1 ? Body.Elements<Table>().Last() : null;

    /// <summary>The paragraphs directly in the body (not in tables), in order.</summary>
    public IReadOnlyList<Paragraph> BodyParagraphs => [.. Body.Elements<Paragraph>()];

    public static string Text(Paragraph paragraph) => string.Concat(paragraph.Descendants<W.Text>().Select(t => t.Text));

    public Paragraph Paragraph(string text) => BodyParagraphs.Single(p => Text(p) == text);

    public int IndexOf(Paragraph paragraph) => Body.ChildElements.ToList().IndexOf(paragraph);

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }

    private bool IsBeforeAppendix(Table table)
    {
        if (Sections.Count < 2)
        {
            return true;
        }

        var breakParagraph = Sections[0].Ancestors<Paragraph>().First();
        var children = Body.ChildElements.ToList();
        return children.IndexOf(table) < children.IndexOf(breakParagraph);
    }
}

/// <summary>What a run or paragraph says about its look, read back from the XML.</summary>
internal static class Looks
{
    public static int HalfPoints(Run run) => int.Parse(run.RunProperties!.FontSize!.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsBold(Run run) => run.RunProperties?.Bold is { } b && (b.Val is null || b.Val.Value);

    public static bool IsItalic(Run run) => run.RunProperties?.Italic is { } i && (i.Val is null || i.Val.Value);

    public static IEnumerable<Run> TextRuns(Paragraph paragraph) => paragraph.Elements<Run>().Where(r => r.Elements<W.Text>().Any(t => t.Text.Length > 0));

    public static JustificationValues? Alignment(Paragraph paragraph) => paragraph.ParagraphProperties?.Justification?.Val?.Value;

    public static int Twips(DocumentFormat.OpenXml.StringValue? value) =>
        value?.Value is { } text ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : 0;

    public static int FirstLine(Paragraph paragraph) => Twips(paragraph.ParagraphProperties?.Indentation?.FirstLine);

    public static int SpacingAfter(Paragraph paragraph) => Twips(paragraph.ParagraphProperties?.SpacingBetweenLines?.After);

    public static int Line(Paragraph paragraph) => Twips(paragraph.ParagraphProperties?.SpacingBetweenLines?.Line);

    public static BottomBorder? BottomLine(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphBorders?.BottomBorder;

    /// <summary>The width between the paragraph's indents in a container of the given width.</summary>
    public static int WidthBetweenIndents(Paragraph paragraph, int container) =>
        container - Twips(paragraph.ParagraphProperties?.Indentation?.Left) - Twips(paragraph.ParagraphProperties?.Indentation?.Right);
}
