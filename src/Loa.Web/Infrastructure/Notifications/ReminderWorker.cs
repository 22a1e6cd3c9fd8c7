using Loa.Data;
using Loa.Domain;
using Loa.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Notifications;

/// <summary>
/// Wakes every <see cref="ReminderOptions.IntervalMinutes"/>, takes the "reminders" lease (so that with several
/// instances on one database only one works), leaves the due reminders and e-mails their copies; then anonymises
/// closed feedback past its retention period (under its own lease). Its leases are the instance's
/// (<see cref="Jobs.JobInstance"/>), given up when it stops (<see cref="Jobs.JobLeaseRelease"/>).
/// </summary>
public sealed class ReminderWorker(
    IServiceScopeFactory scopes,
    Jobs.JobInstance instance,
    IOptions<ReminderOptions> options,
    IOptions<EmailOptions> email,
    MailSignal mailSignal,
    MessageChannelSet channels,
    IOptions<Loa.Feedbacks.FeedbackOptions> feedback,
    LoaPaths paths,
    TimeProvider time,
    ILogger<ReminderWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var interval = options.Value.Interval;
        try
        {
            // Let the app finish starting (migrations, demo) before the first run.
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, options.Value.StartDelaySeconds)), time, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunOnceAsync(interval, stoppingToken);
                await Task.Delay(interval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunOnceAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var dbOptions = scope.ServiceProvider.GetRequiredService<DbContextOptions<LoaDbContext>>();
            await using var db = new LoaDbContext(dbOptions, new FixedTenantScope(TenantScope.System));
            var now = time.GetUtcNow().UtcDateTime;
            if (!await JobLeases.TryTakeAsync(db, "reminders", instance.Holder, now, interval, cancellationToken))
            {
                return;
            }

            var sent = await ReminderJob.RunAsync(db, VietnamTime.Today(time), now, cancellationToken);
            var mailed = await EmailDispatch.QueueNotificationsAsync(db, email.Value, channels, now, cancellationToken);
            if (mailed > 0)
            {
                mailSignal.Ring();
            }

            db.ChangeTracker.Clear();
            var retentionMonths = feedback.Value.RetentionMonths;
            var anonymised = await Loa.Feedbacks.FeedbackRetention.RunAsync(db, instance.Holder, now, retentionMonths, paths.Data, cancellationToken);
            if (anonymised > 0)
            {
                logger.LogInformation("Feedback retention: {Count} closed feedback items anonymised.", anonymised);
            }

            // under the same lease: the askers' details of questions to dialogues long past
            if (anonymised is not null && await Loa.Dialogues.DialogueRetention.RunAsync(db, now, retentionMonths, cancellationToken) is > 0 and var questions)
            {
                logger.LogInformation("Dialogue retention: {Count} questions anonymised.", questions);
            }

            if (sent > 0 || mailed > 0)
            {
                logger.LogInformation("Reminders: {Sent} notifications left, {Mailed} copies queued (e-mail, Zalo, SMS).", sent, mailed);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A failed run is retried at the next interval; it must not stop the app.
            logger.LogError(exception, "The reminder run failed.");
        }
    }
}
