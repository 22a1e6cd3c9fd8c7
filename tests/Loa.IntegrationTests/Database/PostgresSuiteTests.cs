using Loa.IntegrationTests.Infrastructure;

namespace Loa.IntegrationTests.Database;

/// <summary>Reports, as a skipped test, when this run did not include PostgreSQL; in CI it checks the server answers.</summary>
public sealed class PostgresSuiteTests
{
    [PostgresSuiteFact]
    public void PostgreSQL_server_is_configured_and_answers()
    {
        using var database = new TestDatabase(Engine.Postgres);
        using var db = database.Context();
        Assert.True(db.Database.CanConnect());
    }
}
