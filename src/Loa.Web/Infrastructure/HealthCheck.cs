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
            return await db.Database.CanConnectAsync(cancellationToken)
                ? Results.Text("ok")
                : Results.Text("database unavailable", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            return Results.Text("database unavailable", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
