extern alias cli;

using cli::Loa.Cli;
using cli::Loa.Cli.Commands;
using Loa.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Loa.IntegrationTests.Infrastructure;

/// <summary>Runs a verb of the <c>loa</c> tool in process, as the CLI's own tests do, on the database of a test app.</summary>
public static class CliRun
{
    public static async Task<(int Code, string Out, string Error)> RunAsync(string? input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = input is null ? null : new StringReader(input);
        var code = await new CommandRouter(CommandCatalog.All()).RunAsync(args, new CommandContext(output, error, reader));
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The options that point the tool at a running app's data folder and database.</summary>
    public static string[] DatabaseOf(LoaAppFactory app)
    {
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        return DatabaseOf(app.DataPath, database.IsPostgres ? database.ConnectionString : null);
    }

    /// <summary>The options for a data folder and, on PostgreSQL, a connection string.</summary>
    public static string[] DatabaseOf(string dataPath, string? postgres) => postgres is null
        ? ["--data", dataPath]
        : ["--data", dataPath, "--provider", "Postgres", "--connection", postgres];
}
