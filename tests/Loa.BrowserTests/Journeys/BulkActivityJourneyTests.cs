using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using Loa.Activities.Bulk;
using Loa.BrowserTests.Infrastructure;
using Loa.Demo;
using Loa.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loa.BrowserTests.Journeys;

/// <summary>
/// The unit officer of Hưng Phú downloads the activity sheet, fills in three activities, uploads it, reviews the rows,
/// saves them at once, then adds a photo to one of them and sees its thumbnail in the activity's gallery.
/// </summary>
[Collection(LoaAppCollection.Name)]
public sealed class BulkActivityJourneyTests(LoaAppFixture app)
{
    [BrowserFact]
    public Task Unit_officer_records_activities_from_a_sheet_and_sees_a_photo_in_the_gallery() =>
        Journey.RunAsync(app, "unit-officer-records-activities-in-bulk", async journey =>
        {
            var page = journey.Page;
            var today = VietnamTime.Today(TimeProvider.System);
            var doneOn = today.Year > DemoData.Year ? new DateOnly(DemoData.Year, 12, 31) : today;

            await journey.LogInAsync("donvi.hungphu");
            await journey.NavigateAsync("Nhiệm vụ của tôi");
            await page.GetByRole(AriaRole.Link, new() { Name = "Nhập nhiều hoạt động từ Excel" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nhập nhiều hoạt động từ Excel" })).ToBeVisibleAsync();

            // The sheet to fill: its list of tasks is the unit's.
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Tải bảng mẫu (.xlsx)" }).ClickAsync());
            var template = await File.ReadAllBytesAsync(await download.PathAsync());
            var tasks = Lists(template);
            Assert.NotEmpty(tasks);

            // Three activities filled in (as the officer would in Excel), one of them with a mistake.
            var date = doneOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            object?[][] rows =
            [
                [tasks[0], "", date, "Tin, bài viết", "Đăng tin hướng dẫn nộp hồ sơ trực tuyến (nhập từ Excel)", 1, 350, "", ""],
                [tasks[^1], "", date, "Hội nghị, tập huấn, tọa đàm", "Tập huấn dịch vụ công cho tổ dân phố (nhập từ Excel)", 1, 45, "Nhà văn hóa khu 1", ""],
                [tasks[0], "", "32/13/2026", "", "Dòng ghi sai ngày", "", "", "", ""],
            ];
            var filled = ActivitySheetTemplate.Create(tasks, [], rows);
            await page.GetByLabel("Tệp Excel đã điền").SetInputFilesAsync(new FilePayload
            {
                Name = "hoat-dong-thang.xlsx",
                MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                Buffer = filled,
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và xem lại" }).ClickAsync();

            // The review: two rows will be saved, the third is refused with its reason beside the date.
            await journey.ExpectPathAsync(@"/activities/bulk/review/\d+");
            await Expect(page.Locator("tr.accepted")).ToHaveCountAsync(2);
            await Expect(page.Locator("tr.refused")).ToContainTextAsync("Không đọc được ngày");
            await journey.ScreenshotAsync("bulk-activities-review");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu 2 hoạt động" }).ClickAsync();

            await Expect(journey.Flash).ToContainTextAsync("Đã lưu 2 hoạt động");
            await Expect(page.Locator("#batch-saved")).ToContainTextAsync("2 hoạt động đã được lưu");

            // One of them gets a photo; the gallery shows its thumbnail.
            await page.GetByRole(AriaRole.Link, new() { Name = "Tập huấn dịch vụ công cho tổ dân phố (nhập từ Excel)" }).ClickAsync();
            await journey.ExpectPathAsync(@"/activities/details/\d+");
            await page.GetByRole(AriaRole.Link, new() { Name = "Sửa" }).ClickAsync();
            var photo = TinyPng.Create(64, 48, (x, y) => ((byte)(x * 4), 120, (byte)(y * 5)));
            await page.GetByLabel("Thêm tệp").SetInputFilesAsync(new FilePayload { Name = "tap-huan.png", MimeType = "image/png", Buffer = photo });
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();

            await journey.ExpectPathAsync(@"/activities/details/\d+");
            var thumbnail = page.GetByRole(AriaRole.Img, new() { Name = "Xem ảnh lớn: tap-huan.png" });
            await Expect(thumbnail).ToBeVisibleAsync();
            await Expect(thumbnail).ToHaveJSPropertyAsync("naturalWidth", 64);
            await journey.ScreenshotAsync("activity-gallery");
        });

    /// <summary>The task list of the downloaded sheet (column A of its list sheet, below the header).</summary>
    private static List<string> Lists(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == ActivitySheetTemplate.ListSheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        return part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()
            .Where(c => c.CellReference!.Value!.StartsWith('A') && c.CellReference.Value != "A1")
            .Select(c => c.InnerText)
            .ToList();
    }
}
