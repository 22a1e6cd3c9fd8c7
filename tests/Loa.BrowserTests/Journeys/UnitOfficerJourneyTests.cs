using System.Globalization;
using System.Text.RegularExpressions;
using Loa.BrowserTests.Infrastructure;
using Loa.Demo;
using Loa.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loa.BrowserTests.Journeys;

/// <summary>The unit officer of Hưng Phú records an activity with a photo for one of its tasks and sees the task's progress move.</summary>
[Collection(LoaAppCollection.Name)]
public sealed partial class UnitOfficerJourneyTests(LoaAppFixture app)
{
    [BrowserFact]
    public Task Unit_officer_records_an_activity_with_a_photo_and_sees_progress_move() =>
        Journey.RunAsync(app, "unit-officer-records-an-activity", async journey =>
        {
            var page = journey.Page;
            var photo = TinyPng.Create(48, 32, (x, y) => ((byte)(x * 5), (byte)(y * 7), 160));
            const string photoName = "anh-hoat-dong.png";
            const string title = "Phát tờ rơi hướng dẫn nộp hồ sơ trực tuyến tại Khu vực 1";
            var today = VietnamTime.Today(TimeProvider.System);
            var doneOn = today.Year > DemoData.Year ? new DateOnly(DemoData.Year, 12, 31) : today; // within the demo plan's year, never in the future

            await journey.LogInAsync("donvi.hungphu");
            await journey.NavigateAsync("Nhiệm vụ của tôi");
            await Expect(page.Locator("#my-tasks")).ToBeVisibleAsync();

            // A task of the unit with a quantity target: note how far it is ("Đạt 2/5").
            var (label, done, target) = await FirstTaskWithTargetAsync(page);
            var row = page.Locator($"#my-tasks tr[data-task='{label}']");
            await row.GetByRole(AriaRole.Link, new() { Name = "Ghi nhận", Exact = true }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ghi nhận hoạt động" })).ToBeVisibleAsync();
            await page.GetByLabel("Ngày thực hiện").FillAsync(doneOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.GetByLabel("Đã làm gì").FillAsync(title);
            await page.GetByLabel("Số lượng tính vào chỉ tiêu").FillAsync("1");
            await page.GetByLabel("Số người tham dự").FillAsync("120");
            await page.GetByLabel("Thêm tệp").SetInputFilesAsync(new FilePayload { Name = photoName, MimeType = "image/png", Buffer = photo });
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu hoạt động" }).ClickAsync();

            // The activity page, with the photo in the gallery and downloadable (cleaned of its metadata).
            await journey.ExpectPathAsync(@"/activities/details/\d+");
            await Expect(journey.Flash).ToHaveTextAsync($"Đã ghi nhận hoạt động “{title}”.");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
            var file = page.GetByRole(AriaRole.Link, new() { Name = photoName, Exact = true });
            await Expect(file).ToBeVisibleAsync();
            var download = await page.APIRequest.GetAsync(await file.GetAttributeAsync("href") ?? "");
            Assert.Equal(200, download.Status);
            Assert.Equal("image/png", download.Headers["content-type"]); // re-encoded without metadata: the same picture, other bytes
            await Expect(page.Locator("ul.gallery img")).ToHaveJSPropertyAsync("naturalWidth", 48);
            await journey.ScreenshotAsync("unit-officer-activity-page");

            // Back in "my tasks", the task went one step further.
            await journey.NavigateAsync("Nhiệm vụ của tôi");
            await Expect(row).ToContainTextAsync($"Đạt {done + 1}/{target}");
        });

    private static async Task<(string Label, int Done, int Target)> FirstTaskWithTargetAsync(IPage page)
    {
        var rows = page.Locator("#my-tasks tbody tr");
        var labels = new List<string>();
        var found = new List<(string Label, int Done, int Target)>();
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var row = rows.Nth(i);
            var label = await row.GetAttributeAsync("data-task") ?? "";
            labels.Add(label);
            if (label.Length > 0 && Achieved().Match(await row.InnerTextAsync()) is { Success: true } m)
            {
                found.Add((label, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)));
            }
        }

        return found.FirstOrDefault(f => labels.Count(l => l == f.Label) == 1) is { Label: not null } task
            ? task
            : throw new InvalidOperationException("No task of the unit shows a quantity target (\"Đạt x/y\").");
    }

    [GeneratedRegex(@"Đạt (\d+)/(\d+)")]
    private static partial Regex Achieved();
}
