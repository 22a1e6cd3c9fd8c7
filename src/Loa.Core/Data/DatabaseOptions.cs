namespace Loa.Data;

/// <summary>Which database Loa uses: section "Database" of the configuration.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (default, a file in the data folder) or "Postgres".</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The connection string; for SQLite, empty means the file "loa.db" in the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Query patterns EF Core only warns about — a row limit without an order, several collections loaded in one
    /// query without choosing how — throw instead of being logged. The tests set it, so a new one fails there.
    /// </summary>
    public bool StrictQueries { get; set; }

    public bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase);
}
