namespace Loa.Documents;

/// <summary>
/// Breaks a line of the header (the issuing body, the body above it) that would not fit its column into balanced
/// lines at word boundaries, the way a clerk types "PHÒNG KINH TẾ, HẠ TẦNG" / "VÀ ĐÔ THỊ": the layout engine would
/// otherwise wrap it wherever the width runs out, leaving one word alone on the next line.
/// </summary>
internal static class HeaderLines
{
    /// <summary>Room kept for fonts whose Vietnamese capitals run wider than the Times metrics (LibreOffice: about 2%).</summary>
    private const double Slack = 1.05;

    /// <summary>Whether <paramref name="text"/> fits on one line of <paramref name="widthTwips"/> at <paramref name="points"/>.</summary>
    public static bool Fits(string text, int points, int widthTwips) => Width(text.Trim(), points) <= widthTwips;

    public static IReadOnlyList<string> Fit(string text, int points, int widthTwips)
    {
        text = text.Trim();
        var words = Words(text);
        if (words.Count < 2 || Fits(text, points, widthTwips))
        {
            return [text];
        }

        // The break that makes the longer of the two lines shortest; each half broken again if it still does not fit.
        var best = 1;
        var bestWidth = int.MaxValue;
        for (var i = 1; i < words.Count; i++)
        {
            var widest = Math.Max(Width(string.Join(' ', words.Take(i)), points), Width(string.Join(' ', words.Skip(i)), points));
            if (widest < bestWidth)
            {
                (best, bestWidth) = (i, widest);
            }
        }

        return [.. Fit(string.Join(' ', words.Take(best)), points, widthTwips), .. Fit(string.Join(' ', words.Skip(best)), points, widthTwips)];
    }

    private static int Width(string text, int points) => (int)Math.Ceiling(TextWidths.BoldTwips(text, points) * Slack);

    /// <summary>The words, a dash kept with the word after it (a line never ends with "-" or "–").</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var pending = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "-" or "–" or "—")
            {
                pending = word + " ";
                continue;
            }

            words.Add(pending + word);
            pending = "";
        }

        if (pending.Length > 0)
        {
            words.Add(pending.TrimEnd());
        }

        return words;
    }
}
