using System.Text;

namespace Loa.Plans.Parsing;

/// <summary>
/// Joins the lines of the body into paragraphs. Hard-wrapped lines (PDF text, where a line breaks every
/// 70–90 characters) are joined with one space; a paragraph cut by a page break (a blank line, maybe a page
/// number) is joined again when it plainly goes on; every numbered item, bullet, heading and table row starts
/// a block of its own.
/// </summary>
internal sealed class ParagraphJoiner
{
    private readonly List<BodyBlock> _blocks = [];
    private readonly int _width;
    private readonly bool _wrapped;
    private readonly bool _tight;
    private readonly List<SourceLine> _pending = [];
    private ItemMarker _pendingMarker = ItemMarker.None;

    private ParagraphJoiner(int width, bool wrapped, bool tight)
    {
        _width = width;
        _wrapped = wrapped;
        _tight = tight;
    }

    public static List<BodyBlock> Join(IReadOnlyList<SourceLine> lines)
    {
        var (width, wrapped, tight) = EstimateWidth(lines);
        var joiner = new ParagraphJoiner(width, wrapped, tight);
        joiner.Run(lines);
        return joiner._blocks;
    }

    private void Run(IReadOnlyList<SourceLine> lines)
    {
        var blankSince = false;
        foreach (var line in lines)
        {
            switch (line.Kind)
            {
                case LineKind.Blank:
                    blankSince = true;
                    continue;
                case LineKind.PageNumber or LineKind.Separator:
                    continue;
                case LineKind.Table:
                    Flush();
                    _blocks.Add(new BodyBlock { Kind = BlockKind.Table, Cells = line.Cells, Text = line.Text, LineNumber = line.Number, Indent = line.Indent });
                    blankSince = false;
                    continue;
                default:
                    break;
            }

            var marker = line.Marker;
            if (_pending.Count == 0)
            {
                Start(line, marker);
            }
            else if (ContinuesPending(line, marker, blankSince))
            {
                _pending.Add(line);
            }
            else
            {
                Flush();
                Start(line, marker);
            }

            blankSince = false;
        }

        Flush();
    }

    private bool ContinuesPending(SourceLine line, ItemMarker marker, bool blankBefore)
    {
        var last = _pending[^1];
        if (_pendingMarker.IsItem && _pending.Count == 1 && _pendingMarker.Rest.Length == 0)
        {
            return true; // "1." alone on its line, the text on the next one
        }

        if (IsStructural(line, marker, last, blankBefore))
        {
            return false;
        }

        return blankBefore ? MergesAcrossBreak(last, line) : ContinuesWrap(last, line);
    }

    /// <summary>A line that always starts a block: an item, a bullet, a Markdown heading, the closing "Trên đây …".</summary>
    private bool IsStructural(SourceLine line, ItemMarker marker, SourceLine previous, bool blankBefore)
    {
        if (line.HeadingLevel > 0 || marker.IsItem)
        {
            return true;
        }

        if (marker.Kind == MarkerKind.Bullet)
        {
            // "kinh tế\n- xã hội": a hyphen that a hard wrap put at the start of a line, not a bullet.
            var wrappedDash = _wrapped && !blankBefore && marker.Label is "-" or "–" or "+"
                && IsWrapped(previous, line) && !TextShape.EndsTerminal(previous.Text) && !previous.Text.EndsWith(':');
            return !wrappedDash;
        }

        return TextShape.StartsClosing(line.Text);
    }

    /// <summary>Consecutive lines (no blank between): a hard wrap unless the first line plainly ended its paragraph.</summary>
    private bool ContinuesWrap(SourceLine previous, SourceLine line)
    {
        if (previous.HardBreak || (previous.Bold && !line.Bold && !line.StartsInBold))
        {
            return false; // a bold heading, then its text
        }

        if (TextShape.IsUpperCase(previous.Text) && TextShape.HasLower(line.Text))
        {
            return false; // an upper-case heading, then its text
        }

        if (TextShape.StartsLower(line.Text) || TextShape.EndsWithConnective(previous.Text))
        {
            return true;
        }

        if (!TextShape.EndsTerminal(previous.Text) && TextShape.StartsWithSentenceVerb(line.Text))
        {
            return false; // "… chính quyền số" / "Triển khai …": a new paragraph, its stop forgotten
        }

        if (!_wrapped)
        {
            return Need(previous, line) > _width; // one paragraph a line: only an over-long line wraps
        }

        if (line.Indent > previous.Indent + 1)
        {
            return false; // a first-line indent
        }

        // Had the next word fitted on the line, the line was ended on purpose.
        return IsWrapped(previous, line);
    }

    /// <summary>Across a blank line (a page break): merge when the text plainly goes on.</summary>
    private bool MergesAcrossBreak(SourceLine previous, SourceLine line)
    {
        if (TextShape.StartsLower(line.Text) || TextShape.EndsWithConnective(previous.Text))
        {
            return true;
        }

        if ((TextShape.IsUpperCase(previous.Text) && TextShape.HasLower(line.Text))
            || (!TextShape.EndsTerminal(previous.Text) && TextShape.StartsWithSentenceVerb(line.Text)))
        {
            return false; // a heading, or a new sentence that starts a paragraph
        }

        return _wrapped && IsWrapped(previous, line)
            && !(TextShape.EndsTerminal(previous.Text) && TextShape.StartsUpperOrDigit(line.Text))
            && !previous.Text.EndsWith(':');
    }

    /// <summary>The length the previous line would have had with the next line's first word on it, counted as written (marks included).</summary>
    private static int Need(SourceLine previous, SourceLine line) => previous.Raw.Length + 1 + TextShape.FirstWordLength(line.Raw);

    /// <summary>
    /// The next line's first word would not have fitted on the previous line: that line was broken by wrapping.
    /// Text wrapped by character count ("tight") is judged exactly; PDF text, whose characters differ in width,
    /// with some slack, except after the end of a sentence.
    /// </summary>
    private bool IsWrapped(SourceLine previous, SourceLine line)
    {
        var exact = _tight || (TextShape.EndsTerminal(previous.Text) && TextShape.StartsUpperOrDigit(line.Text));
        return Need(previous, line) > (exact ? _width : _width * 0.85);
    }

    private void Start(SourceLine line, ItemMarker marker)
    {
        _pending.Add(line);
        _pendingMarker = marker;
    }

    private void Flush()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var first = _pending[0];
        var text = new StringBuilder(_pendingMarker.Kind == MarkerKind.None ? first.Text : _pendingMarker.Rest);
        for (var i = 1; i < _pending.Count; i++)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(_pending[i].Text);
        }

        var kind = _pendingMarker.Kind switch
        {
            MarkerKind.Bullet => BlockKind.Bullet,
            MarkerKind.None => BlockKind.Paragraph,
            _ => BlockKind.Item,
        };
        _blocks.Add(new BodyBlock
        {
            Kind = kind,
            Marker = _pendingMarker,
            Text = InlineMarkup.CollapseSpaces(text.ToString()),
            Bold = _pending.All(l => l.Bold),
            HeadingLevel = first.HeadingLevel,
            Indent = first.Indent,
            LineNumber = first.Number,
        });
        _pending.Clear();
        _pendingMarker = ItemMarker.None;
    }

    /// <summary>
    /// The wrap width: the longest line that another text line follows directly. Text is "hard-wrapped" when
    /// several lines are followed that way and the width is that of a printed page, not of whole paragraphs.
    /// </summary>
    private static (int Width, bool Wrapped, bool Tight) EstimateWidth(IReadOnlyList<SourceLine> lines)
    {
        var continued = new List<int>();
        var sureWraps = new List<(SourceLine Line, SourceLine Next)>();
        var longest = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind != LineKind.Text)
            {
                continue;
            }

            longest = Math.Max(longest, line.Raw.Length);
            if (i + 1 < lines.Count && lines[i + 1].Kind == LineKind.Text && lines[i + 1].Marker.Kind == MarkerKind.None)
            {
                continued.Add(line.Raw.Length);
                if (TextShape.StartsLower(lines[i + 1].Text) && !TextShape.EndsTerminal(line.Text))
                {
                    sureWraps.Add((line, lines[i + 1]));
                }
            }
        }

        // Hard-wrapped text has many lines followed by more text, most of them nearly as long as the longest.
        var width = continued.Count == 0 ? 0 : continued.Max();
        if (continued.Count < 4 || continued.Count(l => l >= width * 0.85) < continued.Count / 2 || width > 160)
        {
            return (Math.Max(longest, 1), false, false);
        }

        // Lines that surely wrap (the next one goes on in lower case): when every one of them is full to the
        // character, the text was wrapped by character count and the exact test can be trusted.
        var tight = sureWraps.Count >= 3 && sureWraps.Count(w => Need(w.Line, w.Next) > width) >= sureWraps.Count * 0.95;
        return (width, true, tight);
    }
}
