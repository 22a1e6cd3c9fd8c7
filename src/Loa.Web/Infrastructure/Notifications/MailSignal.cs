namespace Loa.Web.Infrastructure.Notifications;

/// <summary>
/// Tells the mail worker that a mail waits in the outbox, so that it goes out within a moment instead of at the
/// worker's next look (<see cref="MailWorker"/>). Ringing is cheap and never blocks; many rings make one wake-up.
/// </summary>
public sealed class MailSignal : IDisposable
{
    private readonly SemaphoreSlim bell = new(0, 1);

    public void Ring()
    {
        try
        {
            bell.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already rung and not yet heard: one wake-up sends everything that waits.
        }
    }

    public void Dispose() => bell.Dispose();

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => bell.WaitAsync(timeout, cancellationToken);
}
