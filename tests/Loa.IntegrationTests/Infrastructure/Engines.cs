namespace Loa.IntegrationTests.Infrastructure;

public enum Engine
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Which database engines this run tests. SQLite always; PostgreSQL when LOA_TEST_POSTGRES holds a connection
/// string to a server (a role that may create databases). In CI (CI=true) PostgreSQL is required.
/// </summary>
public static class Engines
{
    public const string PostgresVariable = "LOA_TEST_POSTGRES";

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The engines to run each test on: PostgreSQL is included when configured, and always in CI (where its absence then fails).</summary>
    public static IEnumerable<Engine> Available()
    {
        yield return Engine.Sqlite;
        if (PostgresServer is not null || IsCi)
        {
            yield return Engine.Postgres;
        }
    }

    /// <summary>xunit data: one row per available engine.</summary>
    public static TheoryData<Engine> All()
    {
        var data = new TheoryData<Engine>();
        foreach (var engine in Available())
        {
            data.Add(engine);
        }

        return data;
    }
}

/// <summary>Says, as a skipped test, that the PostgreSQL half of the suite did not run and how to run it.</summary>
public sealed class PostgresSuiteFactAttribute : FactAttribute
{
    public PostgresSuiteFactAttribute()
    {
        if (Engines.PostgresServer is null && !Engines.IsCi)
        {
            // The default console output lists skipped tests by display name only, so the name carries the way to enable the suite.
            DisplayName = $"PostgreSQL half of the integration suite skipped — set {Engines.PostgresVariable} to a server connection string to run every integration test on PostgreSQL too";
            Skip = $"PostgreSQL suite skipped: set {Engines.PostgresVariable}=\"Host=127.0.0.1;Username=postgres;Password=…\" (a role that may create databases) to run every integration test on PostgreSQL too.";
        }
    }
}
