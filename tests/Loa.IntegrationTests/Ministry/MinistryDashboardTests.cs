using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using DocumentFormat.OpenXml.Packaging;
using Loa.Dashboards.National;
using Loa.Domain.Accounts;
using Loa.IntegrationTests.Infrastructure;
using Loa.Notifications;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;
using Cell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using CellValues = DocumentFormat.OpenXml.Spreadsheet.CellValues;
using Row = DocumentFormat.OpenXml.Spreadsheet.Row;

namespace Loa.IntegrationTests.Ministry;

/// <summary>
/// The national officer (Bộ Nội vụ) sees the 34 provinces with figures that match the data, drills down to a province's
/// communes and a commune's dashboard, downloads the table, and reminds the provinces with late communes once a day; no one
/// else opens these pages.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class MinistryDashboardTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_national_officer_sees_the_34_provinces_with_totals_that_match_the_data(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        await Scenario.CreateAsync(app, sameProvinceAs: a, status: PlanStatus.Draft);
        var national = await NationalOfficers.CreateAsync(app);
        var expected = await ExpectedAsync(app, a.Commune.ProvinceId);

        using var session = app.Session();
        await session.LoginAsync(national.UserName!);
        Assert.Equal("/ministry", (await session.Client.GetAsync("/")).Headers.Location?.OriginalString);
        var page = await session.GetPageAsync("/ministry");

        Assert.Equal(34, page.QuerySelectorAll("table.ministry tbody tr[data-province]").Length);
        var row = page.QuerySelector($"table.ministry tbody tr[data-province='{expected.Code}']")!;
        Assert.Equal(expected.Communes, Number(row, "Xã, phường"));
        Assert.Equal(expected.InService, Number(row, "Dùng Loa"));
        Assert.Equal(expected.OnTime, Number(row, "KH đúng hạn"));
        Assert.Equal(expected.Reach, Number(row, "Lượt tiếp cận"));
        var totalCommunes = page.QuerySelectorAll("table.ministry tbody td[data-label='Xã, phường']").Sum(td => Number(td.TextContent));
        await using var db = app.SystemDb();
        Assert.Equal(await db.Communes.CountAsync(), totalCommunes);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_table_sorts_by_a_column_both_ways(Engine engine)
    {
        var app = fixture.App(engine);
        var national = await NationalOfficers.CreateAsync(app);
        using var session = app.Session();
        await session.LoginAsync(national.UserName!);

        var byCommunes = Numbers(await session.GetPageAsync("/ministry?sort=communes&desc=true"), "Xã, phường");
        Assert.Equal(byCommunes.OrderByDescending(n => n), byCommunes);
        var ascending = Numbers(await session.GetPageAsync("/ministry?sort=communes"), "Xã, phường");
        Assert.Equal(ascending.OrderBy(n => n), ascending);
        Assert.NotEqual(byCommunes, ascending);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_national_officer_drills_down_to_a_province_and_a_communes_dashboard_read_only(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var national = await NationalOfficers.CreateAsync(app);
        using var session = app.Session();
        await session.LoginAsync(national.UserName!);

        var ministry = await session.GetPageAsync("/ministry");
        Assert.NotNull(ministry.QuerySelector($"a[href^='/ministry/province?id={a.Commune.ProvinceId}&']"));
        var name = Uri.EscapeDataString(Loa.Text.VietnameseText.Fold(a.Commune.Name));
        var province = await session.GetPageAsync($"/ministry/province?id={a.Commune.ProvinceId}&q={name}");
        var row = province.QuerySelector($"table.province a[href='/dashboard?commune={a.Commune.Id}']")?.Closest("tr");
        Assert.NotNull(row);
        Assert.Contains("Ban hành đúng hạn", row.TextContent, StringComparison.Ordinal);
        Assert.Empty(province.QuerySelectorAll("main form[method=post]"));

        var all = await session.GetPageAsync($"/ministry/province?id={a.Commune.ProvinceId}");
        Assert.InRange(all.QuerySelectorAll("table.province tbody tr").Length, 1, Loa.Web.Pages.Ministry.ProvinceModel.PageSize);

        var dashboard = await session.GetPageAsync($"/dashboard?commune={a.Commune.Id}");
        Assert.Contains(a.Plan.Title, dashboard.Text(), StringComparison.Ordinal);
        Assert.Empty(dashboard.QuerySelectorAll("a[href^='/plans/']"));
        Assert.NotNull(dashboard.QuerySelector($".breadcrumb a[href='/ministry/province?id={a.Commune.ProvinceId}']"));

        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync("/ministry/province?id=987654")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync("/dashboard?commune=987654")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_xlsx_opens_and_holds_the_34_provinces_with_numbers(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var national = await NationalOfficers.CreateAsync(app);
        var expected = await ExpectedAsync(app, a.Commune.ProvinceId);
        using var session = app.Session();
        await session.LoginAsync(national.UserName!);

        var response = await session.Client.GetAsync("/ministry/export?sort=communes&desc=true");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(35, rows.Count); // the header and the 34 provinces
        var headers = rows[0].Elements<Cell>().Select(CellText).ToList();
        var mine = rows.Skip(1).Single(r => CellText(r.Elements<Cell>().ElementAt(headers.IndexOf("Mã"))) == expected.Code).Elements<Cell>().ToList();
        var communes = mine[headers.IndexOf("Số xã, phường")];
        Assert.Null(communes.DataType); // a number, not text
        Assert.Equal(expected.Communes.ToString(CultureInfo.InvariantCulture), communes.CellValue!.Text);
        Assert.Equal(expected.OnTime.ToString(CultureInfo.InvariantCulture), mine[headers.IndexOf("KH ban hành đúng hạn")].CellValue!.Text);
        var column = headers.IndexOf("Số xã, phường");
        var counts = rows.Skip(1).Select(r => int.Parse(r.Elements<Cell>().ElementAt(column).CellValue!.Text, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(counts.OrderByDescending(c => c), counts);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Reminders_reach_the_late_provinces_officers_once_a_day_by_their_channel(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var national = await NationalOfficers.CreateAsync(app);
        var inApp = LocalAccounts.Create(
            "tinh2." + a.Commune.Code, "Cán bộ tỉnh chỉ xem trong Loa", UserRole.ProvinceOfficer, Scenario.Password, a.Commune.ProvinceId);
        var (mail, otherMail) = ($"tinh.{a.Commune.Code}@example.gov.vn", $"tinh2.{a.Commune.Code}@example.gov.vn");
        await using (var db = app.SystemDb())
        {
            inApp.Email = otherMail;
            inApp.ReminderChannel = ReminderChannel.AppOnly;
            db.Users.Add(inApp);
            var officer = await db.Users.SingleAsync(u => u.Id == a.ProvinceOfficer.Id);
            (officer.Email, officer.ReminderChannel) = (mail, ReminderChannel.Email);
            await db.SaveChangesAsync();
        }

        using var session = app.Session();
        await session.LoginAsync(national.UserName!);
        var page = await session.GetPageAsync("/ministry");
        var first = await session.SubmitAsync(page, "form[action*='handler=Remind']", []);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("cán bộ tỉnh nhận thông báo", (await session.GetPageAsync("/ministry")).Text(), StringComparison.Ordinal);
        var second = await session.SubmitAsync(await session.GetPageAsync("/ministry"), "form[action*='handler=Remind']", []);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        var now = app.Clock.GetUtcNow().UtcDateTime;
        var key = ProvinceReminders.DedupKey(a.Commune.ProvinceId, Loa.Domain.VietnamTime.Day(now));
        await using (var db = app.SystemDb())
        {
            var notices = await db.Notifications.Where(n => n.DedupKey == key).Select(n => n.UserId).ToListAsync();
            Assert.Single(notices, id => id == a.ProvinceOfficer.Id);
            Assert.Single(notices, id => id == inApp.Id);
            Assert.DoesNotContain(a.Coordinator.Id, notices);
            Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == "remind-late-provinces" && e.UserId == national.Id));
            var folder = Path.Combine(app.DataPath, "mail-ministry-" + a.Commune.Code);
            await EmailDispatch.QueueNotificationsAsync(db, new EmailOptions { Mode = "Folder", Folder = folder }, now);
            Assert.Single(await db.OutgoingMessages.Where(m => m.To == mail).ToListAsync());
            Assert.Empty(await db.OutgoingMessages.Where(m => m.To == otherMail).ToListAsync());
        }

        using var province = app.Session();
        await province.LoginAsync(a.ProvinceOfficer.UserName!);
        Assert.Contains("Bộ Nội vụ nhắc", (await province.GetPageAsync("/notifications")).Text(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task No_one_but_the_national_officer_opens_the_ministry_pages(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var admin = await Scenario.CreateAdminAsync(app);
        string[] pages = ["/ministry", "/ministry/export", $"/ministry/province?id={a.Commune.ProvinceId}"];
        foreach (var user in a.Users.Append(a.ProvinceOfficer).Append(admin))
        {
            using var session = app.Session();
            await session.LoginAsync(user.UserName!);
            foreach (var url in pages)
            {
                var response = await session.Client.GetAsync(url);
                Assert.True(Reports.ReportData.IsRefused(response), $"{user.UserName} GET {url} → {(int)response.StatusCode}");
            }

            var token = WebSession.AntiforgeryToken(await session.GetPageAsync("/notifications"));
            var post = await session.Client.PostAsync("/ministry?handler=Remind", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
            Assert.True(Reports.ReportData.IsRefused(post), $"{user.UserName} POST remind → {(int)post.StatusCode}");
        }

        await using var db = app.SystemDb();
        Assert.False(await db.Notifications.AnyAsync(n => n.DedupKey.StartsWith("ministry-reminder:") && n.UserId == a.ProvinceOfficer.Id));
    }

    private sealed record Expected(string Code, int Communes, int InService, int OnTime, long Reach);

    /// <summary>The province's figures counted straight from the rows, commune by commune.</summary>
    private static async Task<Expected> ExpectedAsync(LoaAppFactory app, int provinceId)
    {
        await using var db = app.SystemDb();
        var province = await db.Provinces.SingleAsync(p => p.Id == provinceId);
        var communes = await db.Communes.Where(c => c.ProvinceId == provinceId).Select(c => new { c.Id, c.InService }).ToListAsync();
        var plans = await db.Plans.Where(p => p.ProvinceId == provinceId && p.Year == 2026 && p.CommuneId != null && p.UnitId == null)
            .Select(p => new { p.Id, p.CommuneId, p.Status, p.IssuedOn }).ToListAsync();
        var onTime = communes.Count(c => plans.Any(p => p.CommuneId == c.Id && p.Status == PlanStatus.Issued)
            && plans.Where(p => p.CommuneId == c.Id && p.Status is PlanStatus.Issued or PlanStatus.Superseded).Min(p => p.IssuedOn) <= province.PlanDue(2026));
        var issued = plans.Where(p => p.Status == PlanStatus.Issued).Select(p => p.Id).ToList();
        var activities = await db.Activities.Where(x => x.ProvinceId == provinceId)
            .Select(x => new { x.PlanId, x.Participants, x.Views, x.Copies }).ToListAsync();
        var reach = activities.Where(x => issued.Contains(x.PlanId)).Sum(x => (long)(x.Participants ?? 0) + (x.Views ?? 0) + (x.Copies ?? 0));
        return new Expected(province.Code, communes.Count, communes.Count(c => c.InService), onTime, reach);
    }

    private static long Number(IElement row, string label) => Number(row.QuerySelector($"td[data-label='{label}']")!.TextContent);

    /// <summary>The first number of a cell, as the pages show it (Vietnamese thousands separator).</summary>
    private static long Number(string text) =>
        long.Parse(new string(text.Trim().TakeWhile(c => char.IsAsciiDigit(c) || c == '.').Where(char.IsAsciiDigit).ToArray()), CultureInfo.InvariantCulture);

    private static List<long> Numbers(IDocument page, string label) =>
        page.QuerySelectorAll($"table.ministry tbody td[data-label='{label}']").Select(td => Number(td.TextContent)).ToList();

    private static string CellText(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";
}
