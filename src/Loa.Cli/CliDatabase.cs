using Loa.Data;
using Microsoft.EntityFrameworkCore;

namespace Loa.Cli;

/// <summary>
/// The database the command line works on: the same as the web app's by default (".loa/loa.db" at the root of
/// the clone), chosen by the same settings as environment variables (Database__Provider,
/// Database__ConnectionString, Loa__DataPath or LOA_DATA), or by --data / --provider / --connection.
/// </summary>
public sealed class CliDatabase
{
    public required DatabaseOptions Options { get; init; }

    public required string DataDirectory { get; init; }

    public string Describe() => Options.IsPostgres ? "PostgreSQL" : Path.Combine(DataDirectory, "loa.db");

    public static CliDatabase From(IReadOnlyDictionary<string, string?> options) => new()
    {
        Options = new DatabaseOptions
        {
            Provider = options.GetValueOrDefault("--provider") ?? Environment.GetEnvironmentVariable("Database__Provider") ?? "Sqlite",
            ConnectionString = options.GetValueOrDefault("--connection") ?? Environment.GetEnvironmentVariable("Database__ConnectionString"),
        },
        DataDirectory = Loa.Data.DataDirectory.Resolve(options.GetValueOrDefault("--data") ?? Environment.GetEnvironmentVariable("Loa__DataPath")),
    };

    public LoaDbContext Open()
    {
        var builder = new DbContextOptionsBuilder<LoaDbContext>();
        DatabaseRegistration.Configure(builder, Options, DataDirectory);
        return new LoaDbContext(builder.Options, new FixedTenantScope(TenantScope.System));
    }
}
