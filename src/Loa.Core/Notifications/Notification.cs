namespace Loa.Notifications;

/// <summary>A message for one person in the app (and by e-mail): a deadline coming, a task behind, a report returned.</summary>
public sealed class Notification
{
    public long Id { get; set; }

    public string UserId { get; set; } = "";

    public int? ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public DateTime CreatedAt { get; set; }

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    /// <summary>Where the message leads in the app ("/reports/…").</summary>
    public string? Link { get; set; }

    public DateTime? ReadAt { get; set; }

    /// <summary>When its copy outside Loa was put in the outbox (e-mail, Zalo or SMS, as the person chose), or found to have none.</summary>
    public DateTime? EmailedAt { get; set; }

    /// <summary>The same reminder is never sent twice to the same person: "report-due:q1:2026:plan 5".</summary>
    public string DedupKey { get; set; } = "";
}
