using System.Diagnostics;
using System.Globalization;
using System.Net;

// Loa's HTTP load generator: a fixed number of connections each sending requests back to back for a while, per
// address; prints requests per second, the median, p99 and errors, and each address's throughput as a share of
// the first address's (give /health first to compare pages with the app's cheapest answer). `--urls-file FILE` is one
// more address whose requests are spread over the file's addresses (one a line), e.g. every commune's portal home;
// `--header "Cookie: loa.session=…"` (repeatable) is sent with every request, e.g. to load pages signed in. Cookies
// the server renews (the sign-in cookie after its security stamp is checked again) are taken, as a browser does.
//
//   dotnet run -c Release --project benchmarks/Loa.Load -- --connections 64 --seconds 10 \
//       http://127.0.0.1:5080/health http://127.0.0.1:5080/x/26377 "http://127.0.0.1:5080/x/26377/procedures?q=khai+sinh"
// The national profile and the soak (NationalProfile.cs): open loop at a target rate, signed-in staff and the portal.
//   dotnet run -c Release --project benchmarks/Loa.Load -- national --base http://127.0.0.1:5080 --data /tmp/national --pid 1234
if (args.Length > 0 && args[0] is "national" or "soak")
{
    return await Loa.Load.NationalProfile.RunAsync(args);
}

var connections = 64;
var seconds = 10.0;
var warmup = 2.0;
var urls = new List<(string Label, Uri[] Addresses)>();
var headers = new List<(string Name, string Value)>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--connections": connections = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--seconds": seconds = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--warmup": warmup = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--header": headers.Add(Header(args[++i])); break;
        case "--urls-file": urls.Add(UrlsFile(args[++i])); break;
        default: urls.Add((new Uri(args[i]).PathAndQuery, [new Uri(args[i])])); break;
    }
}

if (urls.Count == 0 || connections < 1 || seconds <= 0)
{
    Console.Error.WriteLine("usage: Loa.Load [--connections 64] [--seconds 10] [--warmup 2] [--header \"Name: value\"]... [--urls-file FILE]... URL...");
    return 2;
}

// The cookies given, kept up to date from the answers' Set-Cookie (the Secure flag of a cookie renewed over plain HTTP
// on the loopback is ignored, as a browser on http://localhost does).
var cookies = new Cookies(headers.Where(h => h.Name.Equals("Cookie", StringComparison.OrdinalIgnoreCase)).Select(h => h.Value));
using var handler = new SocketsHttpHandler
{
    MaxConnectionsPerServer = connections,
    PooledConnectionLifetime = TimeSpan.FromMinutes(10),
    AllowAutoRedirect = false,
    UseCookies = false,
};
using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
foreach (var (name, value) in headers.Where(h => !h.Name.Equals("Cookie", StringComparison.OrdinalIgnoreCase)))
{
    client.DefaultRequestHeaders.TryAddWithoutValidation(name, value);
}

double? baseline = null;
Console.WriteLine($"{connections} connections, {seconds:0.#} s per address (after {warmup:0.#} s of warm-up), {Environment.ProcessorCount} cores, load average {LoadAverage()}");
foreach (var (label, url) in urls)
{
    await RunAsync(client, cookies, url, connections, TimeSpan.FromSeconds(warmup));
    var result = await RunAsync(client, cookies, url, connections, TimeSpan.FromSeconds(seconds));
    baseline ??= result.PerSecond;
    Console.WriteLine(
        $"{label,-48} {result.PerSecond,9:0} req/s  median {result.Percentile(0.50),7:0.0} ms  p99 {result.Percentile(0.99),7:0.0} ms  " +
        $"errors {result.Errors}  {result.PerSecond / baseline.Value,6:P0} of the first");
}

return 0;

static async Task<Result> RunAsync(HttpClient client, Cookies cookies, Uri[] urls, int connections, TimeSpan length)
{
    var clock = Stopwatch.StartNew();
    var next = 0;
    var workers = Enumerable.Range(0, connections).Select(async _ =>
    {
        var times = new List<double>(4096);
        var errors = 0;
        var buffer = new byte[16 * 1024];
        while (clock.Elapsed < length)
        {
            var start = Stopwatch.GetTimestamp();
            var url = urls[(int)((uint)Interlocked.Increment(ref next) % urls.Length)];
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                cookies.AddTo(request);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                cookies.Take(response);
                await using var body = await response.Content.ReadAsStreamAsync();
                while (await body.ReadAsync(buffer) > 0)
                {
                }

                if (response.StatusCode != HttpStatusCode.OK)
                {
                    errors++;
                }
            }
            catch (HttpRequestException)
            {
                errors++;
            }
            catch (TaskCanceledException)
            {
                errors++;
            }

            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return (times, errors);
    }).ToList();
    var done = await Task.WhenAll(workers);
    var all = done.SelectMany(d => d.times).Order().ToArray();
    return new Result(all, done.Sum(d => d.errors), clock.Elapsed.TotalSeconds);
}

static (string Name, string Value) Header(string text) =>
    text.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? (text[..colon].Trim(), text[(colon + 1)..].Trim()) : throw new ArgumentException($"not a header: {text}");

static (string Label, Uri[] Addresses) UrlsFile(string path)
{
    var addresses = File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l => new Uri(l.Trim())).ToArray();
    return addresses.Length > 0 ? ($"{Path.GetFileName(path)} ({addresses.Length} addresses)", addresses) : throw new ArgumentException($"no address in {path}");
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

internal sealed record Result(double[] Times, int Errors, double Seconds)
{
    public double PerSecond => Times.Length / Seconds;

    public double Percentile(double p) => Times.Length == 0 ? 0 : Times[Math.Min(Times.Length - 1, (int)Math.Ceiling(p * Times.Length) - 1)];
}
