using Loa.Data;
using Microsoft.Data.Sqlite;

namespace Loa.Backups;

/// <summary>What a backup takes and a restore fills: the database (SQLite file or PostgreSQL database) and the data folder of one installation.</summary>
public sealed record Installation(DatabaseOptions Database, string DataDirectory)
{
    public bool IsPostgres => Database.IsPostgres;

    /// <summary>The SQLite database file (full path); null on PostgreSQL.</summary>
    public string? SqliteFile => IsPostgres
        ? null
        : Path.GetFullPath(new SqliteConnectionStringBuilder(DatabaseRegistration.SqliteConnectionString(Database, DataDirectory)).DataSource);

    /// <summary>The engine's name as the manifest writes it.</summary>
    public string Engine => IsPostgres ? "Postgres" : "Sqlite";

    /// <summary>The SQLite file, the companions SQLite keeps beside it and the start-up lock file (<see cref="DatabaseLock"/>); none on PostgreSQL.</summary>
    public IEnumerable<string> SqliteFiles() => SqliteFile is { } file ? [file, file + "-wal", file + "-shm", file + "-journal", file + ".lock"] : [];

    public string Describe() => IsPostgres ? $"PostgreSQL (cơ sở dữ liệu {PostgresTools.DatabaseName(Database.ConnectionString)})" : SqliteFile!;
}
