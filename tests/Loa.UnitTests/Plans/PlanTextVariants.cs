using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Loa.UnitTests.Plans;

/// <summary>
/// Rewrites a real plan the way other communes' files come: hard-wrapped PDF text with page breaks, other
/// bullets and point-letter styles, Markdown pipe tables, a full header block. The parser must read each
/// variant to the same plan.
/// </summary>
internal static partial class PlanTextVariants
{
    private static readonly char[] Terminal = ['.', ';', ':', '!', '?'];

    /// <summary>
    /// Every line longer than <paramref name="width"/> wrapped greedily at that width; every <paramref name="pageEvery"/>
    /// lines a page break (blank, page number, blank) inside a paragraph. Without <paramref name="keepBlankLines"/>
    /// the blank lines between paragraphs go too, as pdftotext often gives.
    /// </summary>
    public static string HardWrapped(string text, int width = 75, bool keepBlankLines = true, int pageEvery = 35)
    {
        var pieces = new List<(string Text, bool Continues)>();
        foreach (var line in Lines(text))
        {
            if (line.Contains('\t', StringComparison.Ordinal) || line.StartsWith('|') || line.Length <= width)
            {
                if (keepBlankLines || line.Trim().Length > 0)
                {
                    pieces.Add((line, false));
                }

                continue;
            }

            var wrapped = Wrap(line, width);
            for (var i = 0; i < wrapped.Count; i++)
            {
                pieces.Add((wrapped[i], i < wrapped.Count - 1));
            }
        }

        var output = new StringBuilder();
        var page = 2;
        var sinceBreak = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            output.Append(pieces[i].Text).Append('\n');
            sinceBreak++;
            if (sinceBreak >= pageEvery && pieces[i].Continues && i + 1 < pieces.Count
                && !Terminal.Contains(pieces[i].Text.TrimEnd()[^1]) && !LooksLikeMarker(pieces[i + 1].Text))
            {
                output.Append('\n').Append(page.ToString(CultureInfo.InvariantCulture)).Append("\n\n");
                page++;
                sinceBreak = 0;
            }
        }

        return output.ToString();
    }

    /// <summary>Dash bullets written with another mark ("•", "+", "–"), recipients included.</summary>
    public static string WithBullets(string text, string bullet) => DashBullet().Replace(text, bullet + " ");

    /// <summary>"a) …" written "a. …".</summary>
    public static string WithDottedLetters(string text) => LetterParen().Replace(text, "$1. ");

    /// <summary>Tab-separated rows as Markdown pipe rows, a rule line under each header row.</summary>
    public static string WithPipeTables(string text)
    {
        var output = new StringBuilder();
        foreach (var line in Lines(text))
        {
            if (!line.Contains('\t', StringComparison.Ordinal))
            {
                output.Append(line).Append('\n');
                continue;
            }

            var cells = line.Split('\t');
            output.Append("| ").AppendJoin(" | ", cells).Append(" |\n");
            if (cells[0].Trim() is "TT" or "STT")
            {
                output.Append('|').AppendJoin('|', cells.Select(_ => "---")).Append("|\n");
            }
        }

        return output.ToString();
    }

    /// <summary>The header block the samples lack: issuing body and motto in two tab-separated columns, odd spellings and dashes.</summary>
    public static string WithHeaderBlock(string text, string bodyLine, string numberLine, string placeDateLine)
    {
        var header = $"UỶ BAN NHÂN DÂN\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{bodyLine}\tĐộc lập – Tự do – Hạnh phúc\n\t-----------------------\n";
        var lines = Lines(text).ToList();
        var number = lines.FindIndex(l => l.StartsWith("Số:", StringComparison.Ordinal));
        lines[number] = numberLine;
        var placeDate = lines.FindIndex(l => l.Contains(", ngày", StringComparison.Ordinal));
        lines[placeDate] = placeDateLine;
        return header + string.Join('\n', lines);
    }

    private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    private static List<string> Wrap(string line, int width)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                result.Add(current.ToString());
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(word);
        }

        if (current.Length > 0)
        {
            result.Add(current.ToString());
        }

        return result;
    }

    private static bool LooksLikeMarker(string line) => MarkerStart().IsMatch(line);

    [GeneratedRegex(@"^- ", RegexOptions.Multiline)]
    private static partial Regex DashBullet();

    [GeneratedRegex(@"^([a-zđ])\) ", RegexOptions.Multiline)]
    private static partial Regex LetterParen();

    [GeneratedRegex(@"^(?:[-+•–*#]|\d|[a-zđ][.)]|[IVX]+\.)")]
    private static partial Regex MarkerStart();
}
