using System.Globalization;
using Loa.BrowserTests.Infrastructure;
using Loa.Domain;
using Loa.Plans;
using Loa.Web.Pages.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loa.BrowserTests.Journeys;

/// <summary>The leader of Canh Vinh approves next year's plan that waits for approval, then issues it with number 15.</summary>
[Collection(LoaAppCollection.Name)]
public sealed class LeaderJourneyTests(LoaAppFixture app)
{
    [BrowserFact]
    public async Task Leader_approves_and_issues_a_submitted_plan()
    {
        var today = VietnamTime.Today(TimeProvider.System);
        var planId = await ArrangeSubmittedPlanAsync("Canh Vinh", today.Year + 1);

        await Journey.RunAsync(app, "leader-issues", async journey =>
        {
            var page = journey.Page;
            await journey.LogInAsync("lanhdao.canhvinh");
            await journey.NavigateAsync("Kế hoạch");

            // The plan waiting for approval is in the list; open it.
            var waiting = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Chờ duyệt" });
            await Expect(waiting).ToHaveCountAsync(1);
            await waiting.GetByRole(AriaRole.Link).First.ClickAsync();
            await journey.ExpectPathAsync($"/plans/details/{planId}");
            await Expect(journey.PlanStatusBadge).ToHaveTextAsync("Chờ duyệt");

            await page.GetByRole(AriaRole.Button, new() { Name = "Duyệt kế hoạch" }).ClickAsync();
            await Expect(journey.Flash).ToContainTextAsync("Đã duyệt kế hoạch.");
            await Expect(journey.PlanStatusBadge).ToHaveTextAsync("Đã duyệt");

            await page.GetByRole(AriaRole.Link, new() { Name = "Ban hành", Exact = true }).ClickAsync();
            await journey.ExpectPathAsync($"/plans/issue/{planId}");
            await page.GetByLabel("Số văn bản").FillAsync("15");
            await page.GetByLabel("Ngày ban hành").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Ban hành", Exact = true }).ClickAsync();

            await journey.ExpectPathAsync($"/plans/details/{planId}");
            await Expect(journey.Flash).ToHaveTextAsync("Đã ban hành kế hoạch số 15/KH-UBND. Các đơn vị có thể ghi nhận kết quả thực hiện.");
            await Expect(page.GetByText("Số: 15/KH-UBND")).ToBeVisibleAsync();
            await Expect(journey.PlanStatusBadge).ToHaveTextAsync("Đã ban hành");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ban hành", Exact = true })).ToHaveCountAsync(0);

            // The list shows it issued, with its number.
            await journey.NavigateAsync("Kế hoạch");
            var issued = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "15/KH-UBND" });
            await Expect(issued).ToContainTextAsync("Đã ban hành");
        });
    }

    /// <summary>
    /// The commune's issued plan copied to the given year, as the coordinator's "Tạo kế hoạch" does, and left
    /// waiting for approval, as if the coordinator had submitted it (that walk is the coordinator's journey).
    /// </summary>
    private Task<int> ArrangeSubmittedPlanAsync(string locality, int year) => app.WithSystemDbAsync(async db =>
    {
        var commune = await db.Communes.AsNoTracking().SingleAsync(c => c.Locality == locality);
        var units = await db.Units.AsNoTracking().Where(u => u.CommuneId == commune.Id).ToListAsync();
        var source = await db.Plans.AsNoTracking().WithEverything().SingleAsync(p => p.CommuneId == commune.Id && p.Status == PlanStatus.Issued);
        var now = DateTime.UtcNow;
        var plan = new Plan { ProvinceId = commune.ProvinceId, CommuneId = commune.Id, Year = year, CreatedAt = now, UpdatedAt = now };
        PlanMapper.Fill(plan, PlanMapper.ToDocument(source), new UnitMatcher(units, commune.Locality));
        plan.SourcePlanId = source.Id;
        plan.Year = year;
        plan.Number = null;
        (plan.DateDay, plan.DateMonth, plan.DateYear) = (null, null, year);
        plan.Status = PlanStatus.Submitted;
        plan.SubmittedAt = now;
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    });
}
