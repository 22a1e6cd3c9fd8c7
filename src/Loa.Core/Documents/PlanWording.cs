using System.Globalization;
using System.Text.RegularExpressions;
using Loa.Plans;
using Loa.Text;

namespace Loa.Documents;

/// <summary>The fixed wordings of a plan's official form, built from its data as Decree 30/2020 writes them.</summary>
public static partial class PlanWording
{
    public const string GovernmentWord = "Ủy ban nhân dân";
    public const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";
    public const string DefaultSymbol = "KH-UBND";

    /// <summary>The spaces left for a number not yet given: "Số:      /KH-UBND".</summary>
    public const string BlankNumber = "      ";

    /// <summary>The issuing body in upper case, one line per entry: "ỦY BAN NHÂN DÂN", "PHƯỜNG HƯNG PHÚ".</summary>
    public static IReadOnlyList<string> IssuingBodyLines(PlanIssuer issuer)
    {
        var local = LocalPart(issuer);
        return local is null
            ? [Upper(GovernmentWord)]
            : [Upper(GovernmentWord), Upper(local)];
    }

    /// <summary>The issuer's full name: "Ủy ban nhân dân phường Hưng Phú".</summary>
    public static string IssuerName(PlanIssuer issuer)
    {
        if (!string.IsNullOrWhiteSpace(issuer.Name))
        {
            return VietnameseText.Nfc(issuer.Name.Trim());
        }

        var local = LocalPart(issuer);
        return local is null ? GovernmentWord : $"{GovernmentWord} {local}";
    }

    /// <summary>"Số: 15/KH-UBND", "Số: 05/KH-UBND" (a number below 10 gets a leading 0), or "Số:      /KH-UBND".</summary>
    public static string NumberLine(PlanDocument plan) => string.IsNullOrWhiteSpace(plan.Number)
        ? $"Số:{NumberAndSymbol(plan, BlankNumber)}"
        : $"Số: {NumberAndSymbol(plan, BlankNumber)}";

    /// <summary>"15/KH-UBND", or the blank with the symbol: "<paramref name="blank"/>/KH-UBND".</summary>
    public static string NumberAndSymbol(PlanDocument plan, string blank)
    {
        var symbol = Compact(plan.Symbol) is { Length: > 0 } s ? s : DefaultSymbol;
        var number = Compact(plan.Number);
        if (number.Length == 0)
        {
            return $"{blank}/{symbol}";
        }

        var match = LeadingNumber().Match(number);
        if (match.Success && match.Groups["n"].Value.Length == 1)
        {
            number = "0" + number;
        }

        return number.Contains('/', StringComparison.Ordinal) ? number : $"{number}/{symbol}";
    }

    /// <summary>"Hưng Phú, ngày 05 tháng 3 năm 2026"; blank parts stay as spaces to be filled in by hand.</summary>
    public static string PlaceAndDate(PlanDocument plan)
    {
        var place = !string.IsNullOrWhiteSpace(plan.Place) ? plan.Place.Trim() : plan.Issuer.Locality?.Trim() ?? "";
        var date = DocumentDate.Written(plan.Date.Day, plan.Date.Month, plan.Date.Year ?? plan.Year);
        return VietnameseText.Nfc(place.Length > 0 ? $"{place}, {date}" : date);
    }

    /// <summary>
    /// "(Kèm theo Kế hoạch số 15/KH-UBND ngày 05 tháng 3 năm 2026 của Ủy ban nhân dân phường Hưng Phú)",
    /// with "…" for each part not yet known.
    /// </summary>
    public static string AppendixReference(PlanDocument plan)
    {
        const string Blank = "…";
        var day = plan.Date.Day is { } d ? d.ToString("00", CultureInfo.InvariantCulture) : Blank;
        var month = plan.Date.Month is { } m ? DocumentDate.Month(m) : Blank;
        var year = (plan.Date.Year ?? plan.Year) is { } y ? y.ToString(CultureInfo.InvariantCulture) : Blank;
        return VietnameseText.Nfc(
            $"(Kèm theo Kế hoạch số {NumberAndSymbol(plan, Blank)} ngày {day} tháng {month} năm {year} của {IssuerName(plan.Issuer)})");
    }

    /// <summary>The appendix title: "NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM 2026".</summary>
    public static string AppendixTitle(PlanDocument plan)
    {
        var year = plan.Year ?? plan.Date.Year;
        return year is { } y
            ? string.Create(CultureInfo.InvariantCulture, $"NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM {y}")
            : "NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM";
    }

    /// <summary>"Căn cứ Quyết định số 707/QĐ-UBND ngày 12/02/2026 của Ủy ban nhân dân thành phố Cần Thơ" (without the final mark).</summary>
    public static string BasisLine(BasisDocument basis)
    {
        var text = "Căn cứ " + (string.IsNullOrWhiteSpace(basis.Kind) ? "văn bản" : basis.Kind.Trim());
        if (!string.IsNullOrWhiteSpace(basis.Number))
        {
            text += " số " + Compact(basis.Number);
        }

        if (DateOnly.TryParseExact(basis.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            text += " ngày " + DocumentDate.Numeric(date);
        }

        if (!string.IsNullOrWhiteSpace(basis.Issuer))
        {
            text += " của " + basis.Issuer.Trim();
        }

        return VietnameseText.Nfc(text);
    }

    /// <summary>Upper case as the decree writes headings and the issuing body (Vietnamese letters map one to one).</summary>
    public static string Upper(string text) => VietnameseText.Nfc(text).ToUpperInvariant();

    /// <summary>"phường Hưng Phú": kind and locality, else what follows "Ủy ban nhân dân" in the name.</summary>
    private static string? LocalPart(PlanIssuer issuer)
    {
        var kind = issuer.Kind?.Trim();
        var locality = issuer.Locality?.Trim();
        if (!string.IsNullOrEmpty(locality))
        {
            return VietnameseText.Nfc(string.IsNullOrEmpty(kind) ? locality : $"{kind} {locality}");
        }

        var name = issuer.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        var prefix = VietnameseText.Fold(GovernmentWord);
        var folded = VietnameseText.Fold(name);
        if (folded.StartsWith(prefix, StringComparison.Ordinal))
        {
            var rest = VietnameseText.Nfc(name)[GovernmentWord.Length..].Trim();
            return rest.Length > 0 ? rest : null;
        }

        return VietnameseText.Nfc(name);
    }

    private static string Compact(string? text) => WhiteSpace().Replace(VietnameseText.Nfc(text ?? ""), "");

    [GeneratedRegex(@"^(?<n>\d+)(?!\d)")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
