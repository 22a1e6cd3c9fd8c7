namespace Loa.Notifications;

/// <summary>
/// One way out of the outbox: e-mail (<see cref="EmailChannel"/>), Zalo ZNS (<see cref="ZaloZnsChannel"/>), SMS
/// (<see cref="SmsGatewayChannel"/>). Each is off by default and has a mock mode that writes what it would send to a
/// folder. Only <see cref="MessageOutbox"/> calls <see cref="SendAsync"/>.
/// </summary>
public interface IMessageChannel
{
    MessageChannel Channel { get; }

    /// <summary>Whether this channel sends at all (its mode is not "Off"): when off, nothing is queued for it.</summary>
    bool IsOn { get; }

    /// <summary>Sends the message, or throws <see cref="MessageSendException"/>.</summary>
    Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}

/// <summary>A message that did not leave: <see cref="Kind"/> is recorded (never a text that may quote the message); a permanent one is not retried.</summary>
public sealed class MessageSendException(string kind, bool permanent, Exception? inner = null)
    : Exception($"The message was not sent: {kind}.", inner)
{
    public string Kind { get; } = kind;

    public bool Permanent { get; } = permanent;
}

/// <summary>The channels a running Loa has, and which of them send.</summary>
public sealed class MessageChannelSet(IEnumerable<IMessageChannel> channels)
{
    public IReadOnlyList<IMessageChannel> All { get; } = channels.ToList();

    public bool IsOn(MessageChannel channel) => All.Any(c => c.Channel == channel && c.IsOn);

    public bool AnyOn => All.Any(c => c.IsOn);

    public IMessageChannel? Get(MessageChannel channel) => All.FirstOrDefault(c => c.Channel == channel && c.IsOn);
}

/// <summary>Mode "Off" (the default), "Mock" (writes to a folder) or "Live".</summary>
public static class ChannelModes
{
    public static bool IsOff(string? mode) => string.IsNullOrWhiteSpace(mode) || string.Equals(mode, "Off", StringComparison.OrdinalIgnoreCase);

    public static bool IsMock(string? mode) => string.Equals(mode, "Mock", StringComparison.OrdinalIgnoreCase);
}
