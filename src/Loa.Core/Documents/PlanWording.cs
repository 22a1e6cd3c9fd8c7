using System.Globalization;
using System.Text.RegularExpressions;
using Loa.Plans;
using Loa.Text;

namespace Loa.Documents;

/// <summary>
/// The fixed wordings of a plan's official form, built from its data as Decree 30/2020 writes them; the parts every
/// official document shares (issuing body, "Số:" line, place and date) also for reports (<see cref="ReportWording"/>).
/// </summary>
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
    public static string NumberLine(PlanDocument plan) => NumberLine(plan.Number, plan.Symbol, DefaultSymbol);

    /// <summary>
    /// The "Số:" line of any document: "Số: 12/BC-UBND", or with the number left blank "Số:      /BC-UBND";
    /// <paramref name="defaultSymbol"/> when the document has no symbol of its own.
    /// </summary>
    public static string NumberLine(string? number, string? symbol, string defaultSymbol) => string.IsNullOrWhiteSpace(number)
        ? $"Số:{NumberAndSymbol(number, symbol, defaultSymbol, BlankNumber)}"
        : $"Số: {NumberAndSymbol(number, symbol, defaultSymbol, BlankNumber)}";

    /// <summary>"15/KH-UBND", or the blank with the symbol: "<paramref name="blank"/>/KH-UBND".</summary>
    public static string NumberAndSymbol(PlanDocument plan, string blank) => NumberAndSymbol(plan.Number, plan.Symbol, DefaultSymbol, blank);

    /// <summary>"12/BC-UBND" (a number below 10 gets a leading 0, no spaces), or "<paramref name="blank"/>/BC-UBND".</summary>
    public static string NumberAndSymbol(string? number, string? symbol, string defaultSymbol, string blank)
    {
        var compactSymbol = Compact(symbol) is { Length: > 0 } s ? s : defaultSymbol;
        var compactNumber = Compact(number);
        if (compactNumber.Length == 0)
        {
            return $"{blank}/{compactSymbol}";
        }

        var match = LeadingNumber().Match(compactNumber);
        if (match.Success && match.Groups["n"].Value.Length == 1)
        {
            compactNumber = "0" + compactNumber;
        }

        return compactNumber.Contains('/', StringComparison.Ordinal) ? compactNumber : $"{compactNumber}/{compactSymbol}";
    }

    /// <summary>"Hưng Phú, ngày 05 tháng 3 năm 2026"; blank parts stay as spaces to be filled in by hand.</summary>
    public static string PlaceAndDate(PlanDocument plan) => PlaceAndDate(plan.Issuer, plan.Place, plan.Date, plan.Year);

    /// <summary>
    /// The place and date line of any document: the place (else the issuer's locality), then the date as the
    /// decree writes it, its year falling back to <paramref name="year"/>.
    /// </summary>
    public static string PlaceAndDate(PlanIssuer issuer, string? place, PartialDate? date, int? year)
    {
        var where = !string.IsNullOrWhiteSpace(place) ? place.Trim() : issuer?.Locality?.Trim() ?? "";
        var written = DocumentDate.Written(date?.Day, date?.Month, date?.Year ?? year);
        return VietnameseText.Nfc(where.Length > 0 ? $"{where}, {written}" : written);
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
