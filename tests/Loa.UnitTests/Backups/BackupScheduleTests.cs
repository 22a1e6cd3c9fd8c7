using Loa.Backups;

namespace Loa.UnitTests.Backups;

/// <summary>When a scheduled backup is due (every N hours, or daily at a time of Vietnam's day), and which backups retention keeps.</summary>
public sealed class BackupScheduleTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 7, 1, 3, 0, 0, DateTimeKind.Utc); // 10:00 in Vietnam

    private readonly string _folder = Directory.CreateTempSubdirectory("loa-retention-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Off_by_default_and_on_with_an_interval_or_a_daily_time()
    {
        Assert.False(new BackupOptions().Enabled);
        Assert.True(new BackupOptions { IntervalHours = 6 }.Enabled);
        Assert.True(new BackupOptions { DailyAt = "02:30" }.Enabled);
        Assert.Equal(7, new BackupOptions().Keep);
    }

    [Theory]
    [InlineData(6, null, true)]
    [InlineData(6, 1.0, false)]
    [InlineData(6, 5.9, false)]
    [InlineData(6, 6.0, true)]
    [InlineData(24, 23.0, false)]
    [InlineData(24, 30.0, true)]
    public void An_interval_backup_is_due_when_the_last_one_is_that_old(int hours, double? lastHoursAgo, bool due)
    {
        var options = new BackupOptions { IntervalHours = hours };
        DateTime? last = lastHoursAgo is { } ago ? Now.AddHours(-ago) : null;

        Assert.Equal(due, BackupSchedule.IsDue(options, last, Now));
    }

    [Theory]
    [InlineData("02:30", null, true)]
    [InlineData("02:30", "2026-06-30T19:30:00Z", false)] // 02:30 today in Vietnam
    [InlineData("02:30", "2026-06-30T19:29:00Z", true)] // one minute before today's time
    [InlineData("11:00", "2026-06-30T04:00:00Z", false)] // yesterday 11:00; today's 11:00 has not come
    [InlineData("11:00", "2026-06-30T03:59:00Z", true)] // before yesterday's 11:00
    public void A_daily_backup_is_due_once_the_time_of_day_has_passed_since_the_last_one(string at, string? last, bool due)
    {
        var options = new BackupOptions { DailyAt = at };
        DateTime? lastRun = last is null
            ? null
            : DateTime.Parse(last, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);

        Assert.Equal(due, BackupSchedule.IsDue(options, lastRun, Now));
    }

    [Theory]
    [InlineData(0, null, 7, "")]
    [InlineData(6, "25:00", 7, "Backup:DailyAt")]
    [InlineData(6, "2h", 7, "Backup:DailyAt")]
    [InlineData(6, null, 0, "Backup:Keep")]
    [InlineData(-1, null, 7, "Backup:IntervalHours")]
    public void Bad_settings_are_named(int hours, string? at, int keep, string named)
    {
        var problem = new BackupOptions { IntervalHours = hours, DailyAt = at, Keep = keep }.Problem();

        if (named.Length == 0)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(named, problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Retention_keeps_the_newest_backups_and_touches_nothing_else()
    {
        string[] backups = ["loa-20260601T020000Z", "loa-20260602T020000Z", "loa-20260602T020000Z-2", "loa-20260603T020000Z", "loa-20260604T020000Z"];
        foreach (var name in backups)
        {
            Directory.CreateDirectory(Path.Combine(_folder, name));
            File.WriteAllText(Path.Combine(_folder, name, BackupManifest.FileName), "{}");
        }

        Directory.CreateDirectory(Path.Combine(_folder, "loa-20250101T000000Z")); // no manifest: not a backup
        Directory.CreateDirectory(Path.Combine(_folder, "giu-lai"));
        File.WriteAllText(Path.Combine(_folder, "ghi-chu.txt"), "x");

        var deleted = BackupRetention.Prune(_folder, keep: 3);

        Assert.Equal(["loa-20260601T020000Z", "loa-20260602T020000Z"], deleted.Select(Path.GetFileName));
        Assert.Equal(
            ["ghi-chu.txt", "giu-lai", "loa-20250101T000000Z", "loa-20260602T020000Z-2", "loa-20260603T020000Z", "loa-20260604T020000Z"],
            Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
