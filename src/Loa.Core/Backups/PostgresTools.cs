using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Loa.Backups;

/// <summary>
/// pg_dump and pg_restore, found on the PATH and run with the connection taken from the connection string through the
/// environment (PGHOST, PGPORT, PGUSER, PGDATABASE, PGSSLMODE and PGPASSWORD): the password is never on a command line,
/// where other users of the server could read it, nor in a message.
/// </summary>
public sealed class PostgresTools(string? searchPath = null)
{
    /// <summary>The folders searched, as the PATH variable lists them.</summary>
    public string SearchPath { get; } = searchPath ?? System.Environment.GetEnvironmentVariable("PATH") ?? "";

    /// <summary>The full path of a tool, or a Vietnamese explanation of what to install.</summary>
    public string Find(string tool)
    {
        var names = OperatingSystem.IsWindows() ? new[] { tool + ".exe" } : [tool];
        foreach (var folder in SearchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var path = Path.Combine(folder, name);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        throw new BackupException(
            $"Không tìm thấy {tool} trong PATH. Với PostgreSQL, sao lưu và phục hồi dùng pg_dump và pg_restore: cài công cụ dòng lệnh "
            + "của PostgreSQL (gói postgresql-client, cùng phiên bản với máy chủ hoặc mới hơn) rồi chạy lại.");
    }

    /// <summary>How a tool is started: its arguments as given, the connection in the environment.</summary>
    public ProcessStartInfo Prepare(string tool, IEnumerable<string> arguments, string connectionString)
    {
        var start = new ProcessStartInfo(Find(tool))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in Environment(connectionString))
        {
            start.Environment[name] = value;
        }

        return start;
    }

    /// <summary>Runs a tool to its end; a failure is a <see cref="BackupException"/> with what the tool said.</summary>
    public async Task RunAsync(string tool, IEnumerable<string> arguments, string connectionString, CancellationToken cancellationToken)
    {
        using var process = new Process { StartInfo = Prepare(tool, arguments, connectionString) };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new BackupException($"Không chạy được {tool} ({process.StartInfo.FileName}): {ex.Message}", ex);
        }

        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        await Task.WhenAll(output, error);
        if (process.ExitCode != 0)
        {
            var said = string.Join(" ", (await error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(5));
            throw new BackupException($"{tool} dừng với mã {process.ExitCode.ToString(CultureInfo.InvariantCulture)}: {said}");
        }
    }

    /// <summary>The libpq environment variables for a connection string; the password only there.</summary>
    public static IReadOnlyDictionary<string, string> Environment(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PGHOST"] = builder.Host ?? "localhost",
            ["PGPORT"] = builder.Port.ToString(CultureInfo.InvariantCulture),
            ["PGDATABASE"] = DatabaseName(connectionString),
            ["PGSSLMODE"] = builder.SslMode switch
            {
                SslMode.Disable => "disable",
                SslMode.Allow => "allow",
                SslMode.Require => "require",
                SslMode.VerifyCA => "verify-ca",
                SslMode.VerifyFull => "verify-full",
                _ => "prefer",
            },
            ["PGCONNECT_TIMEOUT"] = Math.Max(2, builder.Timeout).ToString(CultureInfo.InvariantCulture),
            ["PGAPPNAME"] = "loa-backup",
        };
        if (builder.Username is { Length: > 0 } user)
        {
            variables["PGUSER"] = user;
        }

        if (builder.Password is { Length: > 0 } password)
        {
            variables["PGPASSWORD"] = password;
        }

        return variables;
    }

    /// <summary>The database a connection string names (Npgsql's default: the user's name).</summary>
    public static string DatabaseName(string? connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return builder.Database ?? builder.Username ?? "postgres";
    }
}
