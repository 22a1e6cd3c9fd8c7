using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Loa.IntegrationTests.Infrastructure;

/// <summary>
/// The built web app (Loa.Web.dll, copied next to the tests) run as a process of its own, as a server runs it:
/// configured by environment variables only, its output kept for the test's messages, stopped with SIGTERM.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private AppProcess(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    public int Id => process.Id;

    public Uri Address => new($"http://127.0.0.1:{Port}");

    public bool HasExited => process.HasExited;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts the app on 127.0.0.1:<paramref name="port"/> with only the given settings (and none of this test run's own).</summary>
    public static AppProcess Start(int port, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Loa.Web.dll"));
        string[] inherited = ["Loa__", "Database__", "Demo__", "Reminders__", "Email__", "Logging__", "ASPNETCORE_", "DOTNET_ENVIRONMENT", "LOA_"];
        foreach (var key in start.Environment.Keys.Where(k => inherited.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var app = new AppProcess(process, port);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>A port nobody listens on now.</summary>
    public static int FreePort() => FreePorts(1)[0];

    /// <summary>
    /// <paramref name="count"/> different ports nobody listens on now: all held open while they are picked (picked one after
    /// the other, two came out the same once in CI, and both instances of a cluster were given one port).
    /// </summary>
    public static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(l => l.Dispose());
        }
    }

    /// <summary>Waits until /health answers 200; fails with the app's output if it exits or does not answer in time.</summary>
    public async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            Assert.False(process.HasExited, $"the app on port {Port} exited with code {(process.HasExited ? process.ExitCode : 0)}:\n{Output}");
            try
            {
                if ((await client.GetAsync(new Uri(Address, "/health"))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            Assert.True(DateTime.UtcNow < deadline, $"the app on port {Port} did not answer /health within {timeout.TotalSeconds} s:\n{Output}");
            await Task.Delay(200);
        }
    }

    /// <summary>The exit code, or null if the app still runs after <paramref name="timeout"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
            return process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Stops the app the way a service manager does (SIGTERM) and returns its exit code.</summary>
    public async Task<int?> StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        return await WaitForExitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
