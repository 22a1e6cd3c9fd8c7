using System.Net;
using AngleSharp.Dom;
using DocumentFormat.OpenXml.Packaging;
using Loa.IntegrationTests.Infrastructure;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;
using Cell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using CellValues = DocumentFormat.OpenXml.Spreadsheet.CellValues;
using Row = DocumentFormat.OpenXml.Spreadsheet.Row;

namespace Loa.IntegrationTests.Province;

/// <summary>
/// The province officer sees every commune of the province: plan against the deadline, reports, completion; filters, order,
/// .xlsx, reminders.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ProvinceDashboardTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Each_commune_shows_its_plan_against_the_deadline_and_its_figures(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var other = await Scenario.CreateAsync(app, otherProvinceThan: a);
        (int Id, string Code) withoutPlan;
        await using (var db = app.SystemDb())
        {
            var found = await db.Communes
                .Where(c => c.ProvinceId == a.Commune.ProvinceId && !db.Plans.Any(p => p.CommuneId == c.Id && p.Year == 2026))
                .Select(c => new { c.Id, c.Code })
                .FirstAsync();
            withoutPlan = (found.Id, found.Code);
        }

        using var session = app.Session();
        await session.LoginAsync(a.ProvinceOfficer.UserName!);
        var page = await session.GetPageAsync("/province");

        // the table is paged: each commune is found by its code
        var row = RowOf(await session.GetPageAsync($"/province?q={a.Commune.Code}"), a.Commune.Id);
        Assert.Contains("Ban hành đúng hạn", row, StringComparison.Ordinal);
        Assert.Contains("ngày 01/02/2026", row, StringComparison.Ordinal);
        Assert.True(row.Contains("0/2", StringComparison.Ordinal), row); // two tasks, none completed: one activity of the two clips
        var missing = await session.GetPageAsync($"/province?q={withoutPlan.Code}");
        Assert.Contains("Quá hạn, chưa ban hành", RowOf(missing, withoutPlan.Id), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"table.province a[href='/dashboard?commune={other.Commune.Id}']"));
        Assert.Null((await session.GetPageAsync($"/province?q={other.Commune.Code}")).QuerySelector("table.province"));
        Assert.DoesNotContain(other.Commune.Name + " ", page.Text(), StringComparison.Ordinal);

        // the commune's row leads to its dashboard, which the province officer may read
        var dashboard = await session.GetPageAsync($"/dashboard?commune={a.Commune.Id}");
        Assert.Contains(a.Plan.Title, dashboard.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/dashboard?commune={other.Commune.Id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Filters_and_sorting_change_which_communes_are_listed_and_in_what_order(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        using var session = app.Session();
        await session.LoginAsync(a.ProvinceOfficer.UserName!);
        var name = Uri.EscapeDataString(Loa.Text.VietnameseText.Fold(a.Commune.Name));

        var onTime = await session.GetPageAsync($"/province?plan=ontime&q={name}");
        Assert.NotNull(onTime.QuerySelector($"table.province a[href='/dashboard?commune={a.Commune.Id}']"));
        var missing = await session.GetPageAsync($"/province?plan=missing&q={name}");
        Assert.Null(missing.QuerySelector($"table.province a[href='/dashboard?commune={a.Commune.Id}']"));
        var noMatch = await session.GetPageAsync("/province?q=khong-co-xa-nao-ten-nay");
        Assert.Contains("Không có xã, phường nào khớp", noMatch.Text(), StringComparison.Ordinal);

        var ascending = await AllNamesAsync(session, "/province?sort=name");
        var descending = await AllNamesAsync(session, "/province?sort=name&desc=true");
        Assert.True(ascending.Count > 2);
        Assert.Equal(ascending.AsEnumerable().Reverse(), descending);
        var byActivities = await session.GetPageAsync("/province?sort=activities&desc=true");
        var counts = byActivities.QuerySelectorAll("table.province tbody td[data-label='Hoạt động']")
            .Select(td => int.Parse(td.TextContent.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(counts.OrderByDescending(c => c), counts);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_table_downloads_as_xlsx_with_numbers_as_numbers(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        using var session = app.Session();
        await session.LoginAsync(a.ProvinceOfficer.UserName!);
        var response = await session.Client.GetAsync($"/province/export?plan=ontime&q={Uri.EscapeDataString(a.Commune.Code)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(2, rows.Count); // the header and the one commune the filter keeps
        var headers = rows[0].Elements<Cell>().Select(CellText).ToList();
        var cells = rows[1].Elements<Cell>().ToList();
        string Value(string header) => CellText(cells[headers.IndexOf(header)]);
        Assert.Equal(a.Commune.Name, Value("Xã, phường"));
        Assert.Equal("Ban hành đúng hạn", Value("Kế hoạch"));
        Assert.Equal("01/02/2026", Value("Ngày ban hành"));
        var tasks = cells[headers.IndexOf("Số nhiệm vụ")];
        Assert.Null(tasks.DataType); // a number, not text
        Assert.Equal("2", tasks.CellValue!.Text);
        Assert.Equal("1", cells[headers.IndexOf("Hoạt động")].CellValue!.Text);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Reminding_late_communes_notifies_their_leaders_and_coordinators_once_a_day(Engine engine)
    {
        var app = fixture.App(engine);
        var late = await Scenario.CreateAsync(app, PlanStatus.Draft);
        var elsewhere = await Scenario.CreateAsync(app, PlanStatus.Draft, otherProvinceThan: late);
        using var session = app.Session();
        await session.LoginAsync(late.ProvinceOfficer.UserName!);
        var page = await session.GetPageAsync("/province");
        Assert.Contains("Nhắc tất cả xã, phường chậm", page.Text(), StringComparison.Ordinal);

        var first = await session.SubmitAsync(page, "form[action*='handler=Remind']", []);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("Đã nhắc", (await session.GetPageAsync("/province")).Text(), StringComparison.Ordinal);
        var second = await session.SubmitAsync(await session.GetPageAsync("/province"), "form[action*='handler=Remind']", []);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        await using var db = app.SystemDb();
        var reminded = await db.Notifications
            .Where(n => n.Title.StartsWith("Tỉnh nhắc") && n.CommuneId == late.Commune.Id)
            .Select(n => n.UserId)
            .ToListAsync();
        Assert.Equal(new[] { late.Coordinator.Id, late.Leader.Id }.Order(), reminded.Order());
        Assert.False(await db.Notifications.AnyAsync(n => n.Title.StartsWith("Tỉnh nhắc") && n.CommuneId == elsewhere.Commune.Id));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "remind-late-communes" && e.UserId == late.ProvinceOfficer.Id));

        // the coordinator finds it in the app
        using var coordinator = app.Session();
        await coordinator.LoginAsync(late.Coordinator.UserName!);
        Assert.Contains("Tỉnh nhắc", (await coordinator.GetPageAsync("/notifications")).Text(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Commune_staff_cannot_open_the_province_pages(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        foreach (var user in a.Users)
        {
            using var session = app.Session();
            await session.LoginAsync(user.UserName!);
            foreach (var url in new[] { "/province", "/province/export", "/province/settings" })
            {
                var response = await session.Client.GetAsync(url);
                Assert.True(
                    response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{user.UserName} GET {url} → {(int)response.StatusCode}");
                Assert.DoesNotContain("Các xã, phường của", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }
    }

    private static string RowOf(IDocument page, int communeId) =>
        page.QuerySelector($"table.province a[href='/dashboard?commune={communeId}']")?.Closest("tr")?.TextContent
        ?? throw new InvalidOperationException($"no row for commune {communeId}");

    /// <summary>The names of every page of the table, page after page.</summary>
    private static async Task<List<string>> AllNamesAsync(WebSession session, string url)
    {
        var names = new List<string>();
        for (var p = 1; p < 20; p++)
        {
            var page = await session.GetPageAsync($"{url}&p={p}");
            names.AddRange(Names(page));
            if (page.QuerySelector($".pager a[href*='p={p + 1}']") is null)
            {
                return names;
            }
        }

        throw new InvalidOperationException("more than 20 pages");
    }

    private static List<string> Names(IDocument page) =>
        page.QuerySelectorAll("table.province tbody td[data-label='Xã, phường'] a").Select(a => a.TextContent).ToList();

    private static string CellText(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";
}
