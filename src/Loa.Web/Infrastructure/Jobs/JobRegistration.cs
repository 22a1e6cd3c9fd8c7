namespace Loa.Web.Infrastructure.Jobs;

public static class JobRegistration
{
    /// <summary>The instance's holder name and the release of its leases on stop; call before registering any scheduled job.</summary>
    public static IServiceCollection AddJobLeases(this IServiceCollection services)
    {
        services.AddSingleton<JobInstance>();
        services.AddHostedService<JobLeaseRelease>();
        return services;
    }
}
