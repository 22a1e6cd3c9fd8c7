using Loa.Backups;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Backups;

/// <summary>The scheduled backup's settings (checked at start: a wrong setting stops the app rather than silently making no backups) and its worker.</summary>
public static class BackupRegistration
{
    public static IServiceCollection AddScheduledBackup(this IServiceCollection services)
    {
        services.AddOptions<BackupOptions>().BindConfiguration(BackupOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BackupOptions>, BackupOptionsValidation>();
        services.AddHostedService<BackupWorker>();
        return services;
    }

    private sealed class BackupOptionsValidation : IValidateOptions<BackupOptions>
    {
        public ValidateOptionsResult Validate(string? name, BackupOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
