using System.Globalization;
using Loa.Plans;
using Loa.Text;

namespace Loa.Documents;

/// <summary>One line of a plan's text after its title: what it says and how it is set.</summary>
/// <param name="Bold">A part or item heading ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích").</param>
/// <param name="Italic">A legal basis ("Căn cứ …;").</param>
/// <param name="KeepNext">Stays on the page of the line after it (headings, the closing before the signature).</param>
public sealed record PlanTextLine(string Text, bool Bold = false, bool Italic = false, bool KeepNext = false);

/// <summary>
/// The text of a plan as the official document and the plan's page both show it: the preamble (or the legal bases
/// when there is none); the parts in their order and numbering (I. → 1. → a)); a part of contents, channels,
/// funding or implementation that holds nothing of its own shows the plan's lists; the closing.
/// </summary>
public static class PlanText
{
    /// <summary>The sentence a part of key tasks gets when it does not itself point to the appendix.</summary>
    public const string AppendixPointer = "(Có Phụ lục kèm theo)";

    public static IReadOnlyList<PlanTextLine> Body(PlanDocument plan)
    {
        var lines = new List<PlanTextLine>();
        if (!plan.Sections.Any(s => s.Role == SectionRoles.Preamble) && plan.Basis.Count > 0)
        {
            lines.AddRange(Bases(plan));
        }

        var number = 0;
        foreach (var section in plan.Sections)
        {
            Section(lines, plan, section, depth: 0, Numbered(section) ? ++number : number);
        }

        return lines;
    }

    /// <summary>"Căn cứ …;" one per line, italic, "." after the last; then the sentence that issues the plan.</summary>
    private static IEnumerable<PlanTextLine> Bases(PlanDocument plan)
    {
        for (var i = 0; i < plan.Basis.Count; i++)
        {
            var mark = i == plan.Basis.Count - 1 ? "." : ";";
            yield return new PlanTextLine(PlanWording.BasisLine(plan.Basis[i]) + mark, Italic: true);
        }

        var subject = plan.Title is { Length: > 0 } title
            ? " " + char.ToLower(title.Trim()[0], CultureInfo.InvariantCulture) + title.Trim()[1..]
            : "";
        yield return new PlanTextLine($"{PlanWording.IssuerName(plan.Issuer)} ban hành Kế hoạch{subject} như sau:");
    }

    private static void Section(List<PlanTextLine> lines, PlanDocument plan, PlanSection section, int depth, int number)
    {
        var label = Label(section, depth, number);
        var marker = Marker(label);
        var kind = KindOf(label);
        var paragraphs = section.Paragraphs.SelectMany(Split).ToList();

        if (section.Heading is { } heading && heading.Trim().Length > 0)
        {
            var upper = kind == LabelKind.Roman || (kind == LabelKind.None && depth == 0 && IsUpper(heading));
            var bold = kind is LabelKind.Roman or LabelKind.Number || (kind == LabelKind.None && depth <= 1);
            lines.Add(new PlanTextLine(Join(marker, upper ? PlanWording.Upper(heading.Trim()) : heading.Trim()), Bold: bold, KeepNext: true));
            lines.AddRange(paragraphs.Select(p => new PlanTextLine(p)));
        }
        else if (marker.Length > 0)
        {
            // A text item: its first paragraph carries the label ("a) …", "1. …").
            lines.Add(new PlanTextLine(Join(marker, paragraphs.Count > 0 ? paragraphs[0] : ""), Bold: kind == LabelKind.Roman));
            lines.AddRange(paragraphs.Skip(1).Select(p => new PlanTextLine(p)));
        }
        else if (section.Role == SectionRoles.Closing)
        {
            // The closing stays on the page of the signature: a signature never stands alone on a page.
            lines.AddRange(paragraphs.Select(p => new PlanTextLine(p, KeepNext: true)));
        }
        else
        {
            lines.AddRange(paragraphs.Select(p => new PlanTextLine(p)));
        }

        var childNumber = 0;
        foreach (var child in section.Children)
        {
            Section(lines, plan, child, depth + 1, Numbered(child) ? ++childNumber : childNumber);
        }

        if (section.Children.Count == 0 && section.Paragraphs.Count == 0)
        {
            lines.AddRange(FromLists(plan, section, depth));
        }

        if (section.Role == SectionRoles.Tasks && plan.Tasks.Count > 0 && !MentionsAppendix(section))
        {
            lines.Add(new PlanTextLine(AppendixPointer));
        }
    }

    /// <summary>
    /// A part of contents, channels, funding or implementation that holds nothing of its own (a plan built in
    /// the app rather than parsed keeps those in the plan's lists): its items, lettered or numbered.
    /// </summary>
    private static IEnumerable<PlanTextLine> FromLists(PlanDocument plan, PlanSection section, int depth) => section.Role switch
    {
        SectionRoles.Contents => Items(plan.Contents, depth),
        SectionRoles.Channels => Items(plan.Channels, depth),
        SectionRoles.Funding => plan.Funding.SelectMany(Split).Select(p => new PlanTextLine(p)),
        SectionRoles.Implementation => plan.Responsibilities.SelectMany((r, i) =>
            new[] { new PlanTextLine(Join(Marker(Numbering.ChildLabel(depth + 1, i + 1)), r.Unit.Trim()), Bold: depth == 0, KeepNext: true) }
                .Concat(r.Duties.SelectMany(Split).Select(p => new PlanTextLine(p)))),
        _ => [],
    };

    private static IEnumerable<PlanTextLine> Items(List<LabeledItem> items, int depth)
    {
        var index = 0;
        foreach (var item in items)
        {
            var label = item.Label?.Trim();
            if (string.IsNullOrEmpty(label))
            {
                label = Numbering.ChildLabel(depth + 1, ++index);
            }
            else if (label != "-")
            {
                index++;
            }

            var lines = Split(item.Text).ToList();
            yield return new PlanTextLine(Join(Marker(label), lines.FirstOrDefault() ?? ""));
            foreach (var line in lines.Skip(1))
            {
                yield return new PlanTextLine(line);
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

        return Numbered(section) && !string.IsNullOrWhiteSpace(section.Heading) ? Numbering.ChildLabel(depth, number) : null;
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

    private static IEnumerable<string> Split(string? text) => DocxRuns.Lines(text);
}
