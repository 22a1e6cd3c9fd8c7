using System.Security.Cryptography;
using System.Text;
using Loa.Data;
using Loa.Exchange;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Exchange;

/// <summary>
/// The mock exchange hub, mapped only when <see cref="ExchangeOptions.MockHub"/> is on (tests, the demo; never in production):
/// takes packages it can read for receivers it knows (the agency codes in the database), rejects the others and those in
/// <see cref="ExchangeOptions.MockHubRejects"/> with a reason, gives receivers what waits for them, and tells senders when a
/// receiver confirmed or rejected. It speaks the API <see cref="HubTransport"/> expects.
/// </summary>
public static class MockHubEndpoints
{
    public const string Prefix = "/mock-hub";

    public static void MapMockHub(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<ExchangeOptions>>().Value.MockHub)
        {
            return;
        }

        var hub = app.MapGroup(Prefix).AllowAnonymous().DisableAntiforgery().AddEndpointFilter(async (context, next) =>
            Authorized(context.HttpContext) ? await next(context) : Results.Unauthorized());
        hub.MapPost("/packages", TakeAsync).WithMetadata(new RequestSizeLimitAttribute(EdxmlReader.MaxBytes));
        hub.MapGet("/packages/{id}", (string id, MockHub store) =>
            store.Find(id) is { } entry ? Results.Json(new HubTransport.HubAnswer(id, entry.Status, entry.Reason)) : Results.NotFound());
        hub.MapGet("/packages/{id}/content", (string id, MockHub store) =>
            store.Find(id) is { } entry ? Results.File(entry.Content, "application/xml") : Results.NotFound());
        hub.MapGet("/inbox/{code}", (string code, MockHub store) => Results.Json(store.WaitingFor(code)));
        hub.MapPost("/packages/{id}/ack", (string id, MockHub store) => Settle(store, id, "acknowledged", null));
        hub.MapPost("/packages/{id}/reject", (string id, [FromBody] HubTransport.HubAnswer answer, MockHub store) =>
            Settle(store, id, "rejected", answer.Reason));
    }

    private static async Task<IResult> TakeAsync(HttpContext context, string receiver, MockHub store, IOptions<ExchangeOptions> options)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var read = EdxmlReader.Read(buffer.ToArray());
        if (read.Package is not { } package)
        {
            return Results.Json(new HubTransport.HubAnswer(null, "rejected", read.Problem), statusCode: StatusCodes.Status400BadRequest);
        }

        if (!package.To.Any(t => t.Id == receiver))
        {
            return Reject($"Nơi nhận {receiver} không có trong gói tin.");
        }

        var rejects = (options.Value.MockHubRejects ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var dbOptions = context.RequestServices.GetRequiredService<DbContextOptions<LoaDbContext>>();
        await using var db = new LoaDbContext(dbOptions, new FixedTenantScope(TenantScope.System));
        var known = await db.Provinces.AnyAsync(p => p.AgencyCode == receiver) || await db.Communes.AnyAsync(c => c.AgencyCode == receiver);
        if (!known || rejects.Contains(receiver, StringComparer.Ordinal))
        {
            return Reject($"Trục liên thông không có cơ quan nhận mang mã định danh {receiver}.");
        }

        return Results.Json(new HubTransport.HubAnswer(store.Take(receiver, buffer.ToArray()), "pending", null), statusCode: StatusCodes.Status201Created);
    }

    private static IResult Reject(string reason) =>
        Results.Json(new HubTransport.HubAnswer(null, "rejected", reason), statusCode: StatusCodes.Status422UnprocessableEntity);

    private static IResult Settle(MockHub store, string id, string status, string? reason)
    {
        if (store.Find(id) is not { } entry)
        {
            return Results.NotFound();
        }

        (entry.Status, entry.Reason) = (status, reason);
        return Results.NoContent();
    }

    private static bool Authorized(HttpContext context)
    {
        var token = context.RequestServices.GetRequiredService<IOptions<ExchangeOptions>>().Value.HubToken;
        if (token is not { Length: > 0 })
        {
            return true;
        }

        var sent = context.Request.Headers.Authorization.ToString();
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes("Bearer " + token));
    }
}
