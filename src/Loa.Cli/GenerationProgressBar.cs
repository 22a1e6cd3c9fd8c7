using System.Globalization;
using Loa.Demo;

namespace Loa.Cli;

/// <summary>
/// The progress of <c>loa demo generate</c> on the terminal: one line redrawn in place (a bar, provinces and communes
/// done, communes a second, time left), at most a few times a second. When the output is not a terminal (a file, a
/// pipe, a test) it writes plain lines instead: one when a province begins and one every <see cref="PlainEvery"/>.
/// </summary>
public sealed class GenerationProgressBar(TextWriter output, bool terminal, TimeProvider? time = null) : IProgress<NationalProgress>
{
    private const int Width = 24;
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly TimeSpan TerminalEvery = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(10);

    private readonly TimeProvider clock = time ?? TimeProvider.System;
    private long lastWrite;
    private string? lastProvince;
    private bool drawn;

    public void Report(NationalProgress value)
    {
        var now = clock.GetTimestamp();
        var newProvince = value.Province != lastProvince;
        lastProvince = value.Province;
        var finished = value.ProvincesDone == value.Provinces;
        if (terminal)
        {
            if (finished || newProvince || drawn is false || clock.GetElapsedTime(lastWrite, now) >= TerminalEvery)
            {
                output.Write($"\r{Line(value, bar: true)}\u001b[K");
                output.Flush();
                (lastWrite, drawn) = (now, true);
            }

            return;
        }

        if ((newProvince && value.Province.Length > 0) || clock.GetElapsedTime(lastWrite, now) >= PlainEvery)
        {
            output.WriteLine(Line(value, bar: false));
            lastWrite = now;
        }
    }

    /// <summary>Ends the redrawn line, so that what follows starts on a line of its own.</summary>
    public void Finish()
    {
        if (terminal && drawn)
        {
            output.WriteLine();
            drawn = false;
        }
    }

    /// <summary>"[#######.........] 12/34 tỉnh · 1.234/3.321 xã · 6,8 xã/giây · còn 5 phút 10 giây · Tỉnh Lai Châu".</summary>
    public static string Line(NationalProgress value, bool bar)
    {
        string N(int n) => n.ToString("#,0", Vietnamese);
        var share = value.Communes == 0 ? 1.0 : Math.Clamp((double)value.CommunesDone / value.Communes, 0, 1);
        var filled = (int)Math.Round(share * Width);
        var parts = new List<string>
        {
            $"{N(value.ProvincesDone)}/{N(value.Provinces)} tỉnh",
            $"{N(value.CommunesDone)}/{N(value.Communes)} xã, phường ({(share * 100).ToString("0", Vietnamese)}%)",
        };
        if (value.Rate is { } rate)
        {
            parts.Add($"{rate.ToString("0.0", Vietnamese)} xã/giây");
        }

        if (value.Left is { } left && value.CommunesDone < value.Communes)
        {
            parts.Add($"còn khoảng {Duration(left)}");
        }

        if (value.Province.Length > 0)
        {
            parts.Add($"đang làm {value.Province}");
        }

        var text = string.Join(" · ", parts);
        return bar ? $"[{new string('#', filled)}{new string('.', Width - filled)}] {text}" : text;
    }

    /// <summary>"1 giờ 5 phút", "5 phút 10 giây", "40 giây".</summary>
    public static string Duration(TimeSpan span)
    {
        var s = (int)Math.Round(span.TotalSeconds);
        return s switch
        {
            >= 3600 => $"{s / 3600} giờ {s % 3600 / 60} phút",
            >= 60 => $"{s / 60} phút {s % 60} giây",
            _ => $"{s} giây",
        };
    }
}
