using Loa.BrowserTests.Infrastructure;
using Loa.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loa.BrowserTests.Journeys;

/// <summary>The coordinator of Phước Tân drafts next year's plan from this year's, edits a task and submits the plan.</summary>
[Collection(LoaAppCollection.Name)]
public sealed class CoordinatorJourneyTests(LoaAppFixture app)
{
    [BrowserFact]
    public Task Coordinator_copies_the_plan_edits_a_task_and_submits() =>
        Journey.RunAsync(app, "coordinator-edits-a-task-and-submits", async journey =>
        {
            var page = journey.Page;
            var nextYear = VietnamTime.Today(TimeProvider.System).Year + 1;
            const string newName = "Xây dựng video clip hướng dẫn người dân cài đặt và dùng VNeID, dịch vụ công trực tuyến";

            await journey.LogInAsync("daumoi.phuoctan");
            await journey.NavigateAsync("Kế hoạch");
            await page.GetByRole(AriaRole.Link, new() { Name = "Tạo kế hoạch", Exact = true }).ClickAsync();

            // A new draft for next year, copied from the commune's issued plan.
            await page.GetByLabel("Năm kế hoạch").FillAsync(nextYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var source = page.GetByLabel("Bắt đầu từ");
            // This year's plan (a journey that issues a later plan of the commune adds another to copy from).
            var copy = source.Locator("option").Filter(new() { HasText = "Sao chép:" }).Filter(new() { HasText = $"({Loa.Demo.DemoData.Year})" });
            await Expect(copy).ToHaveCountAsync(1);
            await source.SelectOptionAsync(await copy.GetAttributeAsync("value") ?? throw new InvalidOperationException("The copy option has no value."));
            await page.GetByRole(AriaRole.Button, new() { Name = "Tạo dự thảo" }).ClickAsync();

            await journey.ExpectPathAsync(@"/plans/details/\d+");
            await Expect(journey.Flash).ToContainTextAsync("Đã tạo dự thảo");
            await Expect(journey.PlanStatusBadge).ToHaveTextAsync("Dự thảo");
            var planUrl = page.Url;

            // Edit task 3 (the video clips) in the task table.
            await page.GetByRole(AriaRole.Link, new() { Name = "Sửa bảng nhiệm vụ" }).ClickAsync();
            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Xây dựng video clip hướng dẫn người dân nộp hồ sơ" });
            await Expect(row).ToContainTextAsync("04 clip");
            await row.GetByRole(AriaRole.Link, new() { Name = "Sửa", Exact = true }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sửa nhiệm vụ 3" })).ToBeVisibleAsync();
            await page.GetByLabel("Nhiệm vụ", new() { Exact = true }).FillAsync(newName);
            await page.GetByLabel("Số lượng / tần suất").FillAsync("03 clip");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nhiệm vụ" }).ClickAsync();

            await Expect(journey.Flash).ToHaveTextAsync("Đã lưu nhiệm vụ.");
            var edited = page.GetByRole(AriaRole.Row).Filter(new() { HasText = newName });
            await Expect(edited).ToContainTextAsync("03 clip");
            await Expect(page.Locator("tbody tr").Nth(2)).ToContainTextAsync(newName); // still the third task

            // The plan page shows the change.
            await page.GetByRole(AriaRole.Link, new() { Name = "Về trang kế hoạch" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(planUrl);
            var task = page.Locator("#tasks tr[data-task='3']");
            await Expect(task).ToContainTextAsync(newName);
            await Expect(task).ToContainTextAsync("Chỉ tiêu: 03 clip");
            await Expect(page.Locator("#tasks tbody tr").Nth(2)).ToHaveAttributeAsync("data-task", "3");

            // Submit to the leader.
            await page.GetByRole(AriaRole.Button, new() { Name = "Trình duyệt" }).ClickAsync();
            await Expect(journey.Flash).ToHaveTextAsync("Đã trình kế hoạch để lãnh đạo duyệt.");
            await Expect(journey.PlanStatusBadge).ToHaveTextAsync("Chờ duyệt");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Trình duyệt" })).ToHaveCountAsync(0);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sửa bảng nhiệm vụ" })).ToHaveCountAsync(0);
        });
}
