using Loa.Data;
using Loa.Domain;
using Loa.Domain.Geography;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.OpenData;

/// <summary>One file of a dataset: its format (CSV, JSON), media type and address.</summary>
public sealed record OpenDataDistribution(string Format, string MediaType, string Url)
{
    public static OpenDataDistribution Csv(string url) => new("CSV", "text/csv", url);

    public static OpenDataDistribution Json(string url) => new("JSON", "application/json", url);
}

/// <summary>One dataset of the catalogue: what it is, whose, when it last changed, and its files.</summary>
public sealed record OpenDataDataset(
    string Identifier,
    OpenDataSchema Schema,
    string Title,
    string Publisher,
    DateOnly Modified,
    IReadOnlyList<OpenDataDistribution> Distributions);

/// <summary>A catalogue page: its datasets, and the catalogues below it (the provinces, or a province's communes).</summary>
public sealed record OpenDataCatalogPage(
    string Title,
    string Publisher,
    IReadOnlyList<OpenDataDataset> Datasets,
    IReadOnlyList<(string Title, string Url)> Children);

/// <summary>
/// The catalogue of the open data (DCAT-style): the national catalogue (the country's datasets and one catalogue per province),
/// a province's (its datasets and every dataset of its communes that have something published) and a commune's.
/// </summary>
public sealed class OpenDataCatalog(LoaDbContext db, TimeProvider time)
{
    /// <summary>Creative Commons Attribution 4.0: reuse freely, naming the source (decision record 40).</summary>
    public const string Licence = "https://creativecommons.org/licenses/by/4.0/";

    public const string LicenceName = "Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)";

    public const string NationalPublisher = "Bộ Nội vụ";

    public async Task<OpenDataCatalogPage> NationalAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var years = await new OpenDataFigures(db).YearsAsync(null, cancellationToken);
        var datasets = new List<OpenDataDataset>();
        foreach (var year in years.Reverse())
        {
            datasets.Add(Table(OpenDataSchemas.NationalFigures, $"năm {year}", NationalPublisher, today, f => OpenDataUrls.NationalFigures(year, f)));
            datasets.Add(Table(OpenDataSchemas.NationalChannels, $"năm {year}", NationalPublisher, today, f => OpenDataUrls.NationalChannels(year, f)));
        }

        datasets.Add(Table(OpenDataSchemas.NationalIndices, null, NationalPublisher, today, OpenDataUrls.NationalIndices));
        var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Code).Select(p => new { p.Code, p.Name }).ToListAsync(cancellationToken);
        return new OpenDataCatalogPage(
            "Dữ liệu mở về thông tin, tuyên truyền cải cách hành chính", NationalPublisher, datasets,
            [.. provinces.Select(p => (p.Name, OpenDataUrls.Province(p.Code)))]);
    }

    public async Task<OpenDataCatalogPage> ProvinceAsync(Province province, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var publisher = province.GovernmentName;
        var years = await new OpenDataFigures(db).YearsAsync(province.Id, cancellationToken);
        var datasets = new List<OpenDataDataset>();
        foreach (var year in years.Reverse())
        {
            datasets.Add(Table(OpenDataSchemas.ProvinceFigures, $"năm {year}", publisher, today, f => OpenDataUrls.ProvinceFigures(province.Code, year, f)));
            datasets.Add(Table(OpenDataSchemas.ProvinceChannels, $"năm {year}", publisher, today, f => OpenDataUrls.ProvinceChannels(province.Code, year, f)));
        }

        datasets.Add(Table(OpenDataSchemas.ProvinceIndices, null, publisher, today, f => OpenDataUrls.ProvinceIndices(province.Code, f)));
        var communes = await PublishedCommunesAsync(province.Id, cancellationToken);
        foreach (var commune in communes)
        {
            datasets.AddRange(CommuneDatasets(commune, today));
        }

        return new OpenDataCatalogPage(
            $"Dữ liệu mở – {province.Name}", publisher, datasets,
            [.. communes.Select(c => (c.Commune.Name, OpenDataUrls.Commune(c.Commune.Code)))]);
    }

    /// <summary>The datasets of one commune; null when it has published nothing (no issued plan, no index result).</summary>
    public async Task<OpenDataCatalogPage?> CommuneAsync(Commune commune, CancellationToken cancellationToken)
    {
        var published = (await PublishedCommunesAsync(commune.ProvinceId, cancellationToken, commune.Id)).SingleOrDefault();
        return published is null
            ? null
            : new OpenDataCatalogPage($"Dữ liệu mở – {commune.Name}", commune.GovernmentName, [.. CommuneDatasets(published, VietnamTime.Today(time))], []);
    }

    private static IEnumerable<OpenDataDataset> CommuneDatasets(PublishedCommune c, DateOnly today)
    {
        var publisher = c.Commune.GovernmentName;
        foreach (var plan in c.Plans.OrderByDescending(p => p.Year))
        {
            var suffix = $"{c.Commune.Name}, năm {plan.Year}";
            yield return new OpenDataDataset(
                OpenDataUrls.Plan(c.Commune.Code, plan.Year, "json"), OpenDataSchemas.PlanTasks, $"Kế hoạch thông tin, tuyên truyền CCHC – {suffix}",
                publisher, VietnamTime.Day(plan.Updated),
                [
                    OpenDataDistribution.Json(OpenDataUrls.Plan(c.Commune.Code, plan.Year, "json")),
                    OpenDataDistribution.Csv(OpenDataUrls.Plan(c.Commune.Code, plan.Year, "csv")),
                ]);
            yield return Table(
                OpenDataSchemas.Progress, suffix, publisher, VietnamTime.Day(plan.ProgressModified), f => OpenDataUrls.Progress(c.Commune.Code, plan.Year, f));
        }

        if (c.HasIndices)
        {
            yield return Table(OpenDataSchemas.CommuneIndices, c.Commune.Name, publisher, today, f => OpenDataUrls.CommuneIndices(c.Commune.Code, f));
        }
    }

    private sealed record PublishedPlan(int Year, DateTime Updated, DateTime ProgressModified);

    private sealed record PublishedCommune(Commune Commune, IReadOnlyList<PublishedPlan> Plans, bool HasIndices);

    // The communes of the province that have published something: an issued plan of some year, or an index result.
    private async Task<List<PublishedCommune>> PublishedCommunesAsync(int provinceId, CancellationToken cancellationToken, int? onlyCommune = null)
    {
        var plans = db.Plans.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.ProvinceId == provinceId && p.CommuneId != null && p.UnitId == null && p.Status == PlanStatus.Issued);
        var results = db.IndexResults.IgnoreQueryFilters().AsNoTracking().Where(r => r.ProvinceId == provinceId && r.CommuneId != null);
        if (onlyCommune is { } one)
        {
            plans = plans.Where(p => p.CommuneId == one);
            results = results.Where(r => r.CommuneId == one);
        }

        var issued = await plans.Select(p => new { p.Id, CommuneId = p.CommuneId!.Value, p.Year, p.UpdatedAt }).ToListAsync(cancellationToken);
        var ids = issued.Select(p => p.Id).ToList();
        var lastRecorded = await db.Activities.IgnoreQueryFilters().AsNoTracking().Where(a => ids.Contains(a.PlanId))
            .GroupBy(a => a.PlanId).Select(g => new { PlanId = g.Key, Last = g.Max(a => a.RecordedAt) })
            .ToDictionaryAsync(x => x.PlanId, x => x.Last, cancellationToken);
        var withIndices = (await results.Select(r => r.CommuneId!.Value).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var communeIds = issued.Select(p => p.CommuneId).Concat(withIndices).ToHashSet();
        var communes = await db.Communes.AsNoTracking().Where(c => communeIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var byCommune = issued.ToLookup(p => p.CommuneId);
        return [.. communes.OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => new PublishedCommune(
            c,
            [.. byCommune[c.Id].GroupBy(p => p.Year).Select(g => g.MaxBy(p => p.UpdatedAt)!).Select(p => new PublishedPlan(
                p.Year, p.UpdatedAt, lastRecorded.TryGetValue(p.Id, out var last) && last > p.UpdatedAt ? last : p.UpdatedAt))],
            withIndices.Contains(c.Id)))];
    }

    private static OpenDataDataset Table(OpenDataSchema schema, string? of, string publisher, DateOnly modified, Func<string, string> url) => new(
        url("json"),
        schema,
        of is null ? schema.Title : $"{schema.Title} – {of}",
        publisher,
        modified,
        [OpenDataDistribution.Csv(url("csv")), OpenDataDistribution.Json(url("json"))]);
}
