namespace Loa.Exchange;

/// <summary>
/// The states of an exchange message and what moves it (the outbox and the inbox call these; nothing else sets a state):
/// outgoing Waiting → Sent → Received (acknowledged); a failed send → Retried (with a growing wait) → … → Failed after
/// <see cref="ExchangeOptions.MaxAttempts"/>; a rejection by the hub → Failed with its reason. Incoming: Received (kept,
/// not matched), Attached (to the commune's report or plan) or Refused (with a reason). Each move is kept as an event.
/// </summary>
public static class ExchangeWorkflow
{
    public static ExchangeMessage Record(ExchangeMessage message, ExchangeState state, DateTime now, string? note = null)
    {
        message.State = state;
        var kept = note is { Length: > ExchangeMessage.TextMax } ? note[..ExchangeMessage.TextMax] : note;
        message.Events.Add(new ExchangeEvent { At = now, State = state, Note = kept });
        return message;
    }

    /// <summary>Whether the outbox should try to send it now.</summary>
    public static bool IsDue(ExchangeMessage message, DateTime now) =>
        message.Direction == ExchangeDirection.Outgoing
        && message.State is ExchangeState.Waiting or ExchangeState.Retried
        && (message.NextAttemptAt is null || message.NextAttemptAt <= now);

    /// <summary>Whether a document may be (re)sent: nothing of it is on its way or delivered.</summary>
    public static bool BlocksResend(ExchangeState state) =>
        state is ExchangeState.Waiting or ExchangeState.Retried or ExchangeState.Sent or ExchangeState.Received;

    public static void Sent(ExchangeMessage message, string transportId, DateTime now)
    {
        Require(message, ExchangeState.Waiting, ExchangeState.Retried);
        message.Attempts++;
        (message.TransportId, message.SentAt, message.NextAttemptAt, message.LastErrorKind) = (transportId, now, null, null);
        Record(message, ExchangeState.Sent, now, "Trục liên thông đã nhận gói tin");
    }

    /// <summary>A send that failed for a passing reason (the hub out of reach): retried later, given up after the last attempt.</summary>
    public static void SendFailed(ExchangeMessage message, string errorKind, DateTime now, ExchangeOptions options)
    {
        Require(message, ExchangeState.Waiting, ExchangeState.Retried);
        message.Attempts++;
        message.LastErrorKind = errorKind;
        if (message.Attempts >= options.MaxAttempts)
        {
            (message.FailedAt, message.NextAttemptAt) = (now, null);
            message.Reason = $"Không gửi được sau {message.Attempts} lần thử: không kết nối được trục liên thông.";
            Record(message, ExchangeState.Failed, now, message.Reason);
            return;
        }

        message.NextAttemptAt = now + RetryDelay(message.Attempts, options);
        Record(message, ExchangeState.Retried, now, $"Lần gửi thứ {message.Attempts} lỗi ({errorKind}), sẽ gửi lại");
    }

    /// <summary>The wait before the next attempt: the base delay doubled at each failure, at most six hours.</summary>
    public static TimeSpan RetryDelay(int attempts, ExchangeOptions options)
    {
        var seconds = options.RetryBaseSeconds * Math.Pow(2, Math.Max(0, attempts - 1));
        return TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.FromHours(6).TotalSeconds));
    }

    /// <summary>The hub refused the package (at sending or later): given up with the hub's reason.</summary>
    public static void Rejected(ExchangeMessage message, string reason, DateTime now)
    {
        Require(message, ExchangeState.Waiting, ExchangeState.Retried, ExchangeState.Sent);
        if (message.State != ExchangeState.Sent)
        {
            message.Attempts++;
        }

        (message.FailedAt, message.NextAttemptAt, message.LastErrorKind) = (now, null, "Rejected");
        message.Reason = Trim(reason);
        Record(message, ExchangeState.Failed, now, "Trục liên thông từ chối: " + message.Reason);
    }

    public static void Acknowledged(ExchangeMessage message, DateTime now)
    {
        Require(message, ExchangeState.Sent);
        message.AcknowledgedAt = now;
        Record(message, ExchangeState.Received, now, "Nơi nhận đã xác nhận");
    }

    public static void Attached(ExchangeMessage message, int documentId, DateTime now, string note)
    {
        Require(message, ExchangeState.Received);
        message.DocumentId = documentId;
        message.Reason = null;
        Record(message, ExchangeState.Attached, now, note);
    }

    public static void Refused(ExchangeMessage message, string reason, DateTime now)
    {
        Require(message, ExchangeState.Received, ExchangeState.Attached);
        message.Reason = Trim(reason);
        Record(message, ExchangeState.Refused, now, "Từ chối: " + message.Reason);
    }

    private static string Trim(string reason) => reason.Length > ExchangeMessage.TextMax ? reason[..ExchangeMessage.TextMax] : reason;

    private static void Require(ExchangeMessage message, params ExchangeState[] from)
    {
        if (!from.Contains(message.State))
        {
            throw new InvalidOperationException($"Exchange message {message.Id} is {message.State}, not {string.Join(" or ", from)}.");
        }
    }
}
