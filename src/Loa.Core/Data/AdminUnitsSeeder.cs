using System.Text.Json;
using System.Text.Json.Serialization;
using Loa.Domain.Geography;
using Loa.Text;
using Microsoft.EntityFrameworkCore;

namespace Loa.Data;

/// <summary>Loads the official list of 34 provinces and 3,321 communes (shipped as data) into the database, once.</summary>
public static class AdminUnitsSeeder
{
    public static Task SeedAsync(LoaDbContext db, CancellationToken cancellationToken = default) => SeedAsync(db, SetupStep.Nobody, cancellationToken);

    /// <summary>As above, saying on <paramref name="progress"/> how many provinces and communes it loads.</summary>
    public static async Task SeedAsync(LoaDbContext db, IProgress<SetupStep> progress, CancellationToken cancellationToken = default)
    {
        var known = await db.Provinces.Select(p => p.Code).ToListAsync(cancellationToken);
        var provinces = ReadOfficialList();
        var missing = provinces.Where(p => !known.Contains(p.Code)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var communes = missing.Sum(p => p.Wards.Count);
        var message = string.Create(
            System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), $"Đang nạp danh sách {missing.Count} tỉnh, thành phố và {communes:N0} xã, phường");
        progress.Report(new SetupStep(message, 0, communes));
        foreach (var source in missing)
        {
            var (kind, locality) = SplitProvinceName(source.FullName);
            db.Provinces.Add(new Province
            {
                Code = source.Code,
                Name = VietnameseText.Nfc(source.FullName),
                Kind = kind,
                Locality = locality,
                Communes = source.Wards.Select(ToCommune).ToList(),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        progress.Report(new SetupStep(message, communes, communes));
    }
    public static IReadOnlyList<OfficialProvince> ReadOfficialList()
    {
        using var stream = typeof(AdminUnitsSeeder).Assembly.GetManifestResourceStream("vn-admin-units-2025.json")
            ?? throw new InvalidOperationException("The official list of administrative units is missing from the assembly.");
        return JsonSerializer.Deserialize<List<OfficialProvince>>(stream)
            ?? throw new InvalidOperationException("The official list of administrative units is empty.");
    }

    private static Commune ToCommune(OfficialCommune source)
    {
        var name = VietnameseText.Nfc(source.FullName);
        var (kind, locality) = CommuneKindWords.SplitName(name);
        return new Commune
        {
            Code = source.Code,
            Name = name,
            Kind = kind,
            Locality = locality,
            SearchName = VietnameseText.FoldWords(name),
        };
    }

    private static (string Kind, string Locality) SplitProvinceName(string fullName)
    {
        var name = VietnameseText.Nfc(fullName);
        return name.StartsWith("Thành phố ", StringComparison.Ordinal)
            ? ("thành phố", name["Thành phố ".Length..])
            : name.StartsWith("Tỉnh ", StringComparison.Ordinal)
                ? ("tỉnh", name["Tỉnh ".Length..])
                : throw new FormatException($"Tên tỉnh không rõ loại: {name}");
    }

    public sealed record OfficialProvince(
        [property: JsonPropertyName("Code")] string Code,
        [property: JsonPropertyName("FullName")] string FullName,
        [property: JsonPropertyName("Wards")] List<OfficialCommune> Wards);

    public sealed record OfficialCommune(
        [property: JsonPropertyName("Code")] string Code,
        [property: JsonPropertyName("FullName")] string FullName);
}
