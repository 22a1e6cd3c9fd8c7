using System.Globalization;
using System.Text.RegularExpressions;
using Loa.Text;

namespace Loa.Plans.Parsing;

/// <summary>What the header block above the title says.</summary>
internal sealed class PlanHeader
{
    public PlanIssuer? Issuer { get; set; }

    public string? Number { get; set; }

    public string? Symbol { get; set; }

    public string? Place { get; set; }

    public PartialDate Date { get; } = new();
}

/// <summary>
/// Reads the header block: the issuing body ("ỦY BAN NHÂN DÂN" / "PHƯỜNG HƯNG PHÚ", "UBND XÃ …"), the national
/// motto (any dash, HÒA/HOÀ), "Số: …/KH-UBND" and "&lt;Place&gt;, ngày … tháng … năm …". The two columns of the
/// header may come as tab-separated cells; each cell is read as a line.
/// </summary>
internal static partial class HeaderReader
{
    private const string Motto = "cong hoa xa hoi chu nghia viet nam";
    private const string Slogan = "doc lap tu do hanh phuc";

    public static PlanHeader Read(IEnumerable<SourceLine> lines, List<(int Line, string Text)> unplaced)
    {
        var header = new PlanHeader();
        var issuers = new List<PlanIssuer>();
        var sawBodyName = false;
        foreach (var line in lines.Where(l => l.Kind is LineKind.Text or LineKind.Table))
        {
            ReadLine(line, header, issuers, ref sawBodyName, unplaced);
        }

        // The lowest level named is the issuer: "UBND TỈNH …" above "UBND PHƯỜNG …" is the parent body.
        header.Issuer = issuers.LastOrDefault(i => i.Kind is "xã" or "phường" or "đặc khu") ?? issuers.LastOrDefault();
        return header;
    }

    /// <summary>True when the line is one a header holds (used to find the body when there is no title line).</summary>
    public static bool IsHeaderLine(SourceLine line)
    {
        var sawBodyName = true;
        var unplaced = new List<(int Line, string Text)>();
        ReadLine(line, new PlanHeader(), [], ref sawBodyName, unplaced);
        return unplaced.Count == 0;
    }

    /// <summary>
    /// Reads a line's columns, joining neighbours when only together they make a header line: "Số:", "/KH-UBND"
    /// are one line whose blank number was laid out as spaces, like "Hưng Phú, ngày", "tháng 3 năm 2026".
    /// </summary>
    private static void ReadLine(SourceLine line, PlanHeader header, List<PlanIssuer> issuers, ref bool sawBodyName, List<(int Line, string Text)> unplaced)
    {
        IReadOnlyList<string> parts = line.Cells.Count >= 2 ? [.. line.Cells.Where(c => c.Length > 0)] : [line.Text];
        var i = 0;
        while (i < parts.Count)
        {
            var taken = 0;
            for (var j = i + 1; j <= parts.Count && taken == 0; j++)
            {
                if (TryRead(string.Join(' ', parts.Skip(i).Take(j - i)), header, issuers, ref sawBodyName))
                {
                    taken = j - i;
                }
            }

            if (taken == 0)
            {
                unplaced.Add((line.Number, parts[i]));
                taken = 1;
            }

            i += taken;
        }
    }

    /// <summary>Text lines, and the cells of lines in two columns (tabs or runs of spaces) one by one.</summary>
    public static IEnumerable<(int Number, string Text)> LogicalLines(IEnumerable<SourceLine> lines)
    {
        foreach (var line in lines)
        {
            if (line.Kind == LineKind.Text && line.Cells.Count < 2)
            {
                yield return (line.Number, line.Text);
            }
            else if (line.Kind is LineKind.Table or LineKind.Text)
            {
                foreach (var cell in line.Cells.Where(c => c.Length > 0))
                {
                    yield return (line.Number, cell);
                }
            }
        }
    }

    private static bool TryRead(string text, PlanHeader header, List<PlanIssuer> issuers, ref bool sawBodyName)
    {
        var words = VietnameseText.FoldWords(text);
        if (words is Motto or Slogan or Motto + " " + Slogan)
        {
            return true;
        }

        if (words.StartsWith("uy ban nhan dan", StringComparison.Ordinal) || words.StartsWith("ubnd", StringComparison.Ordinal))
        {
            var rest = RemoveLeadingWords(text, words.StartsWith("ubnd", StringComparison.Ordinal) ? 1 : 4);
            if (rest.Length == 0)
            {
                sawBodyName = true;
                return true;
            }

            var named = ReadKindAndLocality(rest);
            if (named is not null)
            {
                issuers.Add(named);
                return true;
            }

            return false;
        }

        if (sawBodyName && TextShape.IsUpperCase(text))
        {
            var named = ReadKindAndLocality(text);
            if (named is not null)
            {
                issuers.Add(named);
                return true;
            }
        }

        var number = NumberLine().Match(text);
        if (number.Success)
        {
            var symbol = number.Groups["symbol"].Value;
            var digits = number.Groups["number"].Value;
            header.Symbol = symbol;
            header.Number = digits.Length == 0 ? null : $"{digits}/{symbol}";
            return true;
        }

        var placeDate = PlaceDateLine().Match(text);
        if (placeDate.Success)
        {
            header.Place = placeDate.Groups["place"].Value.Trim();
            header.Date.Day = ReadInt(placeDate.Groups["d"]);
            header.Date.Month = ReadInt(placeDate.Groups["m"]);
            header.Date.Year = ReadInt(placeDate.Groups["y"]);
            return true;
        }

        return false;
    }

    /// <summary>"PHƯỜNG HƯNG PHÚ" → phường, "Hưng Phú"; "xã Canh Vinh" → xã, "Canh Vinh".</summary>
    public static PlanIssuer? ReadKindAndLocality(string text)
    {
        var words = VietnameseText.FoldWords(text);
        foreach (var (fold, kind) in IssuerKinds.All)
        {
            if (!words.StartsWith(fold + " ", StringComparison.Ordinal))
            {
                continue;
            }

            var locality = RemoveLeadingWords(text, fold.Count(c => c == ' ') + 1).Trim(' ', '.', ',', ';', ':');
            if (locality.Length == 0)
            {
                return null;
            }

            if (!locality.Any(char.IsLower))
            {
                locality = TextShape.TitleCase(locality);
            }

            return IssuerKinds.Make(kind, locality);
        }

        return null;
    }

    private static string RemoveLeadingWords(string text, int count)
    {
        var rest = text.Trim();
        for (var i = 0; i < count && rest.Length > 0; i++)
        {
            var space = rest.IndexOf(' ', StringComparison.Ordinal);
            rest = space < 0 ? "" : rest[(space + 1)..].TrimStart();
        }

        return rest;
    }

    private static int? ReadInt(Group group) =>
        group.Success && group.Value.Length > 0 ? int.Parse(group.Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^Số\s*:?\s*(?<number>\d*)\s*/\s*(?<symbol>[\p{L}\d][\p{L}\d\-–/.]*?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^(?<place>[^,\d/:][^,/:]{0,60}?)\s*,\s*ngày\s*[.…_\s]*(?<d>[0-9]{1,2})?[.…_\s]*tháng\s*[.…_\s]*(?<m>[0-9]{1,2})?[.…_\s]*năm\s*[.…_\s]*(?<y>[0-9]{4})?[.…_\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceDateLine();
}
