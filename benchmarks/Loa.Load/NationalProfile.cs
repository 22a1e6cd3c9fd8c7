using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Loa.Data;
using Loa.Domain;
using Loa.Domain.Accounts;

namespace Loa.Load;

/// <summary>
/// The load of a national deployment near a reporting deadline, open loop (requests leave at the target rate whether
/// or not earlier ones have been answered, as thousands of independent people would send them):
/// <list type="bullet">
/// <item>staff pages, by default 200 req/s (about 6,600 staff online at ~0.03 req/s each): the plan page 25%,
/// <c>/dashboard</c> 30%, <c>/tasks/mine</c> 20%, the year's report page 20%, <c>/province</c> 5%, each request
/// from one of many generated accounts, every one signed in through the login form with its antiforgery token;</item>
/// <item>the public portal, by default 100 req/s spread over every commune in service: home 50%, news 30%,
/// procedures 20%.</item>
/// </list>
/// It prints throughput, p50/p99 and errors per kind of page and the server's memory (VmRSS of <c>--pid</c>).
/// <c>soak</c> runs the same for 30 minutes, prints a line a minute and a verdict: memory flat and no error.
/// </summary>
internal static partial class NationalProfile
{
    private static readonly (string Kind, int Weight)[] StaffMix = [("plan", 25), ("dashboard", 30), ("tasks/mine", 20), ("report", 20), ("province", 5)];
    private static readonly (string Kind, int Weight)[] PortalMix = [("portal home", 50), ("portal news", 30), ("portal procedures", 20)];

    public const string Usage = """
        usage: Loa.Load national|soak --base http://127.0.0.1:5080 --data FOLDER [--provider Sqlite|Postgres --connection CS]
                 [--pid SERVER_PID] [--staff-rate 200] [--portal-rate 100] [--accounts 300] [--seconds 60|1800] [--warmup 15]
                 [--year YEAR] [--seed 1] [--password Loa-demo-2026] [--max-in-flight 2000]
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var soak = args[0] == "soak";
        var o = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            o[args[i]] = args[i + 1];
        }

        string Get(string name, string fallback) => o.GetValueOrDefault(name, fallback);
        double Number(string name, double fallback) => double.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        if (!o.TryGetValue("--base", out var baseText) || !o.TryGetValue("--data", out var data))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var baseUri = new Uri(baseText);
        var staffRate = Number("--staff-rate", 200);
        var portalRate = Number("--portal-rate", 100);
        var seconds = Number("--seconds", soak ? 1800 : 60);
        var warmup = Number("--warmup", 15);
        var maxInFlight = (int)Number("--max-in-flight", 2000);
        var pid = o.TryGetValue("--pid", out var p) ? int.Parse(p, CultureInfo.InvariantCulture) : (int?)null;
        var random = new Random((int)Number("--seed", 1));
        var database = new DatabaseOptions { Provider = Get("--provider", "Sqlite"), ConnectionString = o.GetValueOrDefault("--connection") };
        var year = (int)Number("--year", VietnamTime.Today(TimeProvider.System).Year);

        var targets = await ProfileTargets.LoadAsync(database, data, year, (int)Number("--accounts", 300), random);
        if (targets.Staff.Count == 0 || targets.Communes.Count == 0)
        {
            Console.Error.WriteLine($"No generated accounts or communes in service for {year} in {data}: run loa demo generate --all first.");
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(soak ? "Soak" : "National profile")}: {staffRate:0} staff req/s over {targets.Staff.Count} accounts, {portalRate:0} portal req/s over " +
            $"{targets.Communes.Count} communes; {seconds:0} s after {warmup:0} s of warm-up; " +
            $"{Environment.ProcessorCount} cores, load average {LoadAverage()}"));

        var clock = Stopwatch.StartNew();
        var sessions = await SignInAllAsync(baseUri, targets.Staff, Get("--password", "Loa-demo-2026"));
        Console.WriteLine($"Signed in {sessions.Count} accounts through the login form in {clock.Elapsed.TotalSeconds:0.0} s");
        if (sessions.Count == 0)
        {
            return 1;
        }

        using var portal = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, MaxConnectionsPerServer = 256 })
        {
            BaseAddress = baseUri,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var pick = new Picker(sessions, targets.Communes, portal);

        // Warm-up: the same mix, not counted, so that the JIT and the caches settle.
        await RunOpenLoopAsync(staffRate, portalRate, TimeSpan.FromSeconds(warmup), pick, new Recorder(), maxInFlight, null);

        var recorder = new Recorder();
        var memory = pid is { } id ? new ServerMemory(id, TimeSpan.FromSeconds(soak ? 10 : 2)) : null;
        using var stopMemory = new CancellationTokenSource();
        var sampling = memory?.RunAsync(stopMemory.Token) ?? Task.CompletedTask;
        Action<TimeSpan>? minute = soak ? at => Console.WriteLine(recorder.Minute(at, memory)) : null;
        var elapsed = await RunOpenLoopAsync(staffRate, portalRate, TimeSpan.FromSeconds(seconds), pick, recorder, maxInFlight, minute);
        await stopMemory.CancelAsync();
        await sampling;

        Console.WriteLine(recorder.Table(elapsed));
        Console.WriteLine(memory?.Describe() ?? "server memory: give --pid SERVER_PID to sample its RSS");
        Console.WriteLine($"load average at the end {LoadAverage()}");
        if (soak)
        {
            var flat = memory?.IsFlat() ?? false;
            var errors = recorder.Errors;
            Console.WriteLine(flat && errors == 0
                ? "Verdict: flat — memory of the last third within 10% of the middle third's, and no error."
                : $"Verdict: NOT flat — {(memory is null ? "no memory samples (--pid)" : flat ? "memory flat" : "memory grew")}, {errors} errors.");
            return flat && errors == 0 ? 0 : 1;
        }

        return 0;
    }

    /// <summary>Sends requests at the target rates for a while; returns the time until the last answer came.</summary>
    private static async Task<TimeSpan> RunOpenLoopAsync(
        double staffRate, double portalRate, TimeSpan length, Picker pick, Recorder recorder, int maxInFlight, Action<TimeSpan>? everyMinute)
    {
        var clock = Stopwatch.StartNew();
        var pending = new ConcurrentDictionary<Task, byte>();
        var inFlight = 0;
        long staffSent = 0, portalSent = 0;
        var nextMinute = TimeSpan.FromMinutes(1);
        void Fire((string Kind, HttpClient Client, string Path) request)
        {
            if (Volatile.Read(ref inFlight) >= maxInFlight)
            {
                recorder.Record(request.Kind, 0, "dropped: too many in flight");
                return;
            }

            Interlocked.Increment(ref inFlight);
            var task = SendAsync(request.Client, request.Path, request.Kind, recorder);
            pending[task] = 0;
            _ = task.ContinueWith(t => { pending.TryRemove(t, out _); Interlocked.Decrement(ref inFlight); }, TaskScheduler.Default);
        }

        while (clock.Elapsed < length)
        {
            var seconds = clock.Elapsed.TotalSeconds;
            while (staffSent < (long)(seconds * staffRate))
            {
                Fire(pick.Staff(staffSent++));
            }

            while (portalSent < (long)(seconds * portalRate))
            {
                Fire(pick.Portal(portalSent++));
            }

            if (everyMinute is not null && clock.Elapsed >= nextMinute)
            {
                everyMinute(nextMinute);
                nextMinute += TimeSpan.FromMinutes(1);
            }

            await Task.Delay(2);
        }

        await Task.WhenAll(pending.Keys);
        return clock.Elapsed;
    }

    private static async Task SendAsync(HttpClient client, string path, string kind, Recorder recorder)
    {
        await Task.Yield();
        var start = Stopwatch.GetTimestamp();
        string? error;
        try
        {
            using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
            error = response.StatusCode == HttpStatusCode.OK ? null : $"HTTP {(int)response.StatusCode} {path}";
        }
        catch (HttpRequestException e)
        {
            error = e.Message;
        }
        catch (TaskCanceledException)
        {
            error = "timeout (30 s)";
        }

        recorder.Record(kind, Stopwatch.GetElapsedTime(start).TotalMilliseconds, error);
    }

    /// <summary>Signs every account in through the login form, eight at a time; each gets its own client, cookies and source address.</summary>
    private static async Task<List<Session>> SignInAllAsync(Uri baseUri, IReadOnlyList<StaffAccount> accounts, string password)
    {
        var sessions = new ConcurrentBag<Session>();
        var failures = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(accounts.Select((a, i) => (a, i)), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (item, _) =>
        {
            var client = NewClient(baseUri, item.i);
            var failure = await SignInAsync(client, item.a.UserName, password);
            if (failure is null)
            {
                sessions.Add(new Session(item.a, client));
            }
            else
            {
                failures.Add($"{item.a.UserName}: {failure}");
                client.Dispose();
            }
        });
        foreach (var failure in failures.Take(5))
        {
            Console.Error.WriteLine($"could not sign in {failure}");
        }

        if (!failures.IsEmpty)
        {
            Console.Error.WriteLine($"{failures.Count} accounts could not sign in (Demo:Enabled on? database generated? see above)");
        }

        return [.. sessions.OrderBy(s => s.Account.UserName, StringComparer.Ordinal)];
    }

    /// <summary>
    /// A client with its own cookies. Against a loopback server it connects from its own address of 127.0.0.0/8
    /// (127.1.x.y), so that the server's per-address sign-in limit sees many people, as it would in production.
    /// </summary>
    private static HttpClient NewClient(Uri baseUri, int index)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true };
        if (IPAddress.TryParse(baseUri.Host, out var host) && IPAddress.IsLoopback(host) && host.AddressFamily == AddressFamily.InterNetwork)
        {
            var local = new IPAddress([127, 1, (byte)(index / 250), (byte)((index % 250) + 1)]);
            handler.ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }

        return new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The login page's antiforgery token, then the form posted; null when signed in, else what went wrong.</summary>
    private static async Task<string?> SignInAsync(HttpClient client, string userName, string password)
    {
        try
        {
            var page = await client.GetStringAsync("/account/login");
            var token = TokenField().Match(page);
            if (!token.Success)
            {
                return "no antiforgery token on /account/login";
            }

            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = userName,
                ["Input.Password"] = password,
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            });
            using var response = await client.PostAsync("/account/login", form);
            return response.StatusCode == HttpStatusCode.Redirect ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (HttpRequestException e)
        {
            return e.Message;
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    private sealed record Session(StaffAccount Account, HttpClient Client);

    /// <summary>Which page the n-th request of each stream asks for, and as whom: weighted by the mixes, spread evenly.</summary>
    private sealed class Picker(IReadOnlyList<Session> sessions, IReadOnlyList<string> communes, HttpClient portal)
    {
        private readonly Session[] commune = [.. sessions.Where(s => s.Account.PlanId is not null)];
        private readonly Session[] reporters = [.. sessions.Where(s => s.Account.Role is UserRole.Coordinator or UserRole.Leader)];
        private readonly Session[] taskers = [.. sessions.Where(s => s.Account.Role is UserRole.Coordinator or UserRole.UnitOfficer)];
        private readonly Session[] province = [.. sessions.Where(s => s.Account.Role == UserRole.ProvinceOfficer)];

        public (string Kind, HttpClient Client, string Path) Staff(long n)
        {
            var kind = Choose(StaffMix, n);
            var pool = kind switch
            {
                "report" => reporters,
                "tasks/mine" => taskers,
                "province" when province.Length > 0 => province,
                _ => commune,
            };
            var s = pool[Random.Shared.Next(pool.Length)];
            var path = kind switch
            {
                "plan" => $"/plans/details/{s.Account.PlanId}",
                "dashboard" => "/dashboard",
                "tasks/mine" => "/tasks/mine",
                "report" => $"/reports/commune?plan={s.Account.PlanId}&period=year",
                _ => s.Account.Role == UserRole.ProvinceOfficer ? "/province" : "/dashboard",
            };
            return (kind, s.Client, path);
        }

        public (string Kind, HttpClient Client, string Path) Portal(long n)
        {
            var kind = Choose(PortalMix, n);
            var code = communes[Random.Shared.Next(communes.Count)];
            var path = kind switch
            {
                "portal home" => $"/x/{code}",
                "portal news" => $"/x/{code}/news",
                _ => $"/x/{code}/procedures",
            };
            return (kind, portal, path);
        }

        /// <summary>The n-th request's kind: the weights laid out over 100 consecutive requests.</summary>
        private static string Choose((string Kind, int Weight)[] mix, long n)
        {
            var slot = (int)(n * 37 % 100);
            foreach (var (kind, weight) in mix)
            {
                if (slot < weight)
                {
                    return kind;
                }

                slot -= weight;
            }

            return mix[^1].Kind;
        }
    }
}
