namespace Loa.Web.Infrastructure.Jobs;

/// <summary>
/// This app instance as the holder of scheduled jobs' leases (<c>Loa.Notifications.JobLeases</c>): one name per
/// process, shared by every scheduled job of the instance, so that stopping gives all of them up at once.
/// </summary>
public sealed class JobInstance
{
    public string Holder { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
}
