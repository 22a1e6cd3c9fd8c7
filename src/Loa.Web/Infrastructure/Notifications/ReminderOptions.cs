namespace Loa.Web.Infrastructure.Notifications;

/// <summary>Section "Reminders": whether this instance runs the reminder job, and how often it wakes.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    public bool Enabled { get; set; } = true;

    /// <summary>Minutes between runs; reminders are keyed, so running often sends nothing twice.</summary>
    public int IntervalMinutes { get; set; } = 60;
}
