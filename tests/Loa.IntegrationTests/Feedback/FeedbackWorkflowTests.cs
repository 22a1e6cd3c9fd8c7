using System.Globalization;
using System.Net;
using Loa.Feedbacks;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Feedback;

/// <summary>
/// The staff side: received → assigned → answered (returned once) → approved → published, deadlines and overdue marks,
/// reminders, who sees what.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class FeedbackWorkflowTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Feedback_goes_from_received_to_published_with_every_step_audited_and_notified(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var code = await FeedbackData.SendAsync(app, a);
        var id = (await FeedbackData.FindAsync(app, code)).Id;
        var details = $"/feedback/details/{id}";

        // the coordinator finds it in the inbox with its deadline and gives it to the service centre
        using var coordinator = app.Session();
        await coordinator.LoginAsync(a.Coordinator.UserName!);
        var inbox = await coordinator.GetPageAsync("/feedback");
        var row = inbox.QuerySelector($"tr[data-feedback='{id}']");
        Assert.NotNull(row);
        Assert.Contains("15/07/2026", row.TextContent, StringComparison.Ordinal);
        var page = await coordinator.GetPageAsync(details);
        Assert.Contains(FeedbackData.Phone, page.Text(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form[action*='handler=Answer']"));
        await StepAsync(coordinator, details, "Assign", new() { ["Input.UnitId"] = a.ServiceCentre.Id.ToString(CultureInfo.InvariantCulture) });

        // the centre's officer sees it, answers
        using var officer = app.Session();
        await officer.LoginAsync(a.Officer.UserName!);
        Assert.NotNull((await officer.GetPageAsync("/feedback")).QuerySelector($"tr[data-feedback='{id}']"));
        var empty = await officer.SubmitAsync(await officer.GetPageAsync(details), "form[action*='handler=Answer']", new() { ["Input.Answer"] = " " });
        Assert.Contains("Hãy viết nội dung trả lời", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await StepAsync(officer, details, "Answer", new() { ["Input.Answer"] = "Bản nháp chưa đủ." });

        // the leader sends it back once, then approves the second answer
        using var leader = app.Session();
        await leader.LoginAsync(a.Leader.UserName!);
        await StepAsync(leader, details, "Return", new() { ["Input.ReturnComment"] = "Cần nêu rõ thời gian áp dụng." });
        Assert.Contains("Cần nêu rõ thời gian áp dụng.", (await officer.GetPageAsync(details)).Text(), StringComparison.Ordinal);
        const string answer = "Từ ngày 15/7/2026, Trung tâm bố trí thêm một quầy chứng thực vào sáng thứ Hai.";
        await StepAsync(officer, details, "Answer", new() { ["Input.Answer"] = answer });
        await StepAsync(leader, details, "Approve", new());

        // the citizen reads it by code
        using (var citizen = app.Session())
        {
            var lookup = await citizen.GetPageAsync(FeedbackData.Portal(a) + "/feedback/lookup");
            var result = await citizen.SubmitAsync(lookup, "form", new() { ["TrackingCode"] = code });
            Assert.Contains(answer, await result.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // publishing refuses a public version that still names the sender; a clean one goes on the portal
        var publish = await coordinator.GetPageAsync(details);
        var leaked = await coordinator.SubmitAsync(publish, "form[action*='handler=Publish']", new()
        {
            ["Input.PublicSubject"] = "Chờ chứng thực",
            ["Input.PublicQuestion"] = $"Bà {FeedbackData.Name} (ĐT 0913579246) phản ánh chờ lâu.",
        });
        var errors = WebSession.Parse(await leaked.Content.ReadAsStringAsync(), details).ValidationErrors();
        Assert.Contains(errors, e => e.Contains("họ tên", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("số điện thoại", StringComparison.Ordinal));
        await StepAsync(coordinator, details, "Publish", new()
        {
            ["Input.PublicSubject"] = "Thời gian chờ chứng thực",
            ["Input.PublicQuestion"] = "Người dân phản ánh thời gian chờ chứng thực vào sáng thứ Hai quá lâu.",
        });

        using (var citizen = app.Session())
        {
            var answers = (await citizen.GetPageAsync(FeedbackData.Portal(a) + "/feedback/answers")).Text();
            Assert.Contains("Người dân phản ánh thời gian chờ chứng thực vào sáng thứ Hai quá lâu.", answers, StringComparison.Ordinal);
            Assert.Contains(answer, answers, StringComparison.Ordinal);
            Assert.DoesNotContain(FeedbackData.Name, answers, StringComparison.Ordinal);
            Assert.DoesNotContain(FeedbackData.Content(a), answers, StringComparison.Ordinal);
        }

        await using var db = app.SystemDb();
        var stored = await db.Feedback.IgnoreQueryFilters().SingleAsync(f => f.Id == id);
        Assert.Equal(FeedbackStatus.Published, stored.Status);
        Assert.Equal(a.Leader.Id, stored.ApprovedById);
        Assert.Equal(a.Officer.Id, stored.AnsweredById);
        Assert.NotNull(stored.ClosedAt);
        var key = id.ToString(CultureInfo.InvariantCulture);
        var actions = await db.AuditEntries
            .Where(e => e.EntityType == "Feedback" && e.EntityId == key && e.Action.StartsWith("feedback-"))
            .Select(e => e.Action)
            .ToListAsync();
        Assert.Equal(
            ["feedback-answer", "feedback-answer", "feedback-approve", "feedback-assign", "feedback-publish", "feedback-return"],
            actions.Order().ToList());
        Assert.True(await db.Notifications.AnyAsync(n => n.UserId == a.Officer.Id && n.Link == details && n.Title.Contains("giao xử lý")));
        Assert.True(await db.Notifications.AnyAsync(n => n.UserId == a.Officer.Id && n.Title.Contains("bị trả lại")));
        Assert.True(await db.Notifications.AnyAsync(n => n.UserId == a.Leader.Id && n.Title.Contains("chờ duyệt")));
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Detail != null && (e.Detail.Contains(FeedbackData.Phone) || e.Detail.Contains(FeedbackData.Name))));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Steps_out_of_turn_or_role_are_refused_and_other_units_do_not_see_it(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var (received, _) = await FeedbackData.AddAsync(app, a, FeedbackStatus.Received);
        var details = $"/feedback/details/{received.Id}";

        // the leader may not assign; a unit officer does not see feedback not given to their unit
        using var leader = app.Session();
        await leader.LoginAsync(a.Leader.UserName!);
        var token = WebSession.AntiforgeryToken(await leader.GetPageAsync(details));
        var assign = await leader.Client.PostAsync(details + "?handler=Assign", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("Input.Version", "0"),
            new("Input.UnitId", a.Culture.Id.ToString(CultureInfo.InvariantCulture)),
        ]));
        var toAccessDenied = assign.Headers.Location?.OriginalString.Contains("accessdenied", StringComparison.OrdinalIgnoreCase) != false;
        Assert.True(
            assign.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect && toAccessDenied,
            $"assign by the leader → {(int)assign.StatusCode}");
        using var officer = app.Session();
        await officer.LoginAsync(a.Officer.UserName!);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.Client.GetAsync(details)).StatusCode);
        Assert.Null((await officer.GetPageAsync("/feedback?show=all")).QuerySelector($"tr[data-feedback='{received.Id}']"));

        // approving what has no answer yet is refused with a message
        var approve = await leader.Client.PostAsync(
            details + "?handler=Approve", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.Version", "0")]));
        Assert.Contains("không còn thực hiện được", await approve.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // the leader closes it as a complaint: the citizen is pointed to the complaint procedure
        using var coordinator = app.Session();
        await coordinator.LoginAsync(a.Coordinator.UserName!);
        await StepAsync(
            coordinator,
            details,
            "Reject",
            new() { ["Input.RejectionKind"] = "Complaint", ["Input.RejectionReason"] = "Đây là khiếu nại quyết định xử phạt." });
        await using var db = app.SystemDb();
        var stored = await db.Feedback.IgnoreQueryFilters().SingleAsync(f => f.Id == received.Id);
        Assert.Equal((FeedbackStatus.Rejected, (RejectionKind?)RejectionKind.Complaint), (stored.Status, stored.RejectionKind));
        Assert.Null(stored.AssignedUnitId);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Overdue_feedback_is_marked_filtered_and_reminded(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var today = new DateOnly(2026, 7, 1);
        var (late, _) = await FeedbackData.AddAsync(
            app,
            a,
            FeedbackStatus.Assigned,
            f => (f.ReceivedAt, f.DueOn) = (new DateTime(2026, 6, 10, 2, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 6, 24)));
        var (dueToday, _) = await FeedbackData.AddAsync(app, a, FeedbackStatus.Received, f => f.DueOn = today);
        var (answeredLate, _) = await FeedbackData.AddAsync(app, a, FeedbackStatus.Published, f => f.DueOn = new DateOnly(2026, 6, 1));

        using var coordinator = app.Session();
        await coordinator.LoginAsync(a.Coordinator.UserName!);
        var inbox = await coordinator.GetPageAsync("/feedback?show=all");
        Assert.Contains("Quá hạn", inbox.QuerySelector($"tr[data-feedback='{late.Id}']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("late", inbox.QuerySelector($"tr[data-feedback='{late.Id}']")!.ClassName ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("Quá hạn", inbox.QuerySelector($"tr[data-feedback='{dueToday.Id}']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sắp đến hạn", inbox.QuerySelector($"tr[data-feedback='{dueToday.Id}']")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Quá hạn", inbox.QuerySelector($"tr[data-feedback='{answeredLate.Id}']")!.TextContent, StringComparison.Ordinal);

        var overdue = await coordinator.GetPageAsync("/feedback?show=overdue");
        Assert.Equal(
            [late.Id.ToString(CultureInfo.InvariantCulture)],
            overdue.QuerySelectorAll("tr[data-feedback]").Select(r => r.GetAttribute("data-feedback")!).ToList());
        var lateDetails = await coordinator.GetPageAsync($"/feedback/details/{late.Id}");
        Assert.Contains("Quá hạn", lateDetails.QuerySelector(".page-head")!.TextContent, StringComparison.Ordinal);

        // the reminder job tells the unit and the leader about the late one, the coordinator about the one due today; once
        await using var db = app.SystemDb();
        await FeedbackReminders.RunAsync(db, today, LoaAppFactory.Now.UtcDateTime);
        Assert.Equal(0, await FeedbackReminders.RunAsync(db, today, LoaAppFactory.Now.UtcDateTime));
        var link = $"/feedback/details/{late.Id}";
        Assert.True(await db.Notifications.AnyAsync(n => n.UserId == a.Officer.Id && n.Link == link && n.Title.Contains("quá hạn")));
        Assert.True(await db.Notifications.AnyAsync(n => n.UserId == a.Leader.Id && n.Link == link && n.Title.Contains("quá hạn")));
        Assert.True(await db.Notifications.AnyAsync(n =>
            n.UserId == a.Coordinator.Id && n.Link == $"/feedback/details/{dueToday.Id}" && n.Title.Contains("sắp đến hạn")));
        Assert.False(await db.Notifications.AnyAsync(n => n.Link == $"/feedback/details/{answeredLate.Id}"));
    }

    private static async Task StepAsync(WebSession session, string details, string handler, Dictionary<string, object?> values)
    {
        var page = await session.GetPageAsync(details);
        var response = await session.SubmitAsync(page, $"form[action*='handler={handler}']", values);
        var errors = WebSession.Parse(await response.Content.ReadAsStringAsync(), details).ValidationErrors();
        Assert.True(
            response.StatusCode == HttpStatusCode.Redirect, $"{handler} answered {(int)response.StatusCode}: {string.Join(" | ", errors)}");
    }
}
