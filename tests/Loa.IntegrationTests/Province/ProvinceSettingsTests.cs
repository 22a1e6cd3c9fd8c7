using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Province;

/// <summary>The province officer sets the reporting calendar and the plan deadline; bad rules are refused and change nothing.</summary>
[Collection(AppCollection.Name)]
public sealed class ProvinceSettingsTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_new_deadline_and_calendar_change_how_communes_are_judged(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app); // plan issued on 1 February 2026
        using var session = app.Session();
        await session.LoginAsync(a.ProvinceOfficer.UserName!);
        try
        {
            var form = await session.GetPageAsync("/province/settings");
            var saved = await session.SubmitAsync(form, "form", new()
            {
                ["Settings.PlanDueDay"] = "15",
                ["Settings.PlanDueMonth"] = "1",
                ["Settings.ReportCutoffDay"] = "10",
                ["Settings.ReportDueDay"] = "15",
                ["Settings.ReportRecipient"] = "Sở Nội vụ thử nghiệm",
            });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

            var settings = await session.GetPageAsync("/province/settings");
            Assert.Contains("10/03/2026", settings.Text(), StringComparison.Ordinal); // Q1 data to the 10th
            Assert.Contains("15/03/2026", settings.Text(), StringComparison.Ordinal); // due the 15th
            // the commune looked up by its code: the table shows 50 communes a page, and the shared fixture's province holds more
            var province = await session.GetPageAsync("/province?q=" + Uri.EscapeDataString(a.Commune.Code));
            Assert.Contains("hạn ban hành kế hoạch 15/01/2026", province.Text(), StringComparison.Ordinal);
            var row = province.QuerySelector($"table.province a[href='/dashboard?commune={a.Commune.Id}']")!.Closest("tr")!.TextContent;
            Assert.Contains("Ban hành muộn", row, StringComparison.Ordinal);

            await using var db = app.SystemDb();
            Assert.True(await db.AuditEntries.AnyAsync(e =>
                e.EntityType == "Province" && e.Action == "update" && e.UserId == a.ProvinceOfficer.Id && e.Detail!.Contains("PlanDueDay")));
        }
        finally
        {
            await using var db = app.SystemDb();
            var province = await db.Provinces.SingleAsync(p => p.Id == a.Commune.ProvinceId);
            (province.PlanDueDay, province.PlanDueMonth, province.ReportCutoffDay, province.ReportDueDay, province.ReportRecipient) = (31, 3, 14, 20, null);
            await db.SaveChangesAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Rules_that_do_not_hold_together_are_refused_in_Vietnamese_and_nothing_changes(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        using var session = app.Session();
        await session.LoginAsync(a.ProvinceOfficer.UserName!);
        await using var before = app.SystemDb();
        var original = await before.Provinces.AsNoTracking().SingleAsync(p => p.Id == a.Commune.ProvinceId);

        var cases = new (Dictionary<string, object?> Values, string Message)[]
        {
            (new() { ["Settings.ReportCutoffDay"] = "20", ["Settings.ReportDueDay"] = "14" }, "Hạn gửi báo cáo phải sau ngày chốt số liệu"),
            (new() { ["Settings.PlanDueDay"] = "30", ["Settings.PlanDueMonth"] = "2" }, "Tháng 2 không có ngày 30"),
            (new() { ["Settings.ReportStartMonth"] = "13" }, "Tháng bắt đầu kỳ số liệu phải từ 1 đến 12"),
            (new() { ["Settings.ReportDueDay"] = "hai mươi" }, "không hợp lệ"),
            (new() { ["Settings.ReportRecipient"] = new string('S', 301) }, "dài quá 300 ký tự"),
        };
        foreach (var (values, message) in cases)
        {
            var response = await session.SubmitAsync(await session.GetPageAsync("/province/settings"), "form", values);
            Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
            var errors = WebSession.Parse(await response.Content.ReadAsStringAsync(), "/").ValidationErrors();
            Assert.Contains(errors, e => e.Contains(message, StringComparison.Ordinal));
        }

        await using var after = app.SystemDb();
        var now = await after.Provinces.AsNoTracking().SingleAsync(p => p.Id == a.Commune.ProvinceId);
        Assert.Equal(
            (
                original.ReportCutoffDay,
                original.ReportDueDay,
                original.ReportStartMonth,
                original.ReportStartDay,
                original.PlanDueDay,
                original.PlanDueMonth,
                original.ReportRecipient),
            (now.ReportCutoffDay, now.ReportDueDay, now.ReportStartMonth, now.ReportStartDay, now.PlanDueDay, now.PlanDueMonth, now.ReportRecipient));
    }
}
