using System.Globalization;
using System.Text.RegularExpressions;
using Loa.Data;
using Loa.Domain.Geography;
using Microsoft.EntityFrameworkCore;

namespace Loa.Exchange;

/// <summary>
/// Agency codes (mã định danh điện tử của cơ quan, QĐ 20/2020/QĐ-TTg): four groups "level 4 . level 3 . level 2 . level 1",
/// "000.00.00.H75" for a province's people's committee, its bodies below it in the other groups. No official list of the
/// codes after the 2025 mergers is at hand, so Loa derives a first code for each province and commune from the official list
/// of units, deterministically (<see cref="ForProvince"/>, <see cref="ForCommune"/>), and an administrator corrects them to
/// the ones the province's exchange hub actually uses (page /admin/agency-codes). Once set, a code is data: never derived again.
/// </summary>
public static partial class AgencyCodes
{
    public const int MaxLength = 13;

    /// <summary>Communes under one level-2 group: level 3 counts 01 to 99.</summary>
    private const int PerGroup = 99;

    /// <summary>The first level-2 group of communes (as the pre-2025 district committees began at 31).</summary>
    private const int FirstGroup = 31;

    public static bool IsValid(string? code) => code is { Length: MaxLength } && Shape().IsMatch(code);

    /// <summary>"000.00.00.H75" for the province of statistics code "75".</summary>
    public static string ForProvince(string provinceCode) => $"000.00.00.H{Level1(provinceCode)}";

    /// <summary>The commune's code from its place (1-based) among its province's communes ordered by statistics code.</summary>
    public static string ForCommune(string provinceCode, int ordinal)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ordinal, 1);
        var level3 = ((ordinal - 1) % PerGroup) + 1;
        var level2 = FirstGroup + ((ordinal - 1) / PerGroup);
        return string.Create(CultureInfo.InvariantCulture, $"000.{level3:00}.{level2:00}.H{Level1(provinceCode)}");
    }

    /// <summary>Gives every province and commune without a code its derived one (new units after a merger included); returns how many.</summary>
    public static async Task<int> FillMissingAsync(LoaDbContext db, CancellationToken cancellationToken = default)
    {
        if (!await db.Provinces.AnyAsync(p => p.AgencyCode == null, cancellationToken)
            && !await db.Communes.AnyAsync(c => c.AgencyCode == null, cancellationToken))
        {
            return 0;
        }

        var provinces = await db.Provinces.Include(p => p.Communes).ToListAsync(cancellationToken);
        var taken = provinces.Select(p => p.AgencyCode).Concat(provinces.SelectMany(p => p.Communes).Select(c => c.AgencyCode))
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        var filled = 0;
        foreach (var province in provinces)
        {
            if (province.AgencyCode is null && taken.Add(ForProvince(province.Code)))
            {
                province.AgencyCode = ForProvince(province.Code);
                filled++;
            }

            var ordinal = 0;
            foreach (var commune in province.Communes.OrderBy(c => c.Code, StringComparer.Ordinal))
            {
                ordinal++;
                if (commune.AgencyCode is null)
                {
                    var code = ForCommune(province.Code, ordinal);
                    while (!taken.Add(code))
                    {
                        code = ForCommune(province.Code, ++ordinal);
                    }

                    commune.AgencyCode = code;
                    filled++;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return filled;
    }

    private static string Level1(string provinceCode) =>
        provinceCode.Length == 2 && provinceCode.All(char.IsAsciiDigit) ? provinceCode : throw new FormatException($"Mã tỉnh không hợp lệ: {provinceCode}");

    [GeneratedRegex(@"^[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
