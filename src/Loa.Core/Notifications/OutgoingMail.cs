namespace Loa.Notifications;

/// <summary>
/// One e-mail in the outbox (<see cref="MailOutbox"/>): written in the same save as what it tells about, sent by the
/// mail worker. Its body can hold a secret (a password-reset link, a feedback tracking code), so it is kept only until
/// the mail is sent or given up; the row then stays as a record of who was mailed what subject, when.
/// </summary>
public sealed class OutgoingMail
{
    public long Id { get; set; }

    public string To { get; set; } = "";

    public string Subject { get; set; } = "";

    /// <summary>The text of the mail; null once sent or given up.</summary>
    public string? Body { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>When the outbox stopped trying (too many failures, or older than <see cref="MailOutbox.GiveUpAfter"/>).</summary>
    public DateTime? GivenUpAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>The kind of the last failure (an exception type, never its message: it may quote the address or the body).</summary>
    public string? LastError { get; set; }
}
