using System.Net;
using Loa.Demo;
using Loa.Domain.Accounts;
using Loa.IntegrationTests.Infrastructure;
using Loa.Plans;
using Loa.Reports;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Web;

/// <summary>
/// The demo the run command shows: three real communes with their plans, units, accounts and months of
/// activities, and the other communes of Đồng Nai generated in every state.
/// </summary>
public sealed class DemoTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Demo_mode_builds_the_three_communes_from_their_real_plans(Engine engine)
    {
        using var app = new LoaAppFactory(engine, demo: true);
        _ = app.Server;
        await using var db = app.SystemDb();

        string[] real = ["Canh Vinh", "Hưng Phú", "Phước Tân"];
        var plans = await db.Plans
            .Include(p => p.Tasks)
            .Include(p => p.Sections)
            .AsSplitQuery()
            .Where(p => p.CommuneId != null && real.Contains(p.IssuerLocality))
            .ToListAsync();
        var province = await db.Plans.SingleAsync(p => p.CommuneId == null);
        Assert.Equal(("51/KH-UBND", PlanStatus.Issued, "Ủy ban nhân dân tỉnh Đồng Nai"), (province.Number, province.Status, province.IssuerName));
        var planIds = plans.Select(p => p.Id).Append(province.Id).ToList();
        Assert.Equal(4, await db.PlanVersions.CountAsync(v => planIds.Contains(v.PlanId)));
        Assert.Equal(["Canh Vinh", "Hưng Phú", "Phước Tân"], plans.Select(p => p.IssuerLocality).Order());
        Assert.All(plans, p => Assert.Equal(PlanStatus.Issued, p.Status));
        var canhVinh = plans.Single(p => p.IssuerLocality == "Canh Vinh");
        Assert.Equal(["4.1", "4.2", "4.3", "4.4"], canhVinh.Tasks.Single(t => t.Label == "4").Children.OrderBy(c => c.Order).Select(c => c.Label));
        var hungPhu = plans.Single(p => p.IssuerLocality == "Hưng Phú");
        Assert.Equal(5, hungPhu.Tasks.Single(t => t.Label == "1").QuantityValue);
        Assert.Contains(hungPhu.Sections, s => s.Label == "I" && s.Heading == "MỤC ĐÍCH, YÊU CẦU VÀ ĐỐI TƯỢNG");
        Assert.True(await db.Activities.CountAsync(a => a.PlanId == hungPhu.Id) >= 5);
        Assert.Equal(12, await db.Users.CountAsync(u => u.IsDemo && u.Email == null));
        Assert.Equal(1, await db.Users.CountAsync(u => u.IsDemo && u.Role == UserRole.ProvinceOfficer));
        Assert.Equal(1, await db.Users.CountAsync(u => u.IsDemo && u.Role == UserRole.NationalOfficer));

        using var session = app.Session();
        await session.LoginAsync("daumoi.hungphu", DemoData.Password);
        var page = await session.GetPageAsync($"/plans/details/{hungPhu.Id}");
        Assert.Contains("Phối hợp tuyên truyền về Chuyên mục", page.Text(), StringComparison.Ordinal);
        Assert.Contains("Số: 30/KH-UBND", page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_mode_generates_the_other_communes_of_dong_nai_in_every_state()
    {
        using var app = new LoaAppFactory(Engine.Sqlite, demo: true);
        _ = app.Server;
        await using var db = app.SystemDb();

        var dongNai = await db.Provinces.SingleAsync(p => p.Code == DemoSeeder.GeneratedProvinceCode);
        var communes = await db.Communes.CountAsync(c => c.ProvinceId == dongNai.Id);
        var plans = await db.Plans.Where(p => p.ProvinceId == dongNai.Id && p.CommuneId != null).ToListAsync();
        Assert.InRange(plans.Count, communes * 0.88, communes * 0.95);
        Assert.Single(plans, p => p.IssuerLocality == "Phước Tân");
        Assert.Equal(
            [PlanStatus.Draft, PlanStatus.Submitted, PlanStatus.Issued],
            plans.Select(p => p.Status).Distinct().Order());
        Assert.Contains(plans, p => p.IssuedOn > DemoProvinceGenerator.IssueDeadline(DemoData.Year));
        Assert.True(await db.CommuneReports.CountAsync(r => r.ProvinceId == dongNai.Id) > 50);
        Assert.Equal(1, await db.Users.CountAsync(u => u.Role == UserRole.ProvinceOfficer && u.ProvinceId == dongNai.Id));

        // a second start adds nothing
        await DemoSeeder.SeedAsync(db, new DateOnly(2026, 7, 1));
        Assert.Equal(plans.Count, await db.Plans.CountAsync(p => p.ProvinceId == dongNai.Id && p.CommuneId != null));

        using var session = app.Session();
        await session.LoginAsync(DemoData.ProvinceOfficerUserName, DemoData.Password);
        var page = await session.GetPageAsync("/plans");
        var generated = plans.First(p => p.IssuerLocality != "Phước Tân");
        Assert.Contains(generated.IssuerLocality, page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_communes_have_reports_of_past_periods_in_every_state_and_leave_quy_I_of_Phuoc_Tan_to_walk()
    {
        using var app = new LoaAppFactory(Engine.Sqlite, demo: true);
        app.Clock.Now = new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero); // the demo is built on this day: quý I, 6 tháng and 9 tháng are past due
        _ = app.Server;
        int planId;
        await using (var db = app.SystemDb())
        {
            var plan = await db.Plans
                .Include(p => p.Tasks)
                .ThenInclude(t => t.Units)
                .AsSplitQuery()
                .SingleAsync(p => p.IssuerLocality == "Phước Tân" && p.CommuneId != null);
            planId = plan.Id;
            var owing = ReportingUnits.Of(plan);
            var officer = await db.Users.SingleAsync(u => u.UserName == "donvi.phuoctan");
            var reports = await db.CommuneReports.Where(r => r.PlanId == plan.Id).ToDictionaryAsync(r => r.Period);
            var parts = await db.UnitReports.Where(r => r.PlanId == plan.Id).ToListAsync();

            Assert.False(reports.ContainsKey(ReportPeriodKind.Quarter1));
            Assert.DoesNotContain(parts, r => r.Period == ReportPeriodKind.Quarter1);

            var half = reports[ReportPeriodKind.HalfYear];
            Assert.Equal(CommuneReportStatus.Sent, half.Status);
            Assert.True(
                DateOnly.FromDateTime(Loa.Domain.VietnamTime.Local(half.SentAt!.Value)) <= new DateOnly(2026, 6, 20),
                "the 6-month report went out on time");
            Assert.Equal(
                owing,
                parts.Where(r => r.Period == ReportPeriodKind.HalfYear && r.Status == UnitReportStatus.Submitted).Select(r => r.UnitId).Order());

            Assert.Equal(CommuneReportStatus.Draft, reports[ReportPeriodKind.NineMonths].Status);
            var returned = parts.Single(r => r.Period == ReportPeriodKind.NineMonths && r.UnitId == officer.UnitId);
            Assert.Equal(UnitReportStatus.Returned, returned.Status);
            Assert.False(string.IsNullOrWhiteSpace(returned.ReturnComment));

            // the other showcase communes: everything sent but one report still in the works, on time and late
            var showcase = await db.Plans
                .Where(p => p.CommuneId != null && (p.IssuerLocality == "Canh Vinh" || p.IssuerLocality == "Hưng Phú"))
                .Select(p => p.Id)
                .ToListAsync();
            var others = await db.CommuneReports.Where(r => showcase.Contains(r.PlanId)).ToListAsync();
            Assert.Equal(6, others.Count);
            Assert.Equal(5, others.Count(r => r.Status == CommuneReportStatus.Sent));
        }

        // The unit officer finds the comment on the report the coordinator returned.
        using var session = app.Session();
        await session.LoginAsync("donvi.phuoctan", DemoData.Password);
        var list = await session.GetPageAsync("/reports");
        Assert.Contains("Bị trả lại", list.QuerySelector($"#periods-{planId} tr[data-period='q3']")!.TextContent, StringComparison.Ordinal);
        var unitPage = await session.GetPageAsync($"/reports/unit?plan={planId}&period=q3&unit={(await UnitOfAsync(app, "donvi.phuoctan"))}");
        Assert.Contains("Cán bộ đầu mối đã trả lại:", unitPage.Text(), StringComparison.Ordinal);
    }

    private static async Task<int> UnitOfAsync(LoaAppFactory app, string userName)
    {
        await using var db = app.SystemDb();
        return (await db.Users.SingleAsync(u => u.UserName == userName)).UnitId!.Value;
    }

    [Fact]
    public async Task Demo_accounts_cannot_sign_in_when_demo_mode_is_off()
    {
        using var app = new LoaAppFactory(Engine.Sqlite, demo: false);
        _ = app.Server;
        await using (var db = app.SystemDb())
        {
            Assert.True(await DemoSeeder.SeedAsync(db, new DateOnly(2026, 7, 1)));
        }

        using var session = app.Session();
        var login = await session.GetPageAsync("/account/login");
        Assert.DoesNotContain("Tài khoản dùng thử", login.Text(), StringComparison.Ordinal);
        var response = await session.SubmitAsync(login, "form", new() { ["Input.UserName"] = "quantri", ["Input.Password"] = DemoData.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
