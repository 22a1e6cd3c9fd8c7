using Loa.Cli;
using Loa.Demo;

namespace Loa.UnitTests.Demo;

/// <summary><c>loa demo generate</c>'s progress: a bar redrawn in place on a terminal, plain lines otherwise, pace and time left.</summary>
public sealed class GenerationProgressBarTests
{
    [Fact]
    public void The_line_says_provinces_communes_pace_time_left_and_the_province_at_work()
    {
        var progress = new NationalProgress("Tỉnh Lai Châu", 12, 34, 1234, 3321, 600, TimeSpan.FromSeconds(100));

        var line = GenerationProgressBar.Line(progress, bar: true);

        Assert.Equal(
            "[#########...............] 12/34 tỉnh · 1.234/3.321 xã, phường (37%) · 6,0 xã/giây · còn khoảng 5 phút 48 giây · đang làm Tỉnh Lai Châu",
            line);
    }

    [Fact]
    public void Before_the_first_commune_there_is_no_pace_and_no_time_left()
    {
        var line = GenerationProgressBar.Line(new NationalProgress("Tỉnh Điện Biên", 0, 2, 16, 83, 0, TimeSpan.FromSeconds(3)), bar: false);

        Assert.Equal("0/2 tỉnh · 16/83 xã, phường (19%) · đang làm Tỉnh Điện Biên", line);
    }

    [Theory]
    [InlineData(40, "40 giây")]
    [InlineData(310, "5 phút 10 giây")]
    [InlineData(3900, "1 giờ 5 phút")]
    public void Durations_read_as_a_person_says_them(int seconds, string expected)
    {
        Assert.Equal(expected, GenerationProgressBar.Duration(TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public void On_a_terminal_the_line_is_redrawn_in_place_at_most_five_times_a_second()
    {
        var time = new ManualTime();
        using var output = new StringWriter();
        var bar = new GenerationProgressBar(output, terminal: true, time);

        bar.Report(new NationalProgress("A", 0, 2, 0, 10, 0, TimeSpan.Zero));
        bar.Report(new NationalProgress("A", 0, 2, 1, 10, 1, TimeSpan.FromSeconds(1)));
        time.Advance(TimeSpan.FromMilliseconds(250));
        bar.Report(new NationalProgress("A", 0, 2, 2, 10, 2, TimeSpan.FromSeconds(2)));
        bar.Finish();

        var text = output.ToString();
        Assert.Equal(2, text.Count(c => c == '\r'));
        Assert.DoesNotContain("1/10", text, StringComparison.Ordinal);
        Assert.Contains("2/10 xã, phường", text, StringComparison.Ordinal);
        Assert.EndsWith(Environment.NewLine, text, StringComparison.Ordinal);
        Assert.Single(text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Into_a_file_it_writes_a_line_per_province_and_every_ten_seconds_without_control_characters()
    {
        var time = new ManualTime();
        using var output = new StringWriter();
        var bar = new GenerationProgressBar(output, terminal: false, time);

        bar.Report(new NationalProgress("A", 0, 2, 0, 10, 0, TimeSpan.Zero));
        bar.Report(new NationalProgress("A", 0, 2, 3, 10, 3, TimeSpan.FromSeconds(1)));
        time.Advance(TimeSpan.FromSeconds(11));
        bar.Report(new NationalProgress("A", 0, 2, 5, 10, 5, TimeSpan.FromSeconds(12)));
        bar.Report(new NationalProgress("B", 1, 2, 5, 10, 5, TimeSpan.FromSeconds(12)));
        bar.Finish();

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("0/2 tỉnh · 0/10", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("0/2 tỉnh · 5/10", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("đang làm B", lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain('\r', output.ToString());
    }

    /// <summary>A clock that moves only when told.</summary>
    private sealed class ManualTime : TimeProvider
    {
        private long ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => ticks;

        public void Advance(TimeSpan by) => ticks += by.Ticks;
    }
}
