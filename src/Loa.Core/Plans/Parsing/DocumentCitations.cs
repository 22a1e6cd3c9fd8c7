using System.Text.RegularExpressions;
using Loa.Text;

namespace Loa.Plans.Parsing;

/// <summary>
/// Finds the documents a text cites: "Kế hoạch số 51/KH-UBND ngày 30/01/2026 của Ủy ban nhân dân tỉnh Đồng Nai",
/// "Quyết định số 707/QĐ-UBND ngày 12/02/2026 của UBND thành phố Cần Thơ", "Luật … ngày 19 tháng 6 năm 2015".
/// Kinds are written in their usual capitalisation, dates in ISO form, issuers in full ("UBND" → "Ủy ban nhân dân");
/// "của UBND phường" without a name is the plan's own issuer when it is given.
/// </summary>
public static partial class DocumentCitations
{
    private static readonly string[] Kinds =
    [
        "Thông tư liên tịch", "Nghị quyết liên tịch", "Kế hoạch", "Quyết định", "Nghị quyết", "Chỉ thị", "Công văn",
        "Thông tư", "Nghị định", "Luật", "Pháp lệnh", "Thông báo", "Hướng dẫn", "Văn bản", "Chương trình", "Đề án",
        "Công điện", "Kết luận", "Báo cáo",
    ];

    private static readonly Dictionary<string, string> KindByFold =
        Kinds.ToDictionary(VietnameseText.FoldWords, k => k, StringComparer.Ordinal);

    /// <summary>Every cited document, in the order of the text.</summary>
    public static List<BasisDocument> Find(string text, PlanIssuer? ownIssuer = null)
    {
        var found = new List<(int Index, BasisDocument Document)>();
        var normalized = CityAbbreviation().Replace(VietnameseText.Nfc(text), "thành phố ");
        foreach (Match match in NumberedCitation().Matches(normalized))
        {
            found.Add((match.Index, Make(match, ownIssuer)));
        }

        foreach (Match match in UnnumberedLaw().Matches(normalized))
        {
            if (!found.Any(f => Math.Abs(f.Index - match.Index) < 3))
            {
                found.Add((match.Index, Make(match, ownIssuer)));
            }
        }

        return [.. found.OrderBy(f => f.Index).Select(f => f.Document)];
    }

    /// <summary>"UBND xã" → the plan's own issuer; "UBND tỉnh Đồng Nai" → "Ủy ban nhân dân tỉnh Đồng Nai".</summary>
    public static string ExpandIssuer(string issuer, PlanIssuer? ownIssuer)
    {
        var expanded = InlineMarkup.CollapseSpaces(Abbreviation().Replace(issuer, m => m.Value switch
        {
            "UBND" => "Ủy ban nhân dân",
            "HĐND" => "Hội đồng nhân dân",
            "UBMTTQVN" => "Ủy ban Mặt trận Tổ quốc Việt Nam",
            _ => m.Value,
        }));
        expanded = Uy().Replace(expanded, "Ủy ban");
        if (ownIssuer?.Name is { } ownName && ownIssuer.Kind is { } ownKind)
        {
            var bare = BareCommuneBody().Match(expanded);
            if (bare.Success && VietnameseText.Fold(bare.Groups["kind"].Value) == VietnameseText.Fold(ownKind))
            {
                return ownName;
            }
        }

        return expanded;
    }

    private static BasisDocument Make(Match match, PlanIssuer? ownIssuer)
    {
        var kindText = match.Groups["kind"].Value;
        var kind = KindByFold.TryGetValue(VietnameseText.FoldWords(kindText), out var canonical) ? canonical : kindText;
        var number = match.Groups["number"].Success ? match.Groups["number"].Value : null;
        string? date = null;
        if (match.Groups["date"].Success && WrittenDates.TryParse(match.Groups["date"].Value, out var parsed))
        {
            date = WrittenDates.Iso(parsed);
        }

        var issuer = match.Groups["issuer"].Success ? ExpandIssuer(match.Groups["issuer"].Value.Trim(), ownIssuer) : null;
        return new BasisDocument { Kind = kind, Number = number, Date = date, Issuer = string.IsNullOrEmpty(issuer) ? null : issuer };
    }

    private const string DatePattern = @"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s*,?\s+năm\s+\d{4}";

    private const string IssuerPattern =
        @"(?:\s+của\s+(?<issuer>.+?)(?=\s+(?:về|v/v|V/v|nhằm|ban\s+hành|quy\s+định|hướng\s+dẫn|triển\s+khai|thực\s+hiện|để|theo)\s|\s*[;,:(]|\.(?:\s|$)|\s+và\s+(?:" + KindAlternatives + @")|$))?";

    private const string KindAlternatives =
        "thông tư liên tịch|nghị quyết liên tịch|kế hoạch|quyết định|nghị quyết|chỉ thị|công văn|thông tư|nghị định|luật|pháp lệnh|thông báo|hướng dẫn|văn bản|chương trình|đề án|công điện|kết luận|báo cáo";

    [GeneratedRegex(@"(?<![\p{L}])(?<kind>" + KindAlternatives + @")\s+(?:số\s*:?\s*)?(?<number>\d+(?:/[\p{L}\d]+(?:[-–][\p{L}\d]+)*)+)(?:\s*,?\s*(?:được\s+ban\s+hành\s+)?ngày\s+(?<date>" + DatePattern + "))?" + IssuerPattern, RegexOptions.IgnoreCase)]
    private static partial Regex NumberedCitation();

    [GeneratedRegex(@"(?<![\p{L}])(?<kind>Luật|Bộ luật|Pháp lệnh)\s+(?<name>\p{Lu}[^;,.]{2,120}?)\s+ngày\s+(?<date>" + DatePattern + ")" + IssuerPattern)]
    private static partial Regex UnnumberedLaw();

    [GeneratedRegex(@"\b(?:UBND|HĐND|UBMTTQVN)\b")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"\bUỷ ban\b")]
    private static partial Regex Uy();

    [GeneratedRegex(@"\b(?:TP|Tp)\.\s*")]
    private static partial Regex CityAbbreviation();

    [GeneratedRegex(@"^Ủy ban nhân dân\s+(?<kind>xã|phường|đặc\s+khu)$")]
    private static partial Regex BareCommuneBody();
}
