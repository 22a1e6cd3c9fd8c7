using Loa.BrowserTests.Infrastructure;
using Loa.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loa.BrowserTests.Journeys;

/// <summary>
/// A citizen of Hưng Phú finds the knowledge contest on the portal, takes it with every answer right, sees the correct answers and
/// tops the ranking.
/// </summary>
[Collection(LoaAppCollection.Name)]
public sealed class ContestJourneyTests(LoaAppFixture app)
{
    [BrowserFact]
    public async Task Citizen_takes_the_contest()
    {
        var (code, questions) = await app.WithSystemDbAsync(async db =>
        {
            var commune = await db.Communes.AsNoTracking().SingleAsync(c => c.Locality == "Hưng Phú" && c.Province!.Locality == "Cần Thơ");
            var contest = await db.Surveys.AsNoTracking().SingleAsync(s => s.CommuneId == commune.Id && s.Kind == SurveyKind.Contest);
            var list = await db.SurveyQuestions.AsNoTracking().Where(q => q.SurveyId == contest.Id).OrderBy(q => q.Order).ToListAsync();
            return (commune.Code, list);
        });

        await Journey.RunAsync(app, "citizen-contest", async journey =>
        {
            var page = journey.Page;
            await page.GotoAsync($"/x/{code}");
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Mục của cổng thông tin" })
                .GetByRole(AriaRole.Link, new() { Name = "Khảo sát, cuộc thi" })
                .ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Tham gia cuộc thi" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đăng ký dự thi" })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Textbox, new() { Name = "Họ và tên" }).FillAsync("Lê Thị Ngọc Hân");
            await page.GetByRole(AriaRole.Textbox, new() { Name = "Số điện thoại" }).FillAsync("0939 123 456");
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "Tôi đồng ý" }).CheckAsync();
            await page.WaitForTimeoutAsync(3500); // a person reads the rules; the form refuses what is sent within seconds
            await page.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu làm bài" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Timer)).ToContainTextAsync("Hạn nộp bài");

            var groups = page.Locator("fieldset.pq");
            await Expect(groups).ToHaveCountAsync(questions.Count);
            for (var i = 0; i < questions.Count; i++)
            {
                var q = questions[i];
                for (var o = 0; o < q.Options.Count; o++)
                {
                    if ((q.CorrectMask & (1 << o)) != 0)
                    {
                        await groups.Nth(i).GetByLabel(q.Options[o], new() { Exact = true }).CheckAsync();
                    }
                }
            }

            await Expect(page.GetByRole(AriaRole.Timer)).Not.ToContainTextAsync("hết giờ");
            await page.WaitForTimeoutAsync(3000); // a person reads before sending
            await page.GetByRole(AriaRole.Button, new() { Name = "Nộp bài" }).ClickAsync();
            await Expect(journey.Flash).ToContainTextAsync("Đã nộp bài");
            await Expect(page.Locator(".result-score")).ToContainTextAsync("100/100 điểm");
            // the answers wait for the contest's end, so that nobody passes them on meanwhile
            await Expect(page.GetByText("Đáp án được công bố khi cuộc thi kết thúc")).ToBeVisibleAsync();
            await Expect(page.Locator(".review > li")).ToHaveCountAsync(0);

            await page.GetByRole(AriaRole.Link, new() { Name = "Xem bảng xếp hạng" }).ClickAsync();
            var first = page.GetByRole(AriaRole.Row).Nth(1);
            await Expect(first).ToContainTextAsync("Hân");
            await Expect(first).ToContainTextAsync("093****456");
            await Expect(page.GetByText("Lê Thị Ngọc Hân")).ToHaveCountAsync(0);
        });
    }
}
