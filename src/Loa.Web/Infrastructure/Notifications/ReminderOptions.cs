namespace Loa.Web.Infrastructure.Notifications;

/// <summary>Section "Reminders": whether this instance runs the scheduled jobs (reminders, feedback retention), and how often it wakes.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    public bool Enabled { get; set; } = true;

    /// <summary>Minutes between runs (fractions allowed, at least one second); reminders are keyed, so running often sends nothing twice.</summary>
    public double IntervalMinutes { get; set; } = 60;

    /// <summary>Seconds to wait after start before the first run, so that the app finishes starting first.</summary>
    public double StartDelaySeconds { get; set; } = 20;

    public TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1.0 / 60, IntervalMinutes));
}
