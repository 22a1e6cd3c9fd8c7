using Loa.Data;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Infrastructure;

/// <summary>GET /health: 200 "ok" when the app answers and its database does; 503 otherwise.</summary>
public static class HealthCheck
{
    public static async Task<IResult> RespondAsync(LoaDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            // One trivial query on a pooled connection. (CanConnectAsync opens a fresh, unpooled SQLite connection
            // each time, which made /health slower than the pages it is meant to vouch for.)
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            return Results.Text("ok");
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            return Results.Text("database unavailable", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
