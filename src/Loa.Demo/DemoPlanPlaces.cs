using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Loa.Plans;

namespace Loa.Demo;

/// <summary>Where a plan belongs: the commune's kind word and name, and its province's.</summary>
internal sealed record PlanPlace(string CommuneWord, string Locality, string ProvinceKind, string ProvinceLocality);

/// <summary>
/// Moves a real plan to another commune for demo data: every mention of the source commune and province
/// (in any case: "xã Canh Vinh", "XÃ CANH VINH", "tỉnh Gia Lai") becomes the target's; the commune's kind word
/// follows the target ("UBND phường" → "UBND xã", leaving "xã hội" and "xã, phường" alone), the province's too
/// ("tỉnh" ↔ "thành phố"), and the economic office takes the name it has in the target
/// ("Phòng Kinh tế" in a xã, "Phòng Kinh tế, Hạ tầng và Đô thị" in a phường), so that task leads match its units.
/// </summary>
internal static partial class DemoPlanPlaces
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static PlanDocument Move(PlanDocument template, PlanPlace from, PlanPlace to)
    {
        // The plan's JSON is plain UTF-8 (no escapes), so every text of the plan can be rewritten at once;
        // the replacements contain no quote or backslash.
        var json = Rewrite(PlanJson.Serialize(template, indented: false), from, to);
        return PlanJson.Deserialize(json);
    }

    public static string Rewrite(string text, PlanPlace from, PlanPlace to)
    {
        var held = new List<string>();
        string Hold(string replacement)
        {
            held.Add(replacement);
            return "\u0001" + (held.Count - 1).ToString(CultureInfo.InvariantCulture) + "\u0002";
        }

        // Phrases that name every kind of commune stay as written, and so does the PCI's "cấp tỉnh".
        text = KindList().Replace(text, m => Hold(m.Value));
        text = ProvinceLevel().Replace(text, m => Hold(m.Value));

        // Whole names first: "xã Canh Vinh" → "phường Bến Thành", "tỉnh Gia Lai" → "thành phố Hồ Chí Minh".
        text = ReplaceWords(text, $"{from.CommuneWord} {from.Locality}", to.CommuneWord + " " + to.Locality, Hold);
        text = ReplaceWords(text, $"{from.ProvinceKind} {from.ProvinceLocality}", to.ProvinceKind + " " + to.ProvinceLocality, Hold);
        text = ReplaceWords(text, from.Locality, to.Locality, Hold, keepTitle: true);
        text = ReplaceWords(text, from.ProvinceLocality, to.ProvinceLocality, Hold, keepTitle: true);

        var toWard = to.CommuneWord == "phường";
        text = EconomicOffice().Replace(text, m =>
        {
            var full = m.Groups["full"].Success || m.Groups["short"].Success;
            return full == toWard ? m.Value : Hold(toWard ? "Phòng Kinh tế, Hạ tầng và Đô thị" : "Phòng Kinh tế");
        });

        if (from.CommuneWord != to.CommuneWord)
        {
            text = ReplaceWords(text, from.CommuneWord, to.CommuneWord, Hold, exceptBefore: "hội");
        }

        if (from.ProvinceKind != to.ProvinceKind)
        {
            // the party committee of a province is the "Tỉnh ủy", of a city the "Thành ủy"
            text = ReplaceWords(text, Committee(from.ProvinceKind), Committee(to.ProvinceKind), Hold);
            text = ReplaceWords(text, from.ProvinceKind, to.ProvinceKind, Hold);
        }

        return Held().Replace(text, m => held[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)]);
    }

    /// <summary>
    /// Replaces whole words, in the case they are written: lower ("xã"), first letter upper ("Xã"), all upper
    /// ("XÃ"). With <paramref name="keepTitle"/> the target keeps its own capitals (names).
    /// </summary>
    private static string ReplaceWords(
        string text,
        string source,
        string target,
        Func<string, string> hold,
        bool keepTitle = false,
        string? exceptBefore = null)
    {
        var after = exceptBefore is null ? "" : $@"(?!\s+{Regex.Escape(exceptBefore)}(?!\p{{L}}))";
        var pattern = $@"(?<!\p{{L}}){Regex.Escape(source)}(?!\p{{L}}){after}";
        return Regex.Replace(
            text,
            pattern,
            m => hold(Cased(m.Value, target, keepTitle)),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
    }

    private static string Committee(string provinceKind) => provinceKind == "tỉnh" ? "tỉnh ủy" : "thành ủy";

    private static string Cased(string found, string target, bool keepTitle)
    {
        var letters = found.Where(char.IsLetter).ToList();
        if (letters.Count > 1 && letters.All(char.IsUpper))
        {
            return target.ToUpper(Vietnamese);
        }

        if (keepTitle)
        {
            return target;
        }

        return char.IsUpper(found[0]) ? Capital(target) : target;
    }

    private static string Capital(string text)
    {
        var builder = new StringBuilder(text);
        builder[0] = char.ToUpper(builder[0], Vietnamese);
        return builder.ToString();
    }

    [GeneratedRegex(@"(?<!\p{L})(xã|phường)(\s*[,/]\s*(xã|phường|đặc khu))+(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KindList();

    [GeneratedRegex(@"(?<!\p{L})cấp\s+tỉnh(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProvinceLevel();

    [GeneratedRegex(@"Phòng\s+(?:(?<full>Kinh\s+tế,\s*Hạ\s+tầng\s+và\s+Đô\s+thị)|(?<short>KT,\s*HT\s+(?:và|&)\s+ĐT)|Kinh\s+tế)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EconomicOffice();

    [GeneratedRegex("\u0001([0-9]+)\u0002")]
    private static partial Regex Held();
}
