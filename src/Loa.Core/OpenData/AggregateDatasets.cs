using System.Text.Json;
using Loa.Activities;
using Loa.Data;
using Loa.Domain.Geography;
using Loa.Indices;
using Loa.Reports;
using Microsoft.EntityFrameworkCore;

namespace Loa.OpenData;

/// <summary>
/// The province and national open datasets: the per-commune figures of <see cref="OpenDataFigures"/>, one row a commune for a
/// province, summed to one row a province for the country; activities by channel; index results.
/// </summary>
public sealed class AggregateDatasets(LoaDbContext db)
{
    private static readonly ReportPeriodKind[] Periods =
        [ReportPeriodKind.Quarter1, ReportPeriodKind.HalfYear, ReportPeriodKind.NineMonths, ReportPeriodKind.Year];

    private readonly OpenDataFigures figures = new(db);

    public OpenDataFigures Figures => figures;

    public Task<Province?> FindProvinceAsync(string code, CancellationToken cancellationToken) =>
        db.Provinces.AsNoTracking().FirstOrDefaultAsync(p => p.Code == code, cancellationToken);

    public async Task<OpenDataTable> ProvinceFiguresAsync(Province province, int year, CancellationToken cancellationToken)
    {
        var communes = await figures.CommunesAsync(province.Id, year, cancellationToken);
        return new OpenDataTable(OpenDataSchemas.ProvinceFigures, [.. communes.Select(c => FigureRow("commune", c.Code, c.Name, province.Code, year, [c]))]);
    }

    public async Task<OpenDataTable> NationalFiguresAsync(int year, CancellationToken cancellationToken)
    {
        var provinces = await Provinces(cancellationToken);
        var communes = (await figures.CommunesAsync(null, year, cancellationToken)).ToLookup(c => c.ProvinceId);
        return new OpenDataTable(
            OpenDataSchemas.NationalFigures,
            [.. provinces.Select(p => FigureRow("province", p.Code, p.Name, p.Code, year, [.. communes[p.Id]]))]);
    }

    public async Task<OpenDataTable> ProvinceChannelsAsync(Province province, int year, CancellationToken cancellationToken)
    {
        var communes = await db.Communes.AsNoTracking().Where(c => c.ProvinceId == province.Id)
            .Select(c => new { c.Id, c.Code, c.Name }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var rows = (await figures.ChannelsAsync(province.Id, year, cancellationToken))
            .Where(r => communes.ContainsKey(r.CommuneId))
            .OrderBy(r => communes[r.CommuneId].Code, StringComparer.Ordinal).ThenBy(r => r.Channel)
            .Select(r => ChannelRow("commune", communes[r.CommuneId].Code, communes[r.CommuneId].Name, year, r.Channel, r.Activities, r.Reach));
        return new OpenDataTable(OpenDataSchemas.ProvinceChannels, [.. rows]);
    }

    public async Task<OpenDataTable> NationalChannelsAsync(int year, CancellationToken cancellationToken)
    {
        var provinces = await Provinces(cancellationToken);
        var provinceOf = await db.Communes.AsNoTracking().Select(c => new { c.Id, c.ProvinceId })
            .ToDictionaryAsync(c => c.Id, c => c.ProvinceId, cancellationToken);
        var sums = (await figures.ChannelsAsync(null, year, cancellationToken))
            .GroupBy(r => (Province: provinceOf.GetValueOrDefault(r.CommuneId), r.Channel))
            .ToDictionary(g => g.Key, g => (Activities: g.Sum(r => r.Activities), Reach: g.Sum(r => r.Reach)));
        var rows = provinces.SelectMany(p => sums.Where(s => s.Key.Province == p.Id).OrderBy(s => s.Key.Channel)
            .Select(s => ChannelRow("province", p.Code, p.Name, year, s.Key.Channel, s.Value.Activities, s.Value.Reach)));
        return new OpenDataTable(OpenDataSchemas.NationalChannels, [.. rows]);
    }

    /// <summary>The province's own results and those of each of its communes, newest year first. Notes typed by staff are left out.</summary>
    public async Task<OpenDataTable> ProvinceIndicesAsync(Province province, CancellationToken cancellationToken)
    {
        var communes = await db.Communes.AsNoTracking().Where(c => c.ProvinceId == province.Id)
            .Select(c => new { c.Id, c.Code, c.Name }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var results = await db.IndexResults.IgnoreQueryFilters().AsNoTracking().Where(r => r.ProvinceId == province.Id)
            .Select(r => new { r.CommuneId, r.Year, r.Kind, r.Score, r.MaxScore, r.Rank, r.RankOf })
            .ToListAsync(cancellationToken);
        var rows = results
            .Where(r => r.CommuneId is null || communes.ContainsKey(r.CommuneId.Value))
            .Select(r => (r, Level: r.CommuneId is null ? "province" : "commune",
                Code: r.CommuneId is { } c ? communes[c].Code : province.Code, Name: r.CommuneId is { } n ? communes[n].Name : province.Name))
            .OrderByDescending(x => x.r.Year).ThenBy(x => x.Level == "commune").ThenBy(x => x.Code, StringComparer.Ordinal).ThenBy(x => x.r.Kind)
            .Select(x => new object?[]
            {
                x.Level, x.Code, x.Name, x.r.Year, x.r.Kind.Abbreviation(), x.r.Kind.Label(), x.r.Score, x.r.MaxScore, x.r.Rank, x.r.RankOf,
            });
        return new OpenDataTable(OpenDataSchemas.ProvinceIndices, [.. rows]);
    }

    /// <summary>Per province, year and index: the province's own result, and how many communes have one with their average (a GROUP BY).</summary>
    public async Task<OpenDataTable> NationalIndicesAsync(CancellationToken cancellationToken)
    {
        var provinces = await Provinces(cancellationToken);
        var own = await db.IndexResults.IgnoreQueryFilters().AsNoTracking().Where(r => r.CommuneId == null)
            .Select(r => new { r.ProvinceId, r.Year, r.Kind, r.Score, r.Rank })
            .ToListAsync(cancellationToken);
        var ofCommunes = await db.IndexResults.IgnoreQueryFilters().AsNoTracking().Where(r => r.CommuneId != null)
            .GroupBy(r => new { r.ProvinceId, r.Year, r.Kind })
            .Select(g => new { g.Key.ProvinceId, g.Key.Year, g.Key.Kind, Count = g.Count(), Average = g.Average(r => r.Score) })
            .ToListAsync(cancellationToken);
        var keys = own.Select(r => (r.ProvinceId, r.Year, r.Kind)).Concat(ofCommunes.Select(r => (r.ProvinceId, r.Year, r.Kind))).Distinct();
        var rows = provinces.SelectMany(p => keys.Where(k => k.ProvinceId == p.Id).OrderByDescending(k => k.Year).ThenBy(k => k.Kind).Select(k =>
        {
            var mine = own.FirstOrDefault(r => r.ProvinceId == k.ProvinceId && r.Year == k.Year && r.Kind == k.Kind);
            var theirs = ofCommunes.FirstOrDefault(r => r.ProvinceId == k.ProvinceId && r.Year == k.Year && r.Kind == k.Kind);
            return new object?[]
            {
                p.Code, p.Name, k.Year, k.Kind.Abbreviation(), k.Kind.Label(), mine?.Score, mine?.Rank, theirs?.Count ?? 0,
                theirs is null ? null : Math.Round(theirs.Average, 2, MidpointRounding.AwayFromZero),
            };
        }));
        return new OpenDataTable(OpenDataSchemas.NationalIndices, [.. rows]);
    }

    /// <summary>"article", "social-media", "public-listing" …</summary>
    public static string ChannelCode(ChannelKind channel) => JsonNamingPolicy.KebabCaseLower.ConvertName(channel.ToString());

    private async Task<List<Province>> Provinces(CancellationToken cancellationToken) =>
        await db.Provinces.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken);

    private static object?[] ChannelRow(string level, string code, string name, int year, ChannelKind channel, int activities, long reach) =>
        [level, code, name, year, ChannelCode(channel), channel.Label(), activities, reach];

    private static object?[] FigureRow(string level, string code, string name, string provinceCode, int year, IReadOnlyList<PublishedCommuneFigures> communes)
    {
        var row = new List<object?>
        {
            level,
            code,
            name,
            provinceCode,
            year,
            communes.Count,
            communes.Count(c => c.InService),
            communes.Count(c => c.FirstIssuedOn is not null),
            communes.Count(c => c.PlanOnTime),
        };
        foreach (var period in Periods)
        {
            row.Add(communes.Count(c => c.Reports.TryGetValue(period, out var r) && r.Sent));
            row.Add(communes.Count(c => c.Reports.TryGetValue(period, out var r) && r.OnTime));
        }

        row.AddRange([
            communes.Sum(c => c.Activities),
            communes.Sum(c => c.Reach),
            communes.Sum(c => c.FeedbackReceived),
            communes.Sum(c => c.FeedbackAnswered),
            communes.Sum(c => c.FeedbackAnsweredInTime),
        ]);
        return [.. row];
    }
}
