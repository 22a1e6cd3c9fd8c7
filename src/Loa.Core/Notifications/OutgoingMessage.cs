namespace Loa.Notifications;

/// <summary>The ways a message leaves Loa: all of them through the one outbox (<see cref="MessageOutbox"/>).</summary>
public enum MessageChannel
{
    Email = 0,

    /// <summary>A Zalo Official Account template message (ZNS) to a phone number.</summary>
    Zalo = 1,

    /// <summary>An SMS from the brandname gateway to a phone number.</summary>
    Sms = 2,
}

/// <summary>Where a message is in the outbox.</summary>
public enum MessageState
{
    /// <summary>Not tried yet.</summary>
    Waiting = 0,

    Sent = 1,

    /// <summary>Tried and failed; tried again at <see cref="OutgoingMessage.NextAttemptAt"/>.</summary>
    Failed = 2,

    /// <summary>The outbox stopped trying: too many failures, a refusal that a retry cannot change, or too old.</summary>
    GivenUp = 3,
}

/// <summary>
/// One message in the outbox (<see cref="MessageOutbox"/>): an e-mail, a Zalo template message or an SMS, written in the
/// same save as what it tells about and sent by the message worker through its channel. Its content (the body, or the
/// template's parameters) can hold a secret (a password-reset link, a tracking code), so it is kept only until the
/// message is sent or given up; the row then stays as the record of who was sent what, when, by which channel.
/// </summary>
public sealed class OutgoingMessage
{
    public long Id { get; set; }

    public MessageChannel Channel { get; set; }

    /// <summary>The e-mail address, or the phone number in its national form ("0912345678").</summary>
    public string To { get; set; } = "";

    /// <summary>The e-mail's subject, or (Zalo, SMS) the name of the template it was written from.</summary>
    public string Subject { get; set; } = "";

    /// <summary>The template's purpose (<see cref="MessagePurposes"/>) when written from a template.</summary>
    public string? Purpose { get; set; }

    /// <summary>The ZNS template id Zalo approved (Zalo only).</summary>
    public string? TemplateId { get; set; }

    /// <summary>The text of the e-mail or the SMS; null once sent or given up.</summary>
    public string? Body { get; set; }

    /// <summary>The ZNS template's parameters as a JSON object (Zalo only); null once sent or given up.</summary>
    public string? Parameters { get; set; }

    public MessageState State { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>When the outbox stopped trying (<see cref="MessageState.GivenUp"/>).</summary>
    public DateTime? GivenUpAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>When a failed message is tried again (<see cref="MessageOutbox.Backoff"/>).</summary>
    public DateTime? NextAttemptAt { get; set; }

    /// <summary>The kind of the last failure (an exception type or the provider's error code, never a message: it may quote the body).</summary>
    public string? LastError { get; set; }
}
