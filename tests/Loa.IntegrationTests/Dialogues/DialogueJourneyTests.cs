using System.Globalization;
using System.IO.Compression;
using System.Net;
using Loa.Activities;
using Loa.Dialogues;
using Loa.Feedbacks;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Dialogues;

/// <summary>
/// A dialogue from scheduling to published minutes, through HTTP: announced on the portal, questions sent with the feedback
/// safeguards, grouped and answered, held (one activity on its task), minutes with photos, approved, published without any
/// asker's data; a question sent on as feedback with a tracking code.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DialogueJourneyTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_dialogue_goes_from_announcement_to_published_minutes_and_counts_once_as_an_activity(Engine engine)
    {
        var app = fixture.App(engine);
        using var restore = app.Clock.RestoreAfterwards();
        var a = await Scenario.CreateAsync(app, withActivity: false);
        var portal = DialogueData.Portal(a);
        using var coordinator = app.Session();
        await coordinator.LoginAsync(a.Coordinator.UserName!);

        // scheduled: not on the portal yet
        var id = await DialogueData.ScheduleAsync(coordinator, a);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Session().Client.GetAsync($"{portal}/dialogues/{id}")).StatusCode);
        Assert.DoesNotContain(DialogueData.Subject(a), (await app.Session().GetPageAsync($"{portal}/dialogues")).Text(), StringComparison.Ordinal);

        // announced: listed as upcoming, with the question form
        Assert.Equal(HttpStatusCode.Redirect, (await DialogueData.StepAsync(coordinator, id, "announce")).StatusCode);
        var list = await app.Session().GetPageAsync($"{portal}/dialogues");
        Assert.Contains(DialogueData.Subject(a), list.Text(), StringComparison.Ordinal);
        Assert.Contains(portal + "/dialogues", (await app.Session().GetPageAsync(portal)).DocumentElement.OuterHtml, StringComparison.Ordinal);

        // questions: the human check and the consent refuse, nothing is saved; then two are received with their numbers
        using (var robot = app.Session())
        {
            var values = DialogueData.Ask(a, 0);
            values["website"] = "http://spam.example";
            var refused = await DialogueData.AskAsync(robot, a, id, values);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("Không gửi được biểu mẫu", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            values = DialogueData.Ask(a, 0);
            values["Input.Consent"] = null;
            var noConsent = WebSession.Parse(await (await DialogueData.AskAsync(robot, a, id, values)).Content.ReadAsStringAsync(), "/");
            Assert.Contains(noConsent.ValidationErrors(), e => e.Contains("Hãy đánh dấu đồng ý", StringComparison.Ordinal));
        }

        await using (var db = app.SystemDb())
        {
            Assert.Equal(0, await db.DialogueQuestions.IgnoreQueryFilters().CountAsync(q => q.DialogueId == id));
        }

        for (var n = 1; n <= 2; n++)
        {
            using var citizen = app.Session();
            var sent = await DialogueData.AskAsync(citizen, a, id, DialogueData.Ask(a, n));
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
            Assert.Equal($"{portal}/dialogues/{id}/sent", sent.Headers.Location!.OriginalString);
            var receipt = await citizen.Client.GetAsync($"{portal}/dialogues/{id}/sent");
            Assert.Contains("no-store", receipt.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
            var page = WebSession.Parse(await receipt.Content.ReadAsStringAsync(), "/");
            Assert.Equal(n.ToString(CultureInfo.InvariantCulture), page.QuerySelector("#question-number")?.TextContent.Trim());
        }

        // the coordinator groups both questions under one topic, says who answers and writes the answer
        var questions = await coordinator.GetPageAsync($"/dialogues/questions/{id}");
        Assert.Contains(DialogueData.AskerPhone, questions.Text(), StringComparison.Ordinal);
        var ids = questions.QuerySelectorAll("input[name=Selected]").Select(i => i.GetAttribute("value")!).ToList();
        Assert.Equal(2, ids.Count);
        var grouped = await coordinator.SubmitAsync(questions, "#group-form", new() { ["Selected"] = ids, ["NewTitle"] = "Cấp giấy chứng nhận quyền sử dụng đất" });
        Assert.Equal(HttpStatusCode.Redirect, grouped.StatusCode);
        questions = await coordinator.GetPageAsync($"/dialogues/questions/{id}");
        const string Answer = "Hồ sơ quá hạn do chờ đo đạc lại; Văn phòng đăng ký đất đai trả kết quả trước ngày 20/7/2026.";
        var saved = await coordinator.SubmitAsync(questions, "form.group-form", new()
        {
            ["Group.AnswerUnitId"] = a.ServiceCentre.Id,
            ["Group.AnswerPerson"] = "Ông Trần Văn Bình, Giám đốc Trung tâm",
            ["Group.Answer"] = Answer,
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // a unit officer reads the questions but never the askers' details
        using (var officer = app.Session())
        {
            await officer.LoginAsync(a.Officer.UserName!);
            var read = await officer.GetPageAsync($"/dialogues/questions/{id}");
            Assert.Contains(DialogueData.Question(a, 1), read.Text(), StringComparison.Ordinal);
            Assert.DoesNotContain(DialogueData.AskerPhone, read.Text(), StringComparison.Ordinal);
            Assert.DoesNotContain(DialogueData.AskerName, read.Text(), StringComparison.Ordinal);
        }

        // the day comes: no more questions; held, it counts as one activity of its task
        app.Clock.Now = DialogueData.StartsAt.AddHours(1);
        using (var late = app.Session())
        {
            var page = await late.GetPageAsync($"{portal}/dialogues/{id}");
            Assert.Null(page.QuerySelector("form.question-form"));
        }

        await coordinator.LoginAsync(a.Coordinator.UserName!); // nine days later: a new session
        Assert.Equal(HttpStatusCode.Redirect, (await DialogueData.StepAsync(coordinator, id, "held")).StatusCode);
        await AssertOneActivityAsync(app, a, id, participants: null);

        // the minutes: attendance, conclusion, a photo whose GPS is removed; the activity's reach follows
        var minutes = await coordinator.GetPageAsync($"/dialogues/minutes/{id}");
        var photo = ExifPhoto.Jpeg(400, 200, orientation: 1);
        var recorded = await coordinator.SubmitAsync(minutes, "form.minutes-form", new()
        {
            ["Attendance"] = "120",
            ["CitizenAttendance"] = "100",
            ["BusinessAttendance"] = "15",
            ["Conclusion"] = "Chủ tịch giao Văn phòng đăng ký đất đai giải quyết dứt điểm hồ sơ quá hạn trong tháng 7.",
        }, [("Files", "hoi-truong.jpg", photo)]);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        await AssertOneActivityAsync(app, a, id, participants: 120);
        await using (var db = app.SystemDb())
        {
            var stored = await db.DialoguePhotos.IgnoreQueryFilters().SingleAsync(p => p.DialogueId == id);
            var folder = Path.Combine(app.DataPath, "uploads", a.Commune.Id.ToString(CultureInfo.InvariantCulture), "dialogues");
            var onDisk = await File.ReadAllBytesAsync(Path.Combine(folder, stored.StoredName));
            Assert.False(ExifPhoto.Contains(onDisk, ExifPhoto.GpsMarker));
        }

        // the coordinator cannot approve; the leader approves and publishes
        Assert.Null((await coordinator.GetPageAsync($"/dialogues/details/{id}")).QuerySelector("#step-approve"));
        using var leader = app.Session();
        await leader.LoginAsync(a.Leader.UserName!);
        Assert.Equal(HttpStatusCode.Redirect, (await DialogueData.StepAsync(leader, id, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DialogueData.StepAsync(leader, id, "publish")).StatusCode);

        // the portal shows the minutes and the answer, never a question's text or its asker
        var published = await app.Session().Client.GetAsync($"{portal}/dialogues/{id}");
        var html = await published.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Contains(Answer, html, StringComparison.Ordinal);
        Assert.Contains("Cấp giấy chứng nhận quyền sử dụng đất", html, StringComparison.Ordinal);
        Assert.Contains("<strong>120</strong>", html, StringComparison.Ordinal);
        foreach (var secret in new[] { DialogueData.AskerName, DialogueData.AskerPhone, DialogueData.AskerAddress, "hanh.doan@example.com", DialogueData.Question(a, 1) })
        {
            Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
        }

        // the minutes as a Decree 30 .docx
        var docx = await leader.Client.GetAsync($"/dialogues/details/{id}?handler=Docx");
        Assert.Equal(DialogueMinutesDocxWriter.ContentType, docx.Content.Headers.ContentType?.MediaType);
        using (var zip = new ZipArchive(await docx.Content.ReadAsStreamAsync()))
        {
            using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
            var xml = await reader.ReadToEndAsync();
            Assert.Contains("BIÊN BẢN", xml, StringComparison.Ordinal);
            Assert.Contains("/BB-UBND", xml, StringComparison.Ordinal);
            Assert.Contains(Answer, xml, StringComparison.Ordinal);
            Assert.DoesNotContain("Dự thảo", xml, StringComparison.Ordinal);
        }

        // reopened and corrected: still one activity, with the new attendance
        Assert.Equal(HttpStatusCode.Redirect, (await DialogueData.StepAsync(leader, id, "reopen")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Session().Client.GetAsync($"{portal}/dialogues/{id}?handler=Photo&photo=1")).StatusCode);
        minutes = await coordinator.GetPageAsync($"/dialogues/minutes/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(minutes, "form.minutes-form", new() { ["Attendance"] = "130" })).StatusCode);
        await AssertOneActivityAsync(app, a, id, participants: 130);

        // a question that needs follow-up becomes feedback with a tracking code; the asker's details move there
        questions = await coordinator.GetPageAsync($"/dialogues/questions/{id}");
        var followed = await coordinator.SubmitAsync(questions, "#follow-up-form", []);
        Assert.Equal(HttpStatusCode.Redirect, followed.StatusCode);
        var flash = (await coordinator.GetPageAsync($"/dialogues/questions/{id}")).QuerySelector(".flash")!.TextContent;
        var code = System.Text.RegularExpressions.Regex.Match(flash, "[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}").Value;
        await using (var db = app.SystemDb())
        {
            var question = await db.DialogueQuestions.IgnoreQueryFilters().SingleAsync(q => q.DialogueId == id && q.FeedbackId != null);
            var feedback = await db.Feedback.IgnoreQueryFilters().SingleAsync(f => f.Id == question.FeedbackId);
            Assert.Equal(TrackingCode.Hash(code), feedback.TrackingHash);
            Assert.Equal((DialogueData.AskerName, DialogueData.AskerPhone, FeedbackStatus.Received), (feedback.Name, feedback.Phone, feedback.Status));
            Assert.Equal(question.Content, feedback.Content);
            Assert.Null(question.Name);
            Assert.Null(question.Phone);
        }

        using var asker = app.Session();
        var lookup = await asker.GetPageAsync($"{portal}/feedback/lookup");
        var found = await asker.SubmitAsync(lookup, "form", new() { ["TrackingCode"] = code });
        Assert.Contains(FeedbackStatus.Received.PublicLabel(), await found.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task AssertOneActivityAsync(LoaAppFactory app, Scenario scenario, int dialogueId, int? participants)
    {
        await using var db = app.SystemDb();
        var activities = await db.Activities.IgnoreQueryFilters().Where(x => x.CommuneId == scenario.Commune.Id).ToListAsync();
        var activity = Assert.Single(activities);
        var dialogue = await db.Dialogues.IgnoreQueryFilters().SingleAsync(d => d.Id == dialogueId);
        Assert.Equal(dialogue.ActivityId, activity.Id);
        Assert.Equal(
            (scenario.ArticlesTask.Id, ChannelKind.Dialogue, participants, new DateOnly(2026, 7, 10)),
            (activity.TaskId, activity.Channel, activity.Participants, activity.Date));
    }
}
