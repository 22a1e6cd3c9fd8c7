using System.Net;
using System.Text.Json;
using Loa.Domain.Accounts;
using Loa.Feedbacks;
using Loa.IntegrationTests.Feedback;
using Loa.IntegrationTests.Infrastructure;
using Loa.Notifications;
using Loa.Web.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loa.IntegrationTests.Notifications;

/// <summary>
/// Zalo and SMS behind the one outbox, in mock mode (each request written to a folder): a citizen who consented hears of
/// the answer by Zalo, one who did not hears nothing; an officer who chose Zalo gets notices by Zalo.
/// </summary>
public sealed class MessageChannelTests(MessageChannelTests.MockApps apps) : IClassFixture<MessageChannelTests.MockApps>
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_citizen_who_ticked_the_box_is_told_of_the_approved_answer_by_Zalo(Engine engine)
    {
        var (app, zalo, _) = apps.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        var phone = UniquePhone();
        var values = FeedbackData.Valid(scenario);
        (values["Input.Phone"], values["Input.PhoneMessages"]) = (phone, "true");

        var code = await FeedbackData.SendAsync(app, scenario, values);
        var feedback = await FeedbackData.FindAsync(app, code);
        Assert.Equal(LoaAppFactory.Now.UtcDateTime, feedback.PhoneMessagesConsentAt);
        await AnsweredAsync(app, scenario, feedback.Id);
        await ApproveAsync(app, scenario, feedback.Id);

        var request = await WaitForRequestAsync(zalo, "84" + phone[1..]);
        Assert.Equal("100001", request.GetProperty("template_id").GetString());
        var data = request.GetProperty("template_data");
        Assert.Equal(feedback.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), data.GetProperty("so_phan_anh").GetString());
        Assert.EndsWith($"/x/{scenario.Commune.Code}/feedback/lookup", data.GetProperty("duong_dan").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(code, request.GetRawText(), StringComparison.Ordinal);
        await using var db = app.SystemDb();
        var message = await WaitForStateAsync(app, phone, MessageState.Sent);
        Assert.Equal((MessageChannel.Zalo, MessagePurposes.FeedbackAnswered, (string?)null), (message.Channel, message.Purpose, message.Parameters));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_citizen_who_did_not_tick_the_box_gets_no_Zalo_or_SMS(Engine engine)
    {
        var (app, _, _) = apps.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        var phone = UniquePhone();
        var values = FeedbackData.Valid(scenario);
        values["Input.Phone"] = phone;

        var feedback = await FeedbackData.FindAsync(app, await FeedbackData.SendAsync(app, scenario, values));
        Assert.Null(feedback.PhoneMessagesConsentAt);
        await AnsweredAsync(app, scenario, feedback.Id);
        await ApproveAsync(app, scenario, feedback.Id);

        // The notice would be written in the approval's own save: nothing there means nothing is ever sent.
        await using var db = app.SystemDb();
        Assert.Equal(FeedbackStatus.Approved, (await db.Feedback.IgnoreQueryFilters().SingleAsync(f => f.Id == feedback.Id)).Status);
        Assert.False(await db.OutgoingMessages.AnyAsync(m => m.To == phone));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_officer_who_chose_Zalo_gets_the_reminder_by_Zalo_and_one_who_chose_Loa_only_gets_nothing_outside(Engine engine)
    {
        var (app, zalo, _) = apps.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        var phone = UniquePhone();
        using (var officer = app.Session())
        {
            await officer.LoginAsync(scenario.Officer.UserName!);
            var page = await officer.GetPageAsync("/account/messages");
            Assert.NotNull(page.QuerySelector("input[name=Channel][value=Zalo]"));
            var refused = await officer.SubmitAsync(page, "form", new() { ["Channel"] = "Zalo", ["Phone"] = "0123" });
            var errors = WebSession.Parse(await refused.Content.ReadAsStringAsync(), "/").ValidationErrors();
            Assert.Contains(errors, e => e.StartsWith("Hãy ghi số điện thoại di động đúng", StringComparison.Ordinal));
            var form = await officer.GetPageAsync("/account/messages");
            var saved = await officer.SubmitAsync(form, "form", new() { ["Channel"] = "Zalo", ["Phone"] = phone });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using (var leader = app.Session())
        {
            await leader.LoginAsync(scenario.Leader.UserName!);
            var form = await leader.GetPageAsync("/account/messages");
            var saved = await leader.SubmitAsync(form, "form", new() { ["Channel"] = "AppOnly", ["Phone"] = phone });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var now = app.Clock.GetUtcNow().UtcDateTime;
        var title = $"Báo cáo quý IV sắp đến hạn ({scenario.Commune.Code})";
        await using (var db = app.SystemDb())
        {
            var stored = await db.Users.SingleAsync(u => u.Id == scenario.Officer.Id);
            Assert.Equal((ReminderChannel.Zalo, phone, (DateTime?)now), (stored.ReminderChannel, stored.PhoneNumber, stored.ReminderChannelChosenAt));
            var (province, commune) = (scenario.Commune.ProvinceId, (int?)scenario.Commune.Id);
            var people = new List<(string, int?, int?)> { (scenario.Officer.Id, province, commune), (scenario.Leader.Id, province, commune) };
            await Notifier.NotifyAsync(db, people, title, "Hạn gửi: 15/12/2026.", "/reports", $"test-reminder:{scenario.Commune.Code}", now);
            var channels = app.Services.GetRequiredService<MessageChannelSet>();
            await EmailDispatch.QueueNotificationsAsync(db, new EmailOptions { Mode = "Off" }, channels, now);
            var copied = await db.Notifications.Where(n => n.DedupKey == $"test-reminder:{scenario.Commune.Code}")
                .ToDictionaryAsync(n => n.UserId, n => n.EmailedAt is not null);
            Assert.Equal((true, false), (copied[scenario.Officer.Id], copied[scenario.Leader.Id]));
        }

        app.Services.GetRequiredService<MailSignal>().Ring();
        var request = await WaitForRequestAsync(zalo, "84" + phone[1..]);
        Assert.Equal("100002", request.GetProperty("template_id").GetString());
        Assert.Equal(title, request.GetProperty("template_data").GetProperty("noi_dung").GetString());
        Assert.Equal(scenario.Officer.FullName, request.GetProperty("template_data").GetProperty("ho_ten").GetString());
        await using (var db = app.SystemDb())
        {
            var messages = await db.OutgoingMessages.AsNoTracking().Where(m => m.To == phone).ToListAsync();
            Assert.Equal(MessageChannel.Zalo, Assert.Single(messages).Channel);
        }
    }

    private static string UniquePhone() => "09" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Puts the feedback in the state where the unit's answer waits for approval.</summary>
    private static async Task AnsweredAsync(LoaAppFactory app, Scenario scenario, int id)
    {
        await using var db = app.SystemDb();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await db.Feedback.IgnoreQueryFilters().Where(f => f.Id == id).ExecuteUpdateAsync(f => f
            .SetProperty(x => x.Status, FeedbackStatus.Answered)
            .SetProperty(x => x.AssignedUnitId, scenario.ServiceCentre.Id)
            .SetProperty(x => x.AssignedAt, now)
            .SetProperty(x => x.Answer, "Xã đã bố trí thêm một cán bộ chứng thực vào buổi sáng.")
            .SetProperty(x => x.AnsweredAt, now));
    }

    private static async Task ApproveAsync(LoaAppFactory app, Scenario scenario, int id)
    {
        using var leader = app.Session();
        await leader.LoginAsync(scenario.Leader.UserName!);
        var details = $"/feedback/details/{id}";
        var response = await leader.SubmitAsync(await leader.GetPageAsync(details), "form[action*='handler=Approve']", new());
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"approve answered {(int)response.StatusCode}: {await WebSession.Text(response)}");
    }

    /// <summary>The request the mock channel wrote for this number (the worker sends at once when rung).</summary>
    private static async Task<JsonElement> WaitForRequestAsync(string folder, string phone)
    {
        for (var i = 0; i < 100; i++)
        {
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.GetFiles(folder, "*.json"))
                {
                    var json = JsonDocument.Parse(await File.ReadAllTextAsync(file)).RootElement;
                    if (json.GetProperty("phone").GetString() == phone)
                    {
                        return json;
                    }
                }
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"no request for {phone} in {folder} within 10 s");
    }

    private static async Task<OutgoingMessage> WaitForStateAsync(LoaAppFactory app, string phone, MessageState state)
    {
        for (var i = 0; i < 100; i++)
        {
            await using var db = app.SystemDb();
            if (await db.OutgoingMessages.AsNoTracking().SingleOrDefaultAsync(m => m.To == phone && m.State == state) is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"no message to {phone} reached {state} within 10 s");
    }

    /// <summary>One app per engine with e-mail, Zalo and SMS in mock mode (folders), and the Zalo templates given ids.</summary>
    public sealed class MockApps : IDisposable
    {
        private readonly Dictionary<Engine, (LoaAppFactory App, string Zalo, string Sms)> apps = [];
        private readonly Lock gate = new();

        public (LoaAppFactory App, string Zalo, string Sms) App(Engine engine)
        {
            lock (gate)
            {
                if (!apps.TryGetValue(engine, out var entry))
                {
                    var root = Path.Combine(Path.GetTempPath(), "loa-messages-" + Guid.NewGuid().ToString("N"));
                    var (zalo, sms) = (Path.Combine(root, "zalo"), Path.Combine(root, "sms"));
                    var app = new LoaAppFactory(engine, settings: new Dictionary<string, string?>
                    {
                        ["Email:Mode"] = "Folder",
                        ["Email:Folder"] = Path.Combine(root, "mail"),
                        ["Zalo:Mode"] = "Mock",
                        ["Zalo:Folder"] = zalo,
                        ["Sms:Mode"] = "Mock",
                        ["Sms:Folder"] = sms,
                    });
                    _ = app.Server;
                    using (var db = app.SystemDb())
                    {
                        db.MessageTemplates.Where(t => t.Channel == MessageChannel.Zalo && t.Purpose == MessagePurposes.FeedbackAnswered)
                            .ExecuteUpdate(t => t.SetProperty(x => x.ZnsTemplateId, "100001"));
                        db.MessageTemplates.Where(t => t.Channel == MessageChannel.Zalo && t.Purpose == MessagePurposes.Reminder)
                            .ExecuteUpdate(t => t.SetProperty(x => x.ZnsTemplateId, "100002"));
                    }

                    entry = (app, zalo, sms);
                    apps[engine] = entry;
                }

                return entry;
            }
        }

        public void Dispose()
        {
            foreach (var (app, zalo, _) in apps.Values)
            {
                app.Dispose();
                var root = Path.GetDirectoryName(zalo)!;
                if (Directory.Exists(root))
                {
                    Directory.Delete(root, recursive: true);
                }
            }
        }
    }
}
