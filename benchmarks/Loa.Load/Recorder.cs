using System.Globalization;
using System.Text;

namespace Loa.Load;

/// <summary>Answers by kind of page: times of the successful ones, errors with their first few reasons; a table and a line a minute.</summary>
internal sealed class Recorder
{
    private readonly Dictionary<string, Kind> kinds = new(StringComparer.Ordinal);
    private int minuteFrom;
    private int minuteErrors;
    private readonly List<double> minuteTimes = [];

    public int Errors
    {
        get
        {
            lock (kinds)
            {
                return kinds.Values.Sum(k => k.Errors);
            }
        }
    }

    public void Record(string kind, double milliseconds, string? error)
    {
        lock (kinds)
        {
            if (!kinds.TryGetValue(kind, out var k))
            {
                kinds[kind] = k = new Kind();
            }

            if (error is null)
            {
                k.Times.Add(milliseconds);
                minuteTimes.Add(milliseconds);
            }
            else
            {
                k.Errors++;
                minuteErrors++;
                if (k.Reasons.Count < 3 && !k.Reasons.Contains(error))
                {
                    k.Reasons.Add(error);
                }
            }
        }
    }

    /// <summary>The table of the run: per kind of page and in total, answers a second, p50, p99, errors.</summary>
    public string Table(TimeSpan elapsed)
    {
        lock (kinds)
        {
            var text = new StringBuilder();
            var seconds = elapsed.TotalSeconds;
            text.AppendLine(CultureInfo.InvariantCulture, $"{"page",-20} {"answers",8} {"per s",8} {"p50 ms",8} {"p99 ms",8} {"errors",7}");
            foreach (var (name, k) in kinds.OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                text.AppendLine(Row(name, k.Times, k.Errors, seconds));
            }

            text.AppendLine(Row("staff (all)", [.. kinds.Where(k => !k.Key.StartsWith("portal", StringComparison.Ordinal)).SelectMany(k => k.Value.Times)],
                kinds.Where(k => !k.Key.StartsWith("portal", StringComparison.Ordinal)).Sum(k => k.Value.Errors), seconds));
            text.AppendLine(Row("portal (all)", [.. kinds.Where(k => k.Key.StartsWith("portal", StringComparison.Ordinal)).SelectMany(k => k.Value.Times)],
                kinds.Where(k => k.Key.StartsWith("portal", StringComparison.Ordinal)).Sum(k => k.Value.Errors), seconds));
            foreach (var (name, k) in kinds.Where(k => k.Value.Reasons.Count > 0))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  errors of {name}: {string.Join("; ", k.Reasons)}");
            }

            return text.ToString().TrimEnd();
        }
    }

    /// <summary>A soak's line for the minute ending at <paramref name="at"/>: answers a second, p99, errors, the server's memory.</summary>
    public string Minute(TimeSpan at, ServerMemory? memory)
    {
        lock (kinds)
        {
            var sorted = minuteTimes.Order().ToArray();
            var line = string.Create(CultureInfo.InvariantCulture,
                $"minute {at.TotalMinutes,3:0}: {sorted.Length / 60.0,6:0.0} answers/s, p99 {Percentile(sorted, 0.99),7:0.0} ms, errors {minuteErrors}");
            var samples = memory?.Samples;
            var rss = samples is { Count: > 0 } ? samples[^1].Megabytes : (double?)null;
            minuteTimes.Clear();
            (minuteErrors, minuteFrom) = (0, minuteFrom + 1);
            return rss is > 0 ? string.Create(CultureInfo.InvariantCulture, $"{line}, server RSS {rss:0} MB") : line;
        }
    }

    private static string Row(string name, List<double> times, int errors, double seconds)
    {
        var sorted = times.Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"{name,-20} {sorted.Length,8} {sorted.Length / seconds,8:0.0} {Percentile(sorted, 0.50),8:0.0} {Percentile(sorted, 0.99),8:0.0} {errors,7}");
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private sealed class Kind
    {
        public List<double> Times { get; } = [];

        public List<string> Reasons { get; } = [];

        public int Errors { get; set; }
    }
}
