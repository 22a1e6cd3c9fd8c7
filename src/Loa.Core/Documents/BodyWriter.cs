using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using Loa.Plans;
using Loa.Text;

namespace Loa.Documents;

/// <summary>
/// The body of the plan: "KẾ HOẠCH", the subject line and a short line under it; the preamble (or the legal
/// bases when there is none); the parts in their order and numbering (I. → 1. → a)); the closing.
/// </summary>
internal static class BodyWriter
{
    /// <summary>The sentence a part of key tasks gets when it does not itself point to the appendix.</summary>
    public const string AppendixPointer = "(Có Phụ lục kèm theo)";

    /// <summary>Point letters in the order of the Vietnamese alphabet (no f, j, w, z).</summary>
    public const string PointLetters = "abcdđeghiklmnopqrstuvxy";

    public static IEnumerable<Paragraph> Build(PlanDocument plan)
    {
        foreach (var paragraph in Heading(plan))
        {
            yield return paragraph;
        }

        if (!plan.Sections.Any(s => s.Role == SectionRoles.Preamble) && plan.Basis.Count > 0)
        {
            foreach (var paragraph in Bases(plan))
            {
                yield return paragraph;
            }
        }

        var number = 0;
        foreach (var section in plan.Sections)
        {
            foreach (var paragraph in Section(plan, section, depth: 0, Numbered(section) ? ++number : number))
            {
                yield return paragraph;
            }
        }
    }

    private static IEnumerable<Paragraph> Heading(PlanDocument plan) => TitleBlock.Build("KẾ HOẠCH", plan.Title);

    /// <summary>"Căn cứ …;" one per line, italic, "." after the last; then the sentence that issues the plan.</summary>
    private static IEnumerable<Paragraph> Bases(PlanDocument plan)
    {
        for (var i = 0; i < plan.Basis.Count; i++)
        {
            var mark = i == plan.Basis.Count - 1 ? "." : ";";
            yield return DocxRuns.Paragraph(PlanWording.BasisLine(plan.Basis[i]) + mark, RunLook.Body.AsItalic(), ParagraphLook.Body);
        }

        var subject = plan.Title is { Length: > 0 } title
            ? " " + char.ToLower(title.Trim()[0], CultureInfo.InvariantCulture) + title.Trim()[1..]
            : "";
        yield return Body($"{PlanWording.IssuerName(plan.Issuer)} ban hành Kế hoạch{subject} như sau:");
    }

    private static List<Paragraph> Section(PlanDocument plan, PlanSection section, int depth, int number)
    {
        var label = Label(section, depth, number);
        var marker = Marker(label);
        var kind = KindOf(label);
        var written = new List<Paragraph>();
        var paragraphs = section.Paragraphs.SelectMany(DocxRuns.Lines).ToList();

        if (section.Heading is { } heading && heading.Trim().Length > 0)
        {
            var upper = kind == LabelKind.Roman || (kind == LabelKind.None && depth == 0 && IsUpper(heading));
            var bold = kind is LabelKind.Roman or LabelKind.Number || (kind == LabelKind.None && depth <= 1);
            var text = Join(marker, upper ? PlanWording.Upper(heading.Trim()) : heading.Trim());
            written.Add(DocxRuns.Paragraph(text, new RunLook(DocxPage.BodyPoints, Bold: bold), ParagraphLook.Body with { KeepNext = true }));
            written.AddRange(paragraphs.Select(Body));
        }
        else if (marker.Length > 0)
        {
            // A text item: its first paragraph carries the label ("a) …", "1. …").
            var first = paragraphs.Count > 0 ? paragraphs[0] : "";
            var bold = kind == LabelKind.Roman;
            written.Add(DocxRuns.Paragraph(Join(marker, first), new RunLook(DocxPage.BodyPoints, Bold: bold), ParagraphLook.Body));
            written.AddRange(paragraphs.Skip(1).Select(Body));
        }
        else if (section.Role == SectionRoles.Closing)
        {
            // The closing stays on the page of the signature: a signature never stands alone on a page.
            written.AddRange(paragraphs.Select(p => DocxRuns.Paragraph(p, RunLook.Body, ParagraphLook.Body with { KeepNext = true })));
        }
        else
        {
            written.AddRange(paragraphs.Select(Body));
        }

        var childNumber = 0;
        foreach (var child in section.Children)
        {
            written.AddRange(Section(plan, child, depth + 1, Numbered(child) ? ++childNumber : childNumber));
        }

        if (section.Children.Count == 0 && section.Paragraphs.Count == 0)
        {
            written.AddRange(FromLists(plan, section, depth));
        }

        if (section.Role == SectionRoles.Tasks && plan.Tasks.Count > 0 && !MentionsAppendix(section))
        {
            written.Add(Body(AppendixPointer));
        }

        return written;
    }

    /// <summary>
    /// A part of contents, channels, funding or implementation that holds nothing of its own (a plan built in
    /// the app rather than parsed keeps those in the plan's lists): its items, lettered or numbered.
    /// </summary>
    private static IEnumerable<Paragraph> FromLists(PlanDocument plan, PlanSection section, int depth)
    {
        switch (section.Role)
        {
            case SectionRoles.Contents:
                return Items(plan.Contents, depth);
            case SectionRoles.Channels:
                return Items(plan.Channels, depth);
            case SectionRoles.Funding:
                return plan.Funding.SelectMany(DocxRuns.Lines).Select(Body);
            case SectionRoles.Implementation:
                return plan.Responsibilities.SelectMany((r, i) =>
                    new[] { DocxRuns.Paragraph(Join(Marker(ChildLabel(depth + 1, i + 1)), r.Unit.Trim()), new RunLook(DocxPage.BodyPoints, Bold: depth == 0), ParagraphLook.Body with { KeepNext = true }) }
                        .Concat(r.Duties.SelectMany(DocxRuns.Lines).Select(Body)));
            default:
                return [];
        }
    }

    private static IEnumerable<Paragraph> Items(List<LabeledItem> items, int depth)
    {
        var index = 0;
        foreach (var item in items)
        {
            var label = item.Label?.Trim();
            if (string.IsNullOrEmpty(label))
            {
                label = ChildLabel(depth + 1, ++index);
            }
            else if (label != "-")
            {
                index++;
            }

            var lines = DocxRuns.Lines(item.Text).ToList();
            yield return Body(Join(Marker(label), lines.FirstOrDefault() ?? ""));
            foreach (var line in lines.Skip(1))
            {
                yield return Body(line);
            }
        }
    }

    /// <summary>A section takes a number of its own when it has a label or a heading (not the preamble or closing).</summary>
    private static bool Numbered(PlanSection section) =>
        section.Role is not (SectionRoles.Preamble or SectionRoles.Closing)
        && (!string.IsNullOrWhiteSpace(section.Label) || !string.IsNullOrWhiteSpace(section.Heading));

    /// <summary>The section's own label, or one generated for a titled part without one: I, 1, a by depth.</summary>
    private static string? Label(PlanSection section, int depth, int number)
    {
        if (!string.IsNullOrWhiteSpace(section.Label))
        {
            return section.Label.Trim();
        }

        return Numbered(section) && !string.IsNullOrWhiteSpace(section.Heading) ? ChildLabel(depth, number) : null;
    }

    /// <summary>The generated label at a depth: Roman parts, then numbers, then point letters of the Vietnamese alphabet.</summary>
    public static string ChildLabel(int depth, int number) => depth switch
    {
        0 => Roman(number),
        1 => number.ToString(CultureInfo.InvariantCulture),
        _ => PointLetter(number),
    };

    /// <summary>The n-th point letter (1 = a): a b c d đ e g h i k l m n o p q r s t u v x y, then aa, bb …</summary>
    public static string PointLetter(int number)
    {
        var index = (number - 1) % PointLetters.Length;
        var repeat = ((number - 1) / PointLetters.Length) + 1;
        return new string(PointLetters[index], repeat);
    }

    public static string Roman(int number)
    {
        ReadOnlySpan<(int Value, string Text)> numerals =
            [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var builder = new StringBuilder();
        foreach (var (value, text) in numerals)
        {
            while (number >= value)
            {
                builder.Append(text);
                number -= value;
            }
        }

        return builder.ToString();
    }

    private enum LabelKind
    {
        None,
        Roman,
        Number,
        Letter,
        Bullet,
    }

    private static LabelKind KindOf(string? label) => label switch
    {
        null or "" => LabelKind.None,
        "-" or "+" or "•" or "–" => LabelKind.Bullet,
        _ when label.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C') => LabelKind.Roman,
        _ when char.IsAsciiDigit(label[0]) => LabelKind.Number,
        _ => LabelKind.Letter,
    };

    /// <summary>"I.", "1.", "4.1.", "a)", "-".</summary>
    private static string Marker(string? label) => KindOf(label) switch
    {
        LabelKind.None => "",
        LabelKind.Bullet => label!,
        LabelKind.Letter when label!.Length <= 2 && char.IsLower(label[0]) => label + ")",
        _ => label + ".",
    };

    private static string Join(string marker, string text) => marker.Length == 0 ? text : text.Length == 0 ? marker : $"{marker} {text}";

    private static bool IsUpper(string text) => text == PlanWording.Upper(text);

    private static bool MentionsAppendix(PlanSection section) =>
        Contains(section.Heading) || section.Paragraphs.Any(Contains) || section.Children.Any(MentionsAppendix);

    private static bool Contains(string? text) => VietnameseText.Fold(text).Contains("phu luc", StringComparison.Ordinal);

    private static Paragraph Body(string text) => DocxRuns.Paragraph(text, RunLook.Body, ParagraphLook.Body);
}
