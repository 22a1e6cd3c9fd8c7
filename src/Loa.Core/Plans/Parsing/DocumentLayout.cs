using System.Text.RegularExpressions;
using Loa.Text;

namespace Loa.Plans.Parsing;

/// <summary>
/// Cuts the lines into the header (above "KẾ HOẠCH"), the title, the body (after the title, up to "Nơi nhận",
/// the signature or the appendix) and the tail (recipients, signature, appendix); rejects text that is not a plan.
/// </summary>
internal sealed partial class DocumentLayout
{
    private static readonly string[] PreambleStarts = ["thuc hien", "can cu", "trien khai", "de ", "nham ", "theo "];

    public required IReadOnlyList<SourceLine> Header { get; init; }

    public string? Title { get; init; }

    public required IReadOnlyList<SourceLine> Body { get; init; }

    public required IReadOnlyList<SourceLine> Tail { get; init; }

    public static DocumentLayout Find(List<SourceLine> lines)
    {
        var titleIndex = lines.FindIndex(l => l.Kind == LineKind.Text && TitleLine().IsMatch(l.Text));
        int bodyStart;
        string? title = null;
        if (titleIndex >= 0)
        {
            (title, bodyStart) = ReadTitle(lines, titleIndex);
        }
        else
        {
            RejectOtherDocumentTypes(lines);
            bodyStart = lines.FindIndex(l => l.Kind is LineKind.Text or LineKind.Table && !HeaderReader.IsHeaderLine(l));
            if (bodyStart < 0)
            {
                bodyStart = lines.Count;
            }
        }

        var bodyEnd = lines.FindIndex(bodyStart, IsTailStart);
        if (bodyEnd < 0)
        {
            bodyEnd = lines.Count;
        }

        var body = lines.GetRange(bodyStart, bodyEnd - bodyStart);
        var parts = body.Count(l => l.Marker.Kind == MarkerKind.Roman);
        if (titleIndex < 0 && parts < 2)
        {
            throw new PlanFormatException(
                "Không nhận ra kế hoạch: văn bản không có tiêu đề \"KẾ HOẠCH\" và không có các phần đánh số La Mã (I., II., …).");
        }

        if (titleIndex >= 0 && !body.Any(l => l.Kind is LineKind.Text or LineKind.Table))
        {
            throw new PlanFormatException("Không nhận ra kế hoạch: sau tiêu đề \"KẾ HOẠCH\" không có nội dung.");
        }

        return new DocumentLayout
        {
            Header = lines.GetRange(0, titleIndex >= 0 ? titleIndex : bodyStart),
            Title = title,
            Body = body,
            Tail = lines.GetRange(bodyEnd, lines.Count - bodyEnd),
        };
    }

    /// <summary>"Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHỤ LỤC", "CHỦ TỊCH": where the body ends.</summary>
    private static bool IsTailStart(SourceLine line)
    {
        if (line.Kind == LineKind.Text)
        {
            return TailReader.StartsTail(line.Text);
        }

        return line.Kind == LineKind.Table && line.Cells.Count <= 3 && line.Cells.Any(TailReader.StartsTail);
    }

    /// <summary>The subject lines after "KẾ HOẠCH" (same line, next line, or after a blank), hard-wrapped lines joined.</summary>
    private static (string? Title, int BodyStart) ReadTitle(List<SourceLine> lines, int titleIndex)
    {
        var parts = new List<string>();
        var match = TitleLine().Match(lines[titleIndex].Text);
        var sameLine = match.Groups["rest"].Value.Trim(' ', ':', '-', '–');
        if (sameLine.Length > 0)
        {
            parts.Add(sameLine);
        }

        var i = titleIndex + 1;
        if (parts.Count == 0)
        {
            var next = i;
            while (next < lines.Count && next - i < 3 && lines[next].Kind is LineKind.Blank or LineKind.Separator)
            {
                next++;
            }

            if (next < lines.Count && IsSubjectLine(lines[next]))
            {
                parts.Add(lines[next].Text);
                i = next + 1;
            }
        }

        while (parts.Count > 0 && i < lines.Count && IsSubjectLine(lines[i]) && !EndsSubject(parts[^1], lines[i - 1]))
        {
            parts.Add(lines[i].Text);
            i++;
        }

        return (parts.Count == 0 ? null : InlineMarkup.CollapseSpaces(string.Join(' ', parts)), i);
    }

    private static bool IsSubjectLine(SourceLine line)
    {
        if (line.Kind != LineKind.Text || line.Marker.Kind != MarkerKind.None || IsTailStart(line))
        {
            return false;
        }

        var words = VietnameseText.FoldWords(line.Text) + " ";
        return !PreambleStarts.Any(p => words.StartsWith(p, StringComparison.Ordinal)) && !TextShape.EndsTerminal(line.Text);
    }

    /// <summary>A subject ends with its year ("… năm 2026"), a hard break or a change of emphasis.</summary>
    private static bool EndsSubject(string text, SourceLine line) =>
        line.HardBreak || SubjectYear().IsMatch(text) || text.Length > 200;

    private static void RejectOtherDocumentTypes(List<SourceLine> lines)
    {
        foreach (var line in lines.Where(l => l.Kind == LineKind.Text).Take(15))
        {
            var other = OtherDocumentType().Match(line.Text);
            if (other.Success)
            {
                throw new PlanFormatException(
                    $"Không nhận ra kế hoạch: văn bản này là \"{other.Value}\", không phải \"KẾ HOẠCH\".");
            }
        }
    }

    [GeneratedRegex(@"^K[ẾÊE]\s*HO[ẠA]CH\b(?<rest>.*)$")]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"^(?:BÁO CÁO|QUYẾT ĐỊNH|TỜ TRÌNH|THÔNG BÁO|NGHỊ QUYẾT|CÔNG VĂN|CHỈ THỊ|GIẤY MỜI|BIÊN BẢN|HƯỚNG DẪN)$")]
    private static partial Regex OtherDocumentType();

    [GeneratedRegex(@"năm\s+\d{4}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectYear();
}
