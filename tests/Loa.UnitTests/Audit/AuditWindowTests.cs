using Loa.Audit;

namespace Loa.UnitTests.Audit;

/// <summary>The window of the audit page, its downloads and <c>loa audit export</c>: whole days of Vietnam time, held in UTC.</summary>
public sealed class AuditWindowTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Fact]
    public void Whole_days_in_Vietnam_time_become_utc_instants_with_the_last_day_included()
    {
        Assert.True(AuditWindow.TryParse("2026-12-01", "03/12/2026", Today, out var window, out var error), error);
        Assert.Equal(new DateTime(2026, 11, 30, 17, 0, 0, DateTimeKind.Utc), window.FromUtc);
        Assert.Equal(new DateTime(2026, 12, 3, 17, 0, 0, DateTimeKind.Utc), window.ToUtc);
        Assert.Equal(DateTimeKind.Utc, window.FromUtc.Kind);
        Assert.Equal(3, window.Days);
        Assert.Equal("từ 01/12/2026 đến hết 03/12/2026 (giờ Việt Nam)", window.Describe());
    }

    [Fact]
    public void Empty_days_mean_the_last_seven_days_up_to_today()
    {
        Assert.True(AuditWindow.TryParse(null, " ", Today, out var window, out _));
        Assert.Equal((new DateOnly(2026, 12, 1), Today), (window.FirstDay, window.LastDay));

        Assert.True(AuditWindow.TryParse("", "2026-06-30", Today, out window, out _));
        Assert.Equal(new DateOnly(2026, 6, 24), window.FirstDay);
    }

    [Theory]
    [InlineData("2026-13-01", "2026-12-01", "Không hiểu \"từ ngày\"")]
    [InlineData("hôm qua", null, "Không hiểu \"từ ngày\"")]
    [InlineData("2026-12-01", "31/02/2026", "Không hiểu \"đến ngày\"")]
    [InlineData("1900-01-01", "1900-01-02", "Không hiểu")]
    [InlineData("2026-12-05", "2026-12-01", "phải trước hoặc bằng")]
    [InlineData("2025-01-01", "2026-12-01", "tối đa 366 ngày")]
    public void Bad_days_give_a_Vietnamese_message(string? from, string? to, string expected)
    {
        Assert.False(AuditWindow.TryParse(from, to, Today, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_and_a_day_is_the_longest_window()
    {
        Assert.True(AuditWindow.TryParse("2025-12-07", "2026-12-07", Today, out var window, out _));
        Assert.Equal(AuditWindow.MaxDays, window.Days);
        Assert.False(AuditWindow.TryParse("2025-12-06", "2026-12-07", Today, out _, out _));
    }
}
