using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Loa.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Surveys;

/// <summary>
/// A contest from the template, linked to a task: started and scored on the server, its time limit enforced, its participants
/// counted as the task's reach, its ranking masked.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ContestTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_contest_is_scored_on_the_server_its_time_limit_holds_and_its_participants_count_for_the_task(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        using var staff = app.Session();
        await staff.LoginAsync(a.Leader.UserName!);
        var created = await staff.SubmitAsync(
            await staff.GetPageAsync("/surveys/create"), "form", new() { ["Start"] = "contest", ["Title"] = $"Rung chuông vàng CCHC {a.Commune.Code}" });
        SurveyData.AssertRedirect(created, "create");
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var taskId = a.ArticlesTask.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var linked = await staff.SubmitAsync(
            await staff.GetPageAsync($"/surveys/details/{id}"), "form[action*='handler=Link']", new() { ["taskId"] = taskId });
        SurveyData.AssertRedirect(linked, "link");
        SurveyData.AssertRedirect(await staff.SubmitAsync(await staff.GetPageAsync($"/surveys/details/{id}"), "form.publish", new()), "publish");

        List<SurveyQuestion> questions;
        await using (var db = app.SystemDb())
        {
            questions = await db.SurveyQuestions.Where(q => q.SurveyId == id).OrderBy(q => q.Order).ToListAsync();
            var survey = await db.Surveys.IgnoreQueryFilters().SingleAsync(s => s.Id == id);
            var activity = await db.Activities.IgnoreQueryFilters().SingleAsync(x => x.Id == survey.ActivityId);
            Assert.Equal((a.ArticlesTask.Id, 0), (activity.TaskId, activity.Participants ?? -1));
        }

        var url = $"/x/{a.Commune.Code}/surveys/{id}";
        using var citizen = app.Session();
        var start = await citizen.GetPageAsync(url);
        Assert.Null(start.QuerySelector("form.take-form"));

        // name and phone without consent: refused, nothing started
        var noConsent = await citizen.SubmitAsync(start, "form.take-start", new() { ["name"] = "Nguyễn Thị Lan", ["phone"] = "0912345678" });
        var shownAgain = await noConsent.Content.ReadAsStringAsync();
        Assert.Contains("Hãy đánh dấu ô đồng ý", shownAgain, StringComparison.Ordinal);
        Assert.Equal(0, await SurveyData.ResponsesAsync(app, id, submittedOnly: false));

        // sent again from the page shown with the message (a form's stamp is good for one sending)
        var consented = new Dictionary<string, object?> { ["name"] = "Nguyễn Thị Lan", ["phone"] = "0912 345 678", ["consent"] = "true" };
        SurveyData.AssertRedirect(await citizen.SubmitAsync(WebSession.Parse(shownAgain, url), "form.take-start", consented), "start");
        var paper = await citizen.GetPageAsync(url);
        var fields = SurveyData.Fields(paper);
        Assert.Equal(10, fields.Count);
        Assert.NotNull(paper.QuerySelector(".timer[data-deadline]"));

        // the first seven right, the last three wrong: 70 of 100
        var answers = new Dictionary<string, object?>();
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            var right = Enumerable.Range(0, q.Options.Count)
                .Where(o => (q.CorrectMask & (1 << o)) != 0)
                .Select(o => o.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .ToList();
            var wrong = Enumerable.Range(0, q.Options.Count)
                .First(o => (q.CorrectMask & (1 << o)) == 0)
                .ToString(System.Globalization.CultureInfo.InvariantCulture);
            answers[fields[i]] = i < 7 ? right : new List<string> { wrong };
        }

        // other tests move the shared clock forward: time is counted from where it stands now
        var started = app.Clock.Now;
        app.Clock.Now = started.AddMinutes(5);
        try
        {
            // a question left out is refused with its number
            var partial = new Dictionary<string, object?>(answers) { [fields[9]] = null };
            var incomplete = WebSession.Parse(await (await citizen.SubmitAsync(paper, "form.take-form", partial)).Content.ReadAsStringAsync(), url);
            Assert.Contains("Câu 10: hãy chọn một phương án.", incomplete.ValidationErrors());

            SurveyData.AssertRedirect(await citizen.SubmitAsync(incomplete, "form.take-form", answers), "submit");
            var result = await citizen.GetPageAsync(url);
            Assert.Contains("70/100", result.Text().Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);

            // while the contest is open the answers are not shown, or the first contestant could pass them on
            Assert.Empty(result.QuerySelectorAll(".review li"));
            Assert.DoesNotContain("đáp án đúng", result.Text(), StringComparison.Ordinal);
            Assert.Contains("Đáp án được công bố khi cuộc thi kết thúc", result.Text(), StringComparison.Ordinal);

            // the same browser cannot start again
            var again = await citizen.GetPageAsync(url);
            Assert.Null(again.QuerySelector("form.take-start"));

            // nor the same person from another browser: one entry per phone number, as the contest's rules say
            using var otherBrowser = app.Session();
            var repeat = await otherBrowser.SubmitAsync(
                await otherBrowser.GetPageAsync(url),
                "form.take-start",
                new() { ["name"] = "Nguyễn Thị Lan", ["phone"] = "+84 912 345 678", ["consent"] = "true" });
            Assert.Contains("Bạn đã tham gia rồi", await repeat.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(1, await SurveyData.ResponsesAsync(app, id, submittedOnly: false));

            // a second contestant sends after the time limit: kept, not scored, not ranked
            using var slow = app.Session();
            var slowStart = await slow.SubmitAsync(
                await slow.GetPageAsync(url), "form.take-start", new() { ["name"] = "Trần Văn Bình", ["phone"] = "0987654321", ["consent"] = "true" });
            SurveyData.AssertRedirect(slowStart, "slow start");
            var slowPaper = await slow.GetPageAsync(url);
            app.Clock.Now = started.AddMinutes(5 + 21);
            SurveyData.AssertRedirect(await slow.SubmitAsync(slowPaper, "form.take-form", answers), "slow submit");
            Assert.Contains("không được tính điểm", (await slow.GetPageAsync(url)).Text(), StringComparison.Ordinal);
        }
        finally
        {
            app.Clock.Now = started;
        }

        await using (var db = app.SystemDb())
        {
            var responses = await db.SurveyResponses.IgnoreQueryFilters().Where(r => r.SurveyId == id).OrderBy(r => r.Id).ToListAsync();
            Assert.Equal((70, 300, false), (responses[0].Score!.Value, responses[0].DurationSeconds!.Value, responses[0].OverTime));
            Assert.Equal((null, true), (responses[1].Score, responses[1].OverTime));
            Assert.Equal("0912345678", responses[0].Phone);
            Assert.NotNull(responses[0].ConsentAt);
            var survey = await db.Surveys.IgnoreQueryFilters().SingleAsync(s => s.Id == id);
            Assert.Equal(2, (await db.Activities.IgnoreQueryFilters().SingleAsync(x => x.Id == survey.ActivityId)).Participants);
        }

        // the public ranking: given name and masked phone only (read in the table: the page's header names the commune
        // and province, which may hold the same word as a contestant's name, e.g. "Tỉnh Ninh Bình")
        var ranking = (await citizen.GetPageAsync(url + "/results")).QuerySelector("table.ranking")!.TextContent;
        Assert.Contains("Lan", ranking, StringComparison.Ordinal);
        Assert.Contains("091****678", ranking, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyễn Thị Lan", ranking, StringComparison.Ordinal);
        Assert.DoesNotContain("0912345678", ranking, StringComparison.Ordinal);
        Assert.DoesNotContain("Bình", ranking, StringComparison.Ordinal);

        // once the contest is closed, each contestant sees the answers with theirs
        SurveyData.AssertRedirect(await staff.SubmitAsync(await staff.GetPageAsync($"/surveys/details/{id}"), "form[action*='handler=Close']", new()), "close");
        var review = await citizen.GetPageAsync(url);
        Assert.Equal(questions.Sum(q => System.Numerics.BitOperations.PopCount((uint)q.CorrectMask)), review.QuerySelectorAll(".review li.correct").Length);
        Assert.Equal(3, review.QuerySelectorAll(".review > li.wrong").Length);

        // unlinking takes the activity away
        var unlinked = await staff.SubmitAsync(
            await staff.GetPageAsync($"/surveys/details/{id}"), "form[action*='handler=Link']", new() { ["taskId"] = "" });
        SurveyData.AssertRedirect(unlinked, "unlink");
        await using var check = app.SystemDb();
        Assert.False(await check.Activities
            .IgnoreQueryFilters()
            .AnyAsync(x => x.TaskId == a.ArticlesTask.Id && x.Channel == Loa.Activities.ChannelKind.Contest));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_contest_once_per_phone_never_offers_an_empty_phone_and_without_consent_keeps_neither_name_nor_number(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var contest = await SurveyData.AddAsync(app, a, SurveyStatus.Open, "Thi theo số điện thoại " + a.Commune.Code, contest: true);
        Assert.Equal(OncePer.Phone, contest.OncePer);
        var url = $"/x/{a.Commune.Code}/surveys/{contest.Id}";
        using var citizen = app.Session();

        var start = await citizen.GetPageAsync(url);
        var form = start.QuerySelector("form.take-start")!.TextContent;
        Assert.DoesNotContain("để trống họ tên và số điện thoại", form, StringComparison.Ordinal);
        Assert.Contains("Cuộc thi này cần số điện thoại để mỗi người chỉ dự thi một lần", form, StringComparison.Ordinal);

        SurveyData.AssertRedirect(await citizen.SubmitAsync(start, "form.take-start", new() { ["phone"] = "0912 345 000" }), "start without consent");
        await using var db = app.SystemDb();
        var response = await db.SurveyResponses.IgnoreQueryFilters().SingleAsync(r => r.SurveyId == contest.Id);
        Assert.Equal((null, null, null), (response.Name, response.Phone, response.ConsentAt));
    }
}
