using Loa.Data;
using Loa.Plans;
using Loa.Text;
using Microsoft.EntityFrameworkCore;

namespace Loa.Plans;

/// <summary>
/// What a new plan must be confirmed past, in Vietnamese, naming the problem: a second plan of the same kind for the
/// same year (both would be followed and reported), or an imported document issued by another commune or province.
/// A new plan with such a problem is made only once its maker ticks that they have read it.
/// </summary>
public static class PlanCreationChecks
{
    /// <summary>
    /// Why another plan of <paramref name="year"/> needs a confirmation: the plans of that year the commune (or province,
    /// when <paramref name="communeId"/> is null) already has; null when it has none.
    /// </summary>
    public static async Task<string?> SameYearAsync(LoaDbContext db, int provinceId, int? communeId, int year, CancellationToken cancellationToken = default)
    {
        var existing = await db.Plans.AsNoTracking()
            .Where(p => p.ProvinceId == provinceId && p.CommuneId == communeId && p.UnitId == null && p.Year == year)
            .OrderBy(p => p.Id)
            .Select(p => new { p.Title, p.Status, p.Number })
            .ToListAsync(cancellationToken);
        if (existing.Count == 0)
        {
            return null;
        }

        var named = string.Join("; ", existing.Select(p => $"“{p.Title}” ({p.Status.Label()}{(p.Number is { Length: > 0 } n ? $", số {n}" : "")})"));
        var who = communeId is null ? "Tỉnh" : "Xã, phường";
        return $"{who} đã có {(existing.Count == 1 ? "một" : existing.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))} kế hoạch năm {year}: {named}. "
            + $"Tạo thêm thì các kế hoạch cùng năm đều được theo dõi, báo cáo; nếu chỉ cần sửa, hãy sửa kế hoạch đã có.";
    }

    /// <summary>
    /// Why importing a document issued by <paramref name="issuer"/> as <paramref name="governmentName"/> needs a confirmation;
    /// null when the issuer is the importer, or the document does not say.
    /// </summary>
    public static string? OtherIssuer(PlanIssuer issuer, string locality, string governmentName)
    {
        if (string.IsNullOrWhiteSpace(issuer.Locality) || VietnameseText.Fold(issuer.Locality) == VietnameseText.Fold(locality))
        {
            return null;
        }

        var name = issuer.Name is { Length: > 0 } n ? n : $"{issuer.Kind} {issuer.Locality}".Trim();
        return $"Văn bản này do {name} ban hành, không phải {governmentName}. Hãy kiểm tra lại nếu đã chọn nhầm tệp; nếu dùng làm mẫu, hãy sửa cơ quan ban hành và nội dung sau khi nhập.";
    }
}
