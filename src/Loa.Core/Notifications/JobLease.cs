namespace Loa.Notifications;

/// <summary>
/// Who runs a scheduled job now. An app instance takes the lease by an update that only succeeds when the lease
/// is free or expired, so that with several instances the job runs once.
/// </summary>
public sealed class JobLease
{
    public string Name { get; set; } = "";

    public string Holder { get; set; } = "";

    public DateTime ExpiresAt { get; set; }

    public DateTime? LastRunAt { get; set; }
}
