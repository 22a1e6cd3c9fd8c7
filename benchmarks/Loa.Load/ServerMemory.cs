using System.Globalization;

namespace Loa.Load;

/// <summary>
/// The server's resident memory (VmRSS of /proc/&lt;pid&gt;/status) sampled every few seconds while the load runs; its
/// minimum, median and maximum, and the trend: the median of each third of the run. "Flat" when the last third's median
/// is within <see cref="FlatShare"/> of the middle third's (the first third holds the warm-up of caches and the JIT).
/// </summary>
internal sealed class ServerMemory(int pid, TimeSpan every)
{
    public const double FlatShare = 0.10;

    private readonly List<(TimeSpan At, double Megabytes)> samples = [];

    public IReadOnlyList<(TimeSpan At, double Megabytes)> Samples
    {
        get
        {
            lock (samples)
            {
                return [.. samples];
            }
        }
    }

    public static double? ReadMegabytes(int pid)
    {
        var path = $"/proc/{pid}/status";
        if (!File.Exists(path))
        {
            return null;
        }

        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kilobytes is null ? null : double.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024;
    }

    public async Task RunAsync(CancellationToken stop)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var timer = new PeriodicTimer(every);
        do
        {
            if (ReadMegabytes(pid) is { } mb)
            {
                lock (samples)
                {
                    samples.Add((clock.Elapsed, mb));
                }
            }
        }
        while (await Tick(timer, stop));
    }

    /// <summary>"RSS min 180 / median 210 / max 230 MB over 12 samples; by thirds 200 → 212 → 214 MB (+1% last vs middle)".</summary>
    public string Describe()
    {
        var all = Samples.Select(s => s.Megabytes).ToList();
        if (all.Count == 0)
        {
            return $"no memory samples (is pid {pid} running on this machine?)";
        }

        var (first, middle, last) = Thirds(all);
        var change = middle > 0 ? (last - middle) / middle : 0;
        return string.Create(CultureInfo.InvariantCulture,
            $"server RSS (pid {pid}, {all.Count} samples): min {all.Min():0} / median {Median(all):0} / max {all.Max():0} MB; " +
            $"median by thirds {first:0} → {middle:0} → {last:0} MB ({change:+0%;-0%;0%} last vs middle)");
    }

    /// <summary>True when the last third's median is within 10% of the middle third's.</summary>
    public bool IsFlat()
    {
        var all = Samples.Select(s => s.Megabytes).ToList();
        if (all.Count < 3)
        {
            return false;
        }

        var (_, middle, last) = Thirds(all);
        return last <= middle * (1 + FlatShare);
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static (double First, double Middle, double Last) Thirds(List<double> all)
    {
        var n = all.Count / 3;
        return n == 0
            ? (Median(all), Median(all), Median(all))
            : (Median(all[..n]), Median(all[n..(all.Count - n)]), Median(all[(all.Count - n)..]));
    }

    private static async Task<bool> Tick(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
