using System.Globalization;
using Loa.BrowserTests.Infrastructure;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loa.BrowserTests.Journeys;

/// <summary>
/// A coordinator edits a draft's whole task table in place (adds a task, makes it a sub-task, moves it, changes its unit
/// and timeframe), saves it as one version; then amends the commune's issued plan and sees the changes listed.
/// </summary>
[Collection(LoaAppCollection.Name)]
public sealed class TaskTableJourneyTests(LoaAppFixture app)
{
    [BrowserFact]
    public async Task Coordinator_edits_the_table_in_place_and_amends_the_issued_plan()
    {
        // A generated commune of the demo (not one the other journeys walk) with an issued plan of several tasks.
        var (code, issuedId, year) = await app.WithSystemDbAsync(async db =>
        {
            var plan = await db.Plans.AsNoTracking()
                .Where(p => p.Status == PlanStatus.Issued && p.UnitId == null && p.CommuneId != null && p.Tasks.Count >= 3)
                .Where(p => !db.Plans.Any(o => o.CommuneId == p.CommuneId && o.Id != p.Id))
                .OrderByDescending(p => p.Id)
                .Select(p => new { p.Id, p.Year, Code = db.Communes.Where(c => c.Id == p.CommuneId).Select(c => c.Code).First() })
                .FirstAsync();
            return (plan.Code, plan.Id, plan.Year);
        });

        await Journey.RunAsync(app, "coordinator-edits-the-task-table-and-amends", async journey =>
        {
            var page = journey.Page;
            await journey.LogInAsync($"daumoi.{code}");

            // A draft for next year, copied from the issued plan.
            await page.GotoAsync("/plans/create");
            await page.GetByLabel("Năm kế hoạch").FillAsync((year + 1).ToString(CultureInfo.InvariantCulture));
            await page.GetByLabel("Bắt đầu từ").SelectOptionAsync(issuedId.ToString(CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Tạo dự thảo" }).ClickAsync();
            await journey.ExpectPathAsync(@"/plans/details/\d+");
            var draftUrl = page.Url;
            await page.GetByRole(AriaRole.Link, new() { Name = "Sửa bảng nhiệm vụ" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Sửa cả bảng" }).ClickAsync();
            await journey.ExpectPathAsync(@"/plans/table/\d+");
            var rows = page.Locator("#task-table tbody tr");
            var count = await rows.CountAsync();

            // Add a task at the end, name it, choose its lead, make it a sub-task of the task above, move it up.
            await page.GetByRole(AriaRole.Button, new() { Name = "+ Thêm nhiệm vụ" }).ClickAsync();
            await Expect(rows).ToHaveCountAsync(count + 1);
            const string name = "Tọa đàm hỏi – đáp về dịch vụ công trực tuyến tại nhà văn hóa khu phố";
            await page.Locator($"#name-{count}").FillAsync(name);
            await page.Locator($"#lead-{count}").SelectOptionAsync(new SelectOptionValue { Index = 0 });
            await page.Locator($"#row-{count} button[value='indent:{count}']").ClickAsync();
            await Expect(page.Locator($"#row-{count}")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("sub"));
            await page.Locator($"#row-{count} button[value='up:{count}']").ClickAsync();
            var moved = page.Locator("#task-table tbody tr").Filter(new() { Has = page.Locator("textarea", new() { HasTextString = name }) });
            await Expect(moved).ToHaveIdAsync($"row-{count - 1}");
            await page.Locator($"#lead-{count - 1}").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await page.Locator($"#time-{count - 1}").FillAsync($"Quý III/{year + 1}");
            await journey.ScreenshotAsync("task-table-editor");
            await page.SetViewportSizeAsync(400, 900);
            await journey.ScreenshotAsync("task-table-editor-400");
            await page.SetViewportSizeAsync(1280, 900);
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu bảng nhiệm vụ" }).ClickAsync();

            await Expect(journey.Flash).ToHaveTextAsync("Đã lưu bảng nhiệm vụ.");
            await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToContainTextAsync($"Quý III/{year + 1}");
            await page.GotoAsync(draftUrl.Replace("/details/", "/versions/", StringComparison.Ordinal));
            await Expect(page.GetByText("Sửa bảng nhiệm vụ: thêm 1, xóa 0")).ToHaveCountAsync(1);

            // Amend the issued plan: change the first task's timeframe, see the change listed.
            await page.GotoAsync($"/plans/details/{issuedId}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Điều chỉnh, bổ sung kế hoạch" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Tạo dự thảo kế hoạch điều chỉnh, bổ sung" }).ClickAsync();
            await journey.ExpectPathAsync(@"/plans/table/\d+");
            await page.Locator("#time-0").FillAsync($"Quý IV/{year}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu bảng nhiệm vụ" }).ClickAsync();
            await Expect(journey.Flash).ToHaveTextAsync("Đã lưu bảng nhiệm vụ.");
            await page.GetByRole(AriaRole.Link, new() { Name = "Về trang kế hoạch" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Xem nội dung điều chỉnh, bổ sung" }).ClickAsync();
            await Expect(page.Locator("#changes")).ToContainTextAsync("Thời gian thực hiện");
            await Expect(page.Locator("#changes")).ToContainTextAsync($"Quý IV/{year}");
        });
    }
}
