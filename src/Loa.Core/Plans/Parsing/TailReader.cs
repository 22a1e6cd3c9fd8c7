using System.Text.RegularExpressions;
using Loa.Text;

namespace Loa.Plans.Parsing;

/// <summary>What follows the body: recipients, signature, and the appendix's table rows.</summary>
internal sealed class PlanTail
{
    public List<string> Recipients { get; } = [];

    public Signer Signer { get; } = new();

    public List<IReadOnlyList<string>> TableRows { get; } = [];
}

/// <summary>
/// Reads what follows the body, in whatever order it comes: "Nơi nhận:" and its items, the signature block
/// (TM./KT./Q./TL./TUQ., the office, the name), and "PHỤ LỤC" with its title, its "(Kèm theo …)" line and its
/// task table. A line that is none of these is unplaced.
/// </summary>
internal static partial class TailReader
{
    private enum State
    {
        None,
        Recipients,
        AppendixHeading,
        AppendixTable,
    }

    /// <summary>A line that ends the body: "Nơi nhận", a TM./KT. line, "PHỤ LỤC", a lone "CHỦ TỊCH".</summary>
    public static bool StartsTail(string text) =>
        IsRecipientsHeading(text, out _) || SignatureLines.Authority(text) is not null || SignatureLines.Deputy(text) is not null
        || AppendixHeading().IsMatch(text) || (TextShape.IsUpperCase(text) && SignatureLines.IsKnownPosition(text));

    public static PlanTail Read(IReadOnlyList<SourceLine> lines, List<(int Line, string Text)> unplaced)
    {
        var tail = new PlanTail();
        var state = State.None;
        var signatureStarted = false;
        var lastRecipientOpen = false;
        var recipientsPaused = false;
        foreach (var line in lines)
        {
            if (line.Kind is LineKind.PageNumber or LineKind.Separator)
            {
                continue;
            }

            if (line.Kind == LineKind.Blank)
            {
                // A blank line may end the recipients, or only space its items apart (paragraph spacing in a
                // PDF, an empty paragraph in a converted document): the next line decides.
                recipientsPaused |= state == State.Recipients && tail.Recipients.Count > 0;
                continue;
            }

            if (recipientsPaused)
            {
                recipientsPaused = false;
                if (state == State.Recipients && (line.Kind == LineKind.Table || ItemLabels.Parse(line.Text).Kind != MarkerKind.Bullet))
                {
                    state = State.None;
                }
            }

            if (line.Kind == LineKind.Table && (state is State.AppendixHeading or State.AppendixTable || line.Cells.Count >= 3))
            {
                tail.TableRows.Add(line.Cells);
                state = State.AppendixTable;
                continue;
            }

            foreach (var (number, text) in HeaderReader.LogicalLines([line]))
            {
                if (!ReadLine(text, tail, ref state, ref signatureStarted, ref lastRecipientOpen))
                {
                    unplaced.Add((number, text));
                }
            }
        }

        return tail;
    }

    private static bool ReadLine(string text, PlanTail tail, ref State state, ref bool signatureStarted, ref bool lastRecipientOpen)
    {
        if (IsRecipientsHeading(text, out var rest))
        {
            state = State.Recipients;
            lastRecipientOpen = false;
            return rest.Length == 0 || ReadLine(rest, tail, ref state, ref signatureStarted, ref lastRecipientOpen);
        }

        if (AppendixHeading().IsMatch(text))
        {
            state = State.AppendixHeading;
            return true;
        }

        var marker = ItemLabels.Parse(text);
        if (marker.Kind != MarkerKind.Bullet && ReadSignature(text, tail.Signer, ref signatureStarted))
        {
            return true;
        }

        switch (state)
        {
            case State.Recipients:
                if (marker.Kind == MarkerKind.Bullet || !lastRecipientOpen || tail.Recipients.Count == 0)
                {
                    var item = marker.Kind == MarkerKind.Bullet ? marker.Rest : text;
                    tail.Recipients.Add(CleanRecipient(item));
                    lastRecipientOpen = !RecipientEnd(item);
                }
                else
                {
                    // A recipient hard-wrapped onto a second line.
                    tail.Recipients[^1] = CleanRecipient(tail.Recipients[^1] + " " + text);
                    lastRecipientOpen = !RecipientEnd(text);
                }

                return true;
            case State.AppendixHeading:
                return true; // the appendix's title and its "(Kèm theo Kế hoạch số …)" line
            default:
                return false;
        }
    }

    private static bool ReadSignature(string text, Signer signer, ref bool started)
    {
        if (SignatureLines.Authority(text) is { } authority && signer.Authority is null)
        {
            signer.Authority = authority;
            started = true;
            return true;
        }

        if (SignatureLines.Deputy(text) is { } deputy && signer.Deputy is null)
        {
            signer.Deputy = deputy;
            started = true;
            return true;
        }

        if (signer.Position is null && signer.Name is null
            && ((started && SignatureLines.IsPosition(text)) || (TextShape.IsUpperCase(text) && SignatureLines.IsKnownPosition(text))))
        {
            signer.Position = text;
            started = true;
            return true;
        }

        if (started && SignatureLines.IsSigningNote(text))
        {
            return true;
        }

        if (started && signer.Name is null && SignatureLines.LooksLikeName(text))
        {
            signer.Name = text;
            return true;
        }

        return false;
    }

    private static bool IsRecipientsHeading(string text, out string rest)
    {
        var match = RecipientsHeading().Match(text);
        rest = match.Success ? match.Groups["rest"].Value.Trim() : "";
        return match.Success;
    }

    private static bool RecipientEnd(string text) => text.TrimEnd().EndsWith(';') || text.TrimEnd().EndsWith('.');

    /// <summary>"- Lưu: VT, VHXH (V)." → "Lưu: VT, VHXH (V)".</summary>
    private static string CleanRecipient(string text) => InlineMarkup.CollapseSpaces(text).TrimEnd(';', '.', ',', ' ');

    [GeneratedRegex(@"^N[ơo]i\s+nh[ậa]n\s*(?::\s*(?<rest>.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex RecipientsHeading();

    [GeneratedRegex(@"^(?:PHỤ LỤC|Phụ lục)(?:\s+(?:số\s+)?(?:[IVXL]+|\d{1,2}))?\s*[:.]?$")]
    private static partial Regex AppendixHeading();
}
