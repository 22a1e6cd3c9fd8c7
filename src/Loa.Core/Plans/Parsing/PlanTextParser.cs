using System.Globalization;
using System.Text.RegularExpressions;
using Loa.Text;

namespace Loa.Plans.Parsing;

/// <summary>
/// Reads the text of a plan (converted from Word or PDF: Markdown marks, tab or pipe tables, hard-wrapped
/// lines, page-break debris) into the exchange form <c>loa.plan/1</c>.
/// </summary>
public static partial class PlanTextParser
{
    /// <summary>Parses a plan; throws <see cref="PlanFormatException"/> (Vietnamese message) when the text is empty, not text, or not a plan.</summary>
    public static PlanDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new PlanFormatException("Văn bản trống: không có nội dung để đọc kế hoạch.");
        }

        if (LooksBinary(text))
        {
            throw new PlanFormatException("Nội dung không phải văn bản (có ký tự nhị phân). Hãy chuyển tệp Word/PDF sang văn bản thuần UTF-8 trước.");
        }

        var lines = SourceLines.Read(text);
        var layout = DocumentLayout.Find(lines);
        var unplaced = new List<(int Line, string Text)>();
        var header = HeaderReader.Read(layout.Header, unplaced);
        var sections = SectionTreeBuilder.Build(ParagraphJoiner.Join(layout.Body));
        var tail = TailReader.Read(layout.Tail, unplaced);

        var issuer = IssuerReader.Find(header.Issuer, layout.Title, sections, header.Place);
        var plan = new PlanDocument
        {
            Issuer = issuer,
            Number = header.Number,
            Symbol = header.Symbol,
            Place = PlaceSpelling(header.Place, issuer),
            Date = header.Date,
            Title = layout.Title,
            Year = TitleYear(layout.Title) ?? header.Date.Year,
            Basis = BasisReader.Read(sections, issuer),
        };

        plan.Tasks = ReadTasks(sections, tail, unplaced);
        plan.Sections = SectionWriter.Write(sections);
        plan.Contents = SectionListReader.Items(sections, SectionRoles.Contents);
        plan.Channels = SectionListReader.Items(sections, SectionRoles.Channels);
        plan.Responsibilities = SectionListReader.Responsibilities(sections);
        plan.Funding = SectionListReader.Entries(sections, SectionRoles.Funding);
        plan.Reporting = ReportingReader.Read(SectionText.AllTexts(sections), issuer);
        plan.Deadlines = DeadlineReader.Read(SectionText.AllTexts(sections));
        plan.Deadlines.AddRange(DeadlineReader.FromTasks(plan.Tasks));
        plan.Recipients = tail.Recipients;
        plan.Signer = tail.Signer;
        plan.Unplaced = [.. unplaced.OrderBy(u => u.Line).Select(u => u.Text)];
        return plan;
    }

    /// <summary>Tasks from the tables in the body (a "hoạt động trọng tâm" part) and in the appendix, in that order.</summary>
    private static List<PlanTask> ReadTasks(List<SectionNode> sections, PlanTail tail, List<(int Line, string Text)> unplaced)
    {
        var tasks = new List<PlanTask>();
        foreach (var node in Flatten(sections).Where(n => n.TableRows.Count > 0))
        {
            node.Tasks = TaskTableReader.Read([.. node.TableRows.Select(r => r.Cells)]);
            tasks.AddRange(node.Tasks ?? []);
        }

        if (tail.TableRows.Count > 0)
        {
            var appendix = TaskTableReader.Read(tail.TableRows);
            if (appendix is null)
            {
                // A table after the signature that is not a task table: nothing else can hold it.
                unplaced.AddRange(tail.TableRows.Select(r => (int.MaxValue, string.Join(" | ", r.Where(c => c.Length > 0)))));
            }
            else
            {
                tasks.AddRange(appendix);
            }
        }

        return tasks;
    }

    private static IEnumerable<SectionNode> Flatten(IEnumerable<SectionNode> nodes) =>
        nodes.SelectMany(n => new[] { n }.Concat(Flatten(n.Children)));

    /// <summary>The place line may misspell the issuer's locality ("Hung Phú"): the same name folded takes the issuer's spelling.</summary>
    private static string? PlaceSpelling(string? place, PlanIssuer issuer) =>
        place is not null && issuer.Locality is not null && VietnameseText.Fold(place) == VietnameseText.Fold(issuer.Locality)
            ? issuer.Locality
            : place;

    private static int? TitleYear(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var match = YearInTitle().Match(title);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>NUL or many control characters: the bytes of a binary file decoded as text.</summary>
    private static bool LooksBinary(string text)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return true;
            }

            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v'))
            {
                control++;
            }
        }

        return control > 8 && control * 100 > text.Length;
    }

    [GeneratedRegex(@"năm\s+([0-9]{4})", RegexOptions.RightToLeft | RegexOptions.IgnoreCase)]
    private static partial Regex YearInTitle();
}
