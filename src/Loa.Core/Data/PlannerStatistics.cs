using Microsoft.EntityFrameworkCore;

namespace Loa.Data;

/// <summary>
/// Keeps the database's statistics for its query planner current, so that it picks the selective index of a query
/// (decision record 37). Without them SQLite guesses from the index's shape alone: asked for a commune's issued plans,
/// it read every plan in the country through the index on <c>UnitId</c> ("IS NULL" looks selective) instead of the
/// commune's few through <c>CommuneId</c>, and "my tasks" ran at a quarter of its speed on national data. PostgreSQL keeps
/// its own statistics (autovacuum); after a bulk load it is asked once.
/// </summary>
public static class PlannerStatistics
{
    // Rows sampled per index by ANALYZE (analysis_limit): enough for the planner's choices, and a 500 MB database is
    // analysed in ~0.2 s.
    private const string FirstAnalysis = "PRAGMA analysis_limit = 400; ANALYZE;";
    // 0x10002: look at every table, not only those this connection has queried (none, just after it opened), and
    // analyse those whose size changed much since their last analysis (SQLite's advice for a connection just opened).
    private const string LaterAnalysis = "PRAGMA analysis_limit = 400; PRAGMA optimize = 0x10002;";

    /// <summary>
    /// At start and from time to time: on SQLite a first ANALYZE when the database has no statistics, otherwise
    /// <c>PRAGMA optimize</c>, which analyses only the tables that changed much since. Nothing on PostgreSQL.
    /// </summary>
    public static async Task RefreshAsync(LoaDbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        var analysed = await db.Database
            .SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'")
            .SingleAsync(cancellationToken) > 0;
        await db.Database.ExecuteSqlRawAsync(analysed ? LaterAnalysis : FirstAnalysis, cancellationToken);
    }

    /// <summary>After a bulk load (the demo generators): every table analysed afresh, on either engine.</summary>
    public static async Task AnalyzeAsync(LoaDbContext db, CancellationToken cancellationToken = default) =>
        await db.Database.ExecuteSqlRawAsync(db.Database.IsSqlite() ? FirstAnalysis : "ANALYZE;", cancellationToken);
}
