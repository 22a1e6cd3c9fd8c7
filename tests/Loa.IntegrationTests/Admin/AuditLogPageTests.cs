using System.IO.Compression;
using System.Net;
using System.Text;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Admin;

/// <summary>
/// /admin/audit and its downloads (security.md 23, the 2026 rule of incident reports within 24 h / 72 h): a window of days,
/// the system administrator all of it, a province officer their province only — in the page and in the files —, commune
/// staff refused, bad filters a Vietnamese message, CSV cells that a spreadsheet would run made plain text.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AuditLogPageTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_administrator_reads_and_downloads_the_entries_of_a_window_and_none_outside_it(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app, withActivity: false);
        var b = await Scenario.CreateAsync(app, withActivity: false, otherProvinceThan: a);
        var log = AuditEntries.NewDay();
        await log.AddAsync(
            app,
            ("first-second", log.Start, a.Commune.ProvinceId, a.Commune.Id, null),
            ("other-province", log.Start.AddHours(12), b.Commune.ProvinceId, b.Commune.Id, null),
            ("last-second", log.Start.AddDays(1).AddSeconds(-1), null, null, null),
            ("day-before", log.Start.AddSeconds(-1), a.Commune.ProvinceId, a.Commune.Id, null),
            ("day-after", log.Start.AddDays(1), a.Commune.ProvinceId, a.Commune.Id, null),
            ("=HYPERLINK(\"http://example.com/x\",\"" + log.Marker + "\")", log.Start.AddHours(3), null, null, "@" + log.Marker));
        var admin = await Scenario.CreateAdminAsync(app);
        using var session = app.Session();
        await session.LoginAsync(admin.UserName!);

        var page = (await session.GetPageAsync("/admin/audit?" + log.Query)).Text();
        Assert.Contains("4 dòng", page, StringComparison.Ordinal);
        foreach (var seen in new[] { "first-second", "other-province", "last-second" })
        {
            Assert.Contains(log.Mark(seen), page, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(log.Mark("day-before"), page, StringComparison.Ordinal);
        Assert.DoesNotContain(log.Mark("day-after"), page, StringComparison.Ordinal);
        Assert.Contains(a.Commune.Name, page, StringComparison.Ordinal);
        Assert.Contains("Sửa", page, StringComparison.Ordinal);

        // the user filter and the result filter narrow it
        var one = (await session.GetPageAsync($"/admin/audit?{log.Query}&user=%40{log.Marker}&result=thanh-cong")).Text();
        Assert.Contains("1 dòng", one, StringComparison.Ordinal);
        Assert.Contains("0 dòng", (await session.GetPageAsync($"/admin/audit?{log.Query}&result=bi-tu-choi")).Text(), StringComparison.Ordinal);

        var csv = await session.Client.GetAsync($"/admin/audit/export?{log.Query}&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.StartsWith("text/csv", csv.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("Số thứ tự,Thời điểm (UTC),Thời điểm (giờ Việt Nam),Tên đăng nhập", lines[0], StringComparison.Ordinal);
        Assert.Contains(log.Mark("first-second"), lines[^1], StringComparison.Ordinal);
        Assert.Contains(log.Mark("last-second"), lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(log.Mark("day-before"), text, StringComparison.Ordinal);
        Assert.DoesNotContain(log.Mark("day-after"), text, StringComparison.Ordinal);
        Assert.Contains($",'@{log.Marker},", text, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", text, StringComparison.Ordinal);

        var xlsx = await session.Client.GetAsync($"/admin/audit/export?{log.Query}&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var sheet = SheetXml(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Contains(log.Mark("other-province"), sheet, StringComparison.Ordinal);
        Assert.DoesNotContain(log.Mark("day-after"), sheet, StringComparison.Ordinal);

        // both downloads are in the log, with their window and their number of rows
        await using var db = app.SystemDb();
        var exports = await db.AuditEntries.Where(e => e.UserName == admin.UserName && e.Action == "audit-export").Select(e => e.Detail!).ToListAsync();
        Assert.Equal(2, exports.Count);
        var day = log.Day.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(exports, d => d.StartsWith("csv, 4 dòng: từ " + day, StringComparison.Ordinal));
        Assert.Contains(exports, d => d.StartsWith("xlsx, 4 dòng", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_province_officer_reads_and_downloads_their_own_province_only(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app, withActivity: false);
        var neighbour = await Scenario.CreateAsync(app, withActivity: false, sameProvinceAs: a);
        var b = await Scenario.CreateAsync(app, withActivity: false, otherProvinceThan: a);
        var log = AuditEntries.NewDay();
        await log.AddAsync(
            app,
            ("own-commune", log.Start.AddHours(1), a.Commune.ProvinceId, a.Commune.Id, null),
            ("neighbour-commune", log.Start.AddHours(2), a.Commune.ProvinceId, neighbour.Commune.Id, null),
            ("own-province", log.Start.AddHours(3), a.Commune.ProvinceId, null, null),
            ("other-province", log.Start.AddHours(4), b.Commune.ProvinceId, b.Commune.Id, null),
            ("other-province-level", log.Start.AddHours(5), b.Commune.ProvinceId, null, null),
            ("other-commune-under-own-province", log.Start.AddHours(6), a.Commune.ProvinceId, b.Commune.Id, null),
            ("whole-system", log.Start.AddHours(7), null, null, null));
        using var officer = app.Session();
        await officer.LoginAsync(a.ProvinceOfficer.UserName!);
        string[] own = ["own-commune", "neighbour-commune", "own-province"];
        string[] others = ["other-province", "other-province-level", "other-commune-under-own-province", "whole-system"];

        var page = (await officer.GetPageAsync("/admin/audit?" + log.Query)).Text();
        var csv = Encoding.UTF8.GetString(await officer.Client.GetByteArrayAsync($"/admin/audit/export?{log.Query}&format=csv"));
        var sheet = SheetXml(await officer.Client.GetByteArrayAsync($"/admin/audit/export?{log.Query}&format=xlsx"));
        foreach (var shown in new[] { page, csv, sheet })
        {
            Assert.All(own, name => Assert.Contains(log.Mark(name), shown, StringComparison.Ordinal));
            Assert.All(others, name => Assert.DoesNotContain(log.Mark(name), shown, StringComparison.Ordinal));
        }

        Assert.Contains("3 dòng", page, StringComparison.Ordinal);

        // asking for the other province's commune by code or name finds nothing
        var asked = (await officer.GetPageAsync($"/admin/audit?{log.Query}&commune={b.Commune.Code}")).Text();
        Assert.Contains("0 dòng", asked, StringComparison.Ordinal);
        Assert.DoesNotContain(log.Mark("other-province"), asked, StringComparison.Ordinal);

        // a wrong password typed for one of the province's accounts is in its log, under the account's commune
        using (var stranger = app.Session())
        {
            var login = await stranger.GetPageAsync("/account/login");
            await stranger.SubmitAsync(login, "form", new() { ["Input.UserName"] = a.Leader.UserName, ["Input.Password"] = "khong-phai-mat-khau-nay" });
        }

        var today = LoaAppFactory.Now.UtcDateTime.AddHours(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var failed = (await officer.GetPageAsync($"/admin/audit?from={today}&to={today}&user={a.Leader.UserName}&action=dang-nhap-loi")).Text();
        Assert.Contains("1 dòng", failed, StringComparison.Ordinal);
        Assert.Contains("Đăng nhập không thành công", failed, StringComparison.Ordinal);
        Assert.Contains(a.Commune.Name, failed, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Commune_staff_are_refused_the_page_and_the_downloads(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app, withActivity: false);
        foreach (var user in a.Users)
        {
            using var session = app.Session();
            await session.LoginAsync(user.UserName!);
            foreach (var url in new[] { "/admin", "/admin/audit", "/admin/audit/export?format=csv", "/admin/audit/export?format=xlsx" })
            {
                // refused like every administration page: sent to the access-denied page, and the refusal is in the log
                var response = await session.Client.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{user.UserName} GET {url} → {(int)response.StatusCode}");
                Assert.StartsWith("/account/accessdenied", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
            }

            await using var db = app.SystemDb();
            Assert.True(await db.AuditEntries.CountAsync(e => e.UserName == user.UserName && e.Action == "denied" && e.Detail!.Contains("/admin/audit")) >= 3);

            var menu = (await session.GetPageAsync("/account/password")).QuerySelector("a[href='/admin/audit']");
            Assert.Null(menu);
        }

        using var nobody = app.Session();
        var anonymous = await nobody.Client.GetAsync("/admin/audit");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Bad_days_and_filters_give_a_Vietnamese_message_never_a_500(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app, withActivity: false);
        using var officer = app.Session();
        await officer.LoginAsync(a.ProvinceOfficer.UserName!);
        Assert.NotNull((await officer.GetPageAsync("/account/password")).QuerySelector("a[href='/admin/audit']"));

        var cases = new (string Query, string Message)[]
        {
            ("from=h%C3%B4m-qua", "Không hiểu \"từ ngày\""),
            ("from=2026-12-05&to=2026-12-01", "phải trước hoặc bằng"),
            ("from=2024-01-01&to=2026-01-01", "tối đa 366 ngày"),
            ("to=2026-02-30", "Không hiểu \"đến ngày\""),
            ("action=xoa-het", "Không có hành động"),
            ("result=tat-ca", "Không hiểu kết quả"),
            ("user=" + new string('a', 300), "tối đa 100 ký tự"),
        };
        foreach (var (query, message) in cases)
        {
            var page = await officer.Client.GetAsync("/admin/audit?" + query);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var shown = WebSession.Parse(await page.Content.ReadAsStringAsync(), "/").QuerySelector("#problem")!.TextContent;
            Assert.Contains(message, shown, StringComparison.Ordinal);

            var file = await officer.Client.GetAsync($"/admin/audit/export?{query}&format=csv");
            Assert.Equal(HttpStatusCode.BadRequest, file.StatusCode);
            Assert.Contains(message, WebSession.Parse(await file.Content.ReadAsStringAsync(), "/").Text(), StringComparison.Ordinal);
        }

        var format = await officer.Client.GetAsync("/admin/audit/export?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, format.StatusCode);
        var refusal = WebSession.Parse(await format.Content.ReadAsStringAsync(), "/").Text();
        Assert.Contains("Chỉ tải được tệp .csv hoặc .xlsx", refusal, StringComparison.Ordinal);

        foreach (var number in new[] { "abc", "-5", "999999999999", "2" })
        {
            Assert.Equal(HttpStatusCode.OK, (await officer.Client.GetAsync("/admin/audit?page=" + number)).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_window_with_more_rows_than_a_file_may_hold_is_refused_with_a_message_and_pages_hold_the_rest(Engine engine)
    {
        using var app = new LoaAppFactory(engine, settings: new Dictionary<string, string?> { ["Audit:ExportMaxRows"] = "3", ["Audit:PageSize"] = "2" });
        _ = app.Server;
        var a = await Scenario.CreateAsync(app, withActivity: false);
        var log = AuditEntries.NewDay();
        await log.AddAsync(
            app, [.. Enumerable.Range(1, 4).Select(i => ($"row{i}", log.Start.AddHours(i), (int?)a.Commune.ProvinceId, (int?)a.Commune.Id, (string?)null))]);
        var admin = await Scenario.CreateAdminAsync(app);
        using var session = app.Session();
        await session.LoginAsync(admin.UserName!);

        var first = await session.GetPageAsync("/admin/audit?" + log.Query);
        Assert.Contains("quá 3 dòng mỗi tệp", first.QuerySelector("#cap")!.TextContent, StringComparison.Ordinal);
        Assert.Null(first.QuerySelector("a[href^='/admin/audit/export']"));
        Assert.Contains(log.Mark("row4"), first.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(log.Mark("row2"), first.Text(), StringComparison.Ordinal);
        var second = (await session.GetPageAsync("/admin/audit" + first.QuerySelector("a[rel='next']")!.GetAttribute("href")!)).Text();
        Assert.Contains("Trang 2 / 2", second, StringComparison.Ordinal);
        Assert.Contains(log.Mark("row1"), second, StringComparison.Ordinal);

        var refused = await session.Client.GetAsync($"/admin/audit/export?{log.Query}&format=csv");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var message = WebSession.Parse(await refused.Content.ReadAsStringAsync(), "/").Text();
        Assert.Contains("Điều kiện lọc này có 4 dòng, quá 3 dòng", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await session.Client.GetAsync($"/admin/audit/export?{log.Query}&format=xlsx")).StatusCode);
        var allowed = await session.Client.GetAsync($"/admin/audit/export?from={log.Day.AddDays(1):yyyy-MM-dd}&to={log.Day.AddDays(1):yyyy-MM-dd}&format=csv");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    /// <summary>The text of the first sheet of an .xlsx workbook.</summary>
    internal static string SheetXml(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        var parts = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) || e.FullName == "xl/sharedStrings.xml");
        return string.Concat(parts.Select(p =>
        {
            using var reader = new StreamReader(p.Open());
            return reader.ReadToEnd();
        }));
    }
}
