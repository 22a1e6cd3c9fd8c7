using Loa.Domain;

namespace Loa.Exchange;

/// <summary>
/// One edXML package through the document exchange: going out (a commune's signed plan or report to its province), or come
/// in (a package the province received). It keeps the package file, the codes, its state and the history of its states.
/// </summary>
public sealed class ExchangeMessage : ICommuneOwned, IAudited
{
    public const int CodeMax = AgencyCodes.MaxLength;
    public const int TextMax = 500;
    public const int ErrorMax = 200;

    public int Id { get; set; }

    /// <summary>The province of the sending commune (outgoing), or of the receiving province (incoming).</summary>
    public int ProvinceId { get; set; }

    /// <summary>The sending commune (outgoing), the commune the package was matched to (incoming), null while unmatched.</summary>
    public int? CommuneId { get; set; }

    public ExchangeDirection Direction { get; set; }

    public ExchangeState State { get; set; }

    /// <summary>The document sent (outgoing), or the commune's document the incoming package was matched to.</summary>
    public int? DocumentId { get; set; }

    public string SenderCode { get; set; } = "";

    public string ReceiverCode { get; set; } = "";

    /// <summary>"12/KH-UBND".</summary>
    public string Number { get; set; } = "";

    public string Subject { get; set; } = "";

    /// <summary>Stored name of the package file (lower-case hex) in the exchange folder of the data folder.</summary>
    public string PackageFile { get; set; } = "";

    public long PackageLength { get; set; }

    /// <summary>The hub's (or folder's) id of the package once sent or received: polled for its acknowledgement.</summary>
    public string? TransportId { get; set; }

    public int Attempts { get; set; }

    /// <summary>The kind of the last failure ("Unreachable", "Rejected", …), never a message that may quote the package.</summary>
    public string? LastErrorKind { get; set; }

    /// <summary>Why the hub rejected the package or the province refused it, in Vietnamese, for the page.</summary>
    public string? Reason { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? NextAttemptAt { get; set; }

    public DateTime? SentAt { get; set; }

    public DateTime? AcknowledgedAt { get; set; }

    public DateTime? FailedAt { get; set; }

    public List<ExchangeEvent> Events { get; set; } = [];
}

/// <summary>One step of a message's history, shown on its page.</summary>
public sealed class ExchangeEvent
{
    public long Id { get; set; }

    public int MessageId { get; set; }

    public DateTime At { get; set; }

    public ExchangeState State { get; set; }

    public string? Note { get; set; }
}

public enum ExchangeDirection
{
    Outgoing = 1,
    Incoming = 2,
}

public enum ExchangeState
{
    /// <summary>Packaged, not yet sent.</summary>
    Waiting = 1,

    /// <summary>The hub (or folder) took it; its acknowledgement is awaited.</summary>
    Sent = 2,

    /// <summary>The receiver acknowledged it (outgoing); or it came in and is kept, not yet matched (incoming).</summary>
    Received = 3,

    /// <summary>Given up: rejected by the hub, or too many failed attempts.</summary>
    Failed = 4,

    /// <summary>A send failed and waits for its next attempt.</summary>
    Retried = 5,

    /// <summary>Incoming, matched to the commune's report or plan.</summary>
    Attached = 6,

    /// <summary>Incoming, refused by the province (with its reason).</summary>
    Refused = 7,
}

public static class ExchangeStateWords
{
    public static string Word(this ExchangeState state) => state switch
    {
        ExchangeState.Waiting => "Chờ gửi",
        ExchangeState.Sent => "Đã gửi, chờ xác nhận",
        ExchangeState.Received => "Đã nhận",
        ExchangeState.Failed => "Không gửi được",
        ExchangeState.Retried => "Gửi lỗi, sẽ gửi lại",
        ExchangeState.Attached => "Đã gắn vào hồ sơ của xã",
        ExchangeState.Refused => "Đã từ chối",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };
}
