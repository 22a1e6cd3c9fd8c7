using System.Security.Cryptography;
using Loa.Data;
using Loa.Domain;
using Loa.OpenData;
using Microsoft.Net.Http.Headers;

namespace Loa.Web.Infrastructure.OpenData;

/// <summary>
/// The open-data files at their stable addresses under <c>/open-data/v1/</c> and the machine-readable catalogues
/// (decision record 40): anonymous, read-only, kept in the output cache, rate-limited per IP address. An unknown commune or
/// province, a year without an issued plan or an unknown format answers 404.
/// </summary>
public static class OpenDataEndpoints
{
    public static void MapOpenData(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(OpenDataUrls.Root).AllowAnonymous().RequireRateLimiting(OpenDataRegistration.RateLimit).CacheOutput(OpenDataCache.Policy);
        group.MapGet("/catalog.jsonld", NationalCatalogAsync);
        group.MapGet("/provinces/{code:regex(^\\d{{2}}$)}/catalog.jsonld", ProvinceCatalogAsync);
        group.MapGet("/v1/national/{year:int}/figures.{format}", NationalFiguresAsync);
        group.MapGet("/v1/national/{year:int}/channels.{format}", NationalChannelsAsync);
        group.MapGet("/v1/national/indices.{format}", NationalIndicesAsync);
        group.MapGet("/v1/provinces/{code}/{year:int}/figures.{format}", ProvinceFiguresAsync);
        group.MapGet("/v1/provinces/{code}/{year:int}/channels.{format}", ProvinceChannelsAsync);
        group.MapGet("/v1/provinces/{code}/indices.{format}", ProvinceIndicesAsync);
        group.MapGet("/v1/communes/{code}/{year:int}/plan.{format}", PlanAsync);
        group.MapGet("/v1/communes/{code}/{year:int}/progress.{format}", ProgressAsync);
        group.MapGet("/v1/communes/{code}/indices.{format}", CommuneIndicesAsync);
    }

    private static async Task<IResult> NationalCatalogAsync(HttpContext http, LoaDbContext db, TimeProvider time)
    {
        var page = await new OpenDataCatalog(db, time).NationalAsync(http.RequestAborted);
        var bytes = OpenDataJsonLd.Write(page, Origin(http), OpenDataUrls.Catalog, OpenDataUrls.Root, url => url + "/catalog.jsonld");
        return Answer(http, bytes, "application/ld+json", "catalog.jsonld", time.GetUtcNow().UtcDateTime);
    }

    private static async Task<IResult> ProvinceCatalogAsync(HttpContext http, LoaDbContext db, TimeProvider time, string code)
    {
        if (await new AggregateDatasets(db).FindProvinceAsync(code, http.RequestAborted) is not { } province)
        {
            return Results.NotFound();
        }

        var page = await new OpenDataCatalog(db, time).ProvinceAsync(province, http.RequestAborted);
        var bytes = OpenDataJsonLd.Write(page, Origin(http), OpenDataUrls.ProvinceCatalog(code), OpenDataUrls.Province(code), _ => null);
        return Answer(http, bytes, "application/ld+json", $"catalog-{code}.jsonld", time.GetUtcNow().UtcDateTime);
    }

    private static Task<IResult> NationalFiguresAsync(HttpContext http, LoaDbContext db, TimeProvider time, int year, string format) =>
        TableAsync(
            http, time, format, year, OpenDataCatalog.NationalPublisher, $"toan-quoc-{year}-figures",
            () => new AggregateDatasets(db).NationalFiguresAsync(year, http.RequestAborted));

    private static Task<IResult> NationalChannelsAsync(HttpContext http, LoaDbContext db, TimeProvider time, int year, string format) =>
        TableAsync(
            http, time, format, year, OpenDataCatalog.NationalPublisher, $"toan-quoc-{year}-channels",
            () => new AggregateDatasets(db).NationalChannelsAsync(year, http.RequestAborted));

    private static Task<IResult> NationalIndicesAsync(HttpContext http, LoaDbContext db, TimeProvider time, string format) =>
        TableAsync(http, time, format, null, OpenDataCatalog.NationalPublisher, "toan-quoc-indices", () => new AggregateDatasets(db).NationalIndicesAsync(http.RequestAborted));

    private static async Task<IResult> ProvinceFiguresAsync(HttpContext http, LoaDbContext db, TimeProvider time, string code, int year, string format)
    {
        var datasets = new AggregateDatasets(db);
        return await datasets.FindProvinceAsync(code, http.RequestAborted) is { } province
            ? await TableAsync(http, time, format, year, province.GovernmentName, $"{code}-{year}-figures", () => datasets.ProvinceFiguresAsync(province, year, http.RequestAborted))
            : Results.NotFound();
    }

    private static async Task<IResult> ProvinceChannelsAsync(HttpContext http, LoaDbContext db, TimeProvider time, string code, int year, string format)
    {
        var datasets = new AggregateDatasets(db);
        return await datasets.FindProvinceAsync(code, http.RequestAborted) is { } province
            ? await TableAsync(http, time, format, year, province.GovernmentName, $"{code}-{year}-channels", () => datasets.ProvinceChannelsAsync(province, year, http.RequestAborted))
            : Results.NotFound();
    }

    private static async Task<IResult> ProvinceIndicesAsync(HttpContext http, LoaDbContext db, TimeProvider time, string code, string format)
    {
        var datasets = new AggregateDatasets(db);
        return await datasets.FindProvinceAsync(code, http.RequestAborted) is { } province
            ? await TableAsync(http, time, format, null, province.GovernmentName, $"{code}-indices", () => datasets.ProvinceIndicesAsync(province, http.RequestAborted))
            : Results.NotFound();
    }

    private static async Task<IResult> PlanAsync(HttpContext http, LoaDbContext db, string code, int year, string format)
    {
        var datasets = new CommuneDatasets(db);
        if (format is not ("json" or "csv") || await datasets.FindCommuneAsync(code, http.RequestAborted) is not { } commune)
        {
            return Results.NotFound();
        }

        OpenDataCache.ForCommune(http, commune.Id);
        if (await datasets.IssuedPlanAsync(commune.Id, year, http.RequestAborted) is not { } issued)
        {
            return Results.NotFound();
        }

        return format == "json"
            ? Answer(http, CommuneDatasets.PlanJson(issued.Plan), "application/json; charset=utf-8", $"{code}-{year}-plan.json", issued.Modified)
            : Answer(http, OpenDataWriter.Csv(CommuneDatasets.PlanTasks(code, issued.Plan)), "text/csv; charset=utf-8", $"{code}-{year}-plan.csv", issued.Modified);
    }

    private static async Task<IResult> ProgressAsync(HttpContext http, LoaDbContext db, TimeProvider time, string code, int year, string format)
    {
        var datasets = new CommuneDatasets(db);
        if (format is not ("json" or "csv") || await datasets.FindCommuneAsync(code, http.RequestAborted) is not { } commune)
        {
            return Results.NotFound();
        }

        OpenDataCache.ForCommune(http, commune.Id);
        if (await datasets.IssuedPlanAsync(commune.Id, year, http.RequestAborted) is not { } issued)
        {
            return Results.NotFound();
        }

        var (table, modified) = await datasets.ProgressAsync(code, issued.Plan, VietnamTime.Today(time), http.RequestAborted);
        return Table(http, table, format, commune.GovernmentName, $"{code}-{year}-progress", modified);
    }

    private static async Task<IResult> CommuneIndicesAsync(HttpContext http, LoaDbContext db, TimeProvider time, string code, string format)
    {
        var datasets = new CommuneDatasets(db);
        if (format is not ("json" or "csv") || await datasets.FindCommuneAsync(code, http.RequestAborted) is not { } commune)
        {
            return Results.NotFound();
        }

        OpenDataCache.ForCommune(http, commune.Id);
        var table = await datasets.IndicesAsync(commune, http.RequestAborted);
        return Table(http, table, format, commune.GovernmentName, $"{code}-indices", time.GetUtcNow().UtcDateTime);
    }

    // Years a plan could be for; anything else is not an address of the open data.
    private static async Task<IResult> TableAsync(
        HttpContext http, TimeProvider time, string format, int? year, string publisher, string name, Func<Task<OpenDataTable>> build)
    {
        if (format is not ("json" or "csv") || year is < 2000 or > 2100)
        {
            return Results.NotFound();
        }

        var table = await build();
        return Table(http, table, format, publisher, name, time.GetUtcNow().UtcDateTime);
    }

    private static IResult Table(HttpContext http, OpenDataTable table, string format, string publisher, string name, DateTime modified) => format == "json"
        ? Answer(http, OpenDataWriter.Json(table, publisher, new DateTimeOffset(VietnamTime.Local(modified), TimeSpan.FromHours(7))),
            "application/json; charset=utf-8", name + ".json", modified)
        : Answer(http, OpenDataWriter.Csv(table), "text/csv; charset=utf-8", name + ".csv", modified);

    // The file with its validators: an ETag from its content and its Last-Modified, so that a client asking again gets 304.
    private static IResult Answer(HttpContext http, byte[] bytes, string contentType, string fileName, DateTime modified)
    {
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..32] + "\"");
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = new DateTimeOffset(DateTime.SpecifyKind(modified, DateTimeKind.Utc)).AddTicks(-(modified.Ticks % TimeSpan.TicksPerSecond));
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromSeconds(60) };
        http.Response.Headers.AccessControlAllowOrigin = "*";
        http.Response.Headers.ContentDisposition = $"inline; filename=\"{fileName}\"";
        var asked = http.Request.GetTypedHeaders().IfNoneMatch;
        if (asked.Any(e => e.Compare(etag, useStrongComparison: false) || e.Equals(EntityTagHeaderValue.Any)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(bytes, contentType);
    }

    private static string Origin(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";
}
