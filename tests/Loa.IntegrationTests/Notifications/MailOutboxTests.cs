using Loa.IntegrationTests.Accounts;
using Loa.IntegrationTests.Feedback;
using Loa.IntegrationTests.Infrastructure;
using Loa.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Notifications;

/// <summary>
/// One mail path: a citizen's receipt is put in the outbox in the same save as the feedback and sent by the mail
/// worker; the outbox keeps a body only until the mail is sent or given up.
/// </summary>
public sealed class MailOutboxTests(PasswordResetTests.MailApps apps) : IClassFixture<PasswordResetTests.MailApps>
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_feedback_receipt_leaves_through_the_outbox_and_its_code_is_not_kept_once_sent(Engine engine)
    {
        var (app, mail) = apps.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        var email = $"ngoc.{scenario.Commune.Code}@example.com";
        var values = FeedbackData.Valid(scenario);
        values["Input.Email"] = email;

        var code = await FeedbackData.SendAsync(app, scenario, values);

        var message = await PasswordResetTests.WaitForMailAsync(mail, email);
        Assert.Contains($"Mã tra cứu: {code}", message, StringComparison.Ordinal);
        await using var db = app.SystemDb();
        var queued = await db.OutgoingMessages.AsNoTracking().Where(m => m.To == email).ToListAsync();
        var sent = Assert.Single(queued);
        Assert.NotNull(sent.SentAt);
        Assert.Null(sent.Body);
        Assert.StartsWith("Mã tra cứu phản ánh, kiến nghị", sent.Subject, StringComparison.Ordinal);
    }
}

/// <summary>The outbox's retries: a mail that cannot be sent is tried again, then given up; an old one is not sent at all.</summary>
[Collection(AppCollection.Name)]
public sealed class MailOutboxRetryTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_failing_mail_is_tried_five_times_then_given_up_and_a_two_day_old_one_is_dropped(Engine engine)
    {
        var app = fixture.App(engine);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var now = DateTime.UtcNow;
        var blocked = Path.Combine(app.DataPath, "not-a-folder-" + tag);
        await File.WriteAllTextAsync(blocked, "a file where the mail folder should be");
        var broken = new EmailOptions { Mode = "Folder", Folder = blocked };
        long fresh, stale;
        await using (var db = app.SystemDb())
        {
            Assert.True(MailOutbox.Enqueue(db, broken, $"moi.{tag}@example.com", "Thư mới", "Nội dung bí mật", now));
            Assert.True(MailOutbox.Enqueue(db, broken, $"cu.{tag}@example.com", "Thư cũ", "Nội dung bí mật", now.AddDays(-3)));
            Assert.False(MailOutbox.Enqueue(db, new EmailOptions { Mode = "Off" }, $"tat.{tag}@example.com", "Thư khi tắt", "x", now));
            await db.SaveChangesAsync();
            fresh = (await db.OutgoingMessages.SingleAsync(m => m.To == $"moi.{tag}@example.com")).Id;
            stale = (await db.OutgoingMessages.SingleAsync(m => m.To == $"cu.{tag}@example.com")).Id;
            Assert.False(await db.OutgoingMessages.AnyAsync(m => m.To == $"tat.{tag}@example.com"));
        }

        for (var run = 1; run <= MailOutbox.MaxAttempts + 1; run++)
        {
            await using var db = app.SystemDb();
            // Each run comes after the pause that follows a failure (at most an hour), so each is an attempt.
            await MailOutbox.SendPendingAsync(db, broken, app.DataPath, now.AddHours(run));
            var mail = await db.OutgoingMessages.AsNoTracking().SingleAsync(m => m.Id == fresh);
            Assert.Equal(Math.Min(run, MailOutbox.MaxAttempts), mail.Attempts);
            Assert.Equal(run >= MailOutbox.MaxAttempts ? MessageState.GivenUp : MessageState.Failed, mail.State);
            Assert.Equal(MessageChannel.Email, mail.Channel);
            Assert.Equal(run >= MailOutbox.MaxAttempts, mail.GivenUpAt is not null);
            Assert.Equal(run >= MailOutbox.MaxAttempts, mail.Body is null);
            Assert.Null(mail.SentAt);
        }

        await using (var db = app.SystemDb())
        {
            var old = await db.OutgoingMessages.AsNoTracking().SingleAsync(m => m.Id == stale);
            Assert.Equal((0, true, true), (old.Attempts, old.GivenUpAt is not null, old.Body is null));
        }
    }
}
