using System.Globalization;
using System.Net;
using Loa.Audit;
using Loa.Dashboards.Figures;
using Loa.Data;
using Loa.Demo;
using Loa.IntegrationTests.Infrastructure;
using Loa.IntegrationTests.Security;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Loa.IntegrationTests.Database;

/// <summary>
/// Writes are atomic (security.md 26): when the database fails in the middle of a save — after the records are
/// written, before the save's audit lines and its commit — nothing of the change stays, neither rows nor uploaded
/// files, and the user gets the Vietnamese error page with a correlation id, never a stack trace (security.md 14).
/// </summary>
public sealed class AtomicWriteTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_failure_in_the_middle_of_a_save_leaves_no_half_written_plan_report_or_activity(Engine engine)
    {
        var failure = new FailBeforeCommit();
        using var app = new LoaAppFactory(engine, configure: services => services.ConfigureDbContext<LoaDbContext>(o => o.AddInterceptors(failure)));
        var s = await Scenario.CreateAsync(app);
        var approved = await Scenario.CreateAsync(app, PlanStatus.Approved);

        // A plan imported from text: the plan, its parts, its tasks and new units in one save.
        using var coordinator = app.Session();
        await coordinator.LoginAsync(s.Coordinator.UserName!);
        var read = await coordinator.SubmitAsync(
            await coordinator.GetPageAsync("/plans/import"), "form", new() { ["Pasted"] = DemoPlanTexts.Read("hung-phu-2026.txt") });
        var review = WebSession.Parse(await read.Content.ReadAsStringAsync(), "/plans/import");
        await AssertNothingChangesAsync(app, s, failure, () => coordinator.SubmitAsync(review, "form", new() { ["Confirmed"] = "true" }));

        // The consolidated report sent to the leader: its status, its figures and the leader's notification.
        var reportUrl = $"/reports/commune?plan={s.Plan.Id}&period=h1";
        var saved = await coordinator.SubmitAsync(
            await coordinator.GetPageAsync(reportUrl),
            "form.card",
            new() { ["Input.Results"] = "Kết quả 6 tháng." },
            button: "button[formaction*='handler=Save']");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var report = await coordinator.GetPageAsync(reportUrl);
        await AssertNothingChangesAsync(
            app, s, failure, () => coordinator.SubmitAsync(report, "form.card", [], button: "button[formaction*='handler=Submit']"));

        // An activity with its photo: neither the row nor the file.
        using var officer = app.Session();
        await officer.LoginAsync(s.Officer.UserName!);
        var record = await officer.GetPageAsync($"/activities/create?taskId={s.ClipsTask.Id}");
        await AssertNothingChangesAsync(app, s, failure, () => officer.SubmitAsync(
            record,
            "form",
            new() { ["Activity.Title"] = "Clip không được lưu", ["Activity.Date"] = "2026-06-20", ["Activity.Quantity"] = "1" },
            [("Files", "clip.png", TestFiles.Png)]));

        // A plan issued by the leader: its number, date and status.
        using var leader = app.Session();
        await leader.LoginAsync(approved.Leader.UserName!);
        var issue = await leader.GetPageAsync($"/plans/issue/{approved.Plan.Id}");
        await AssertNothingChangesAsync(
            app, approved, failure, () => leader.SubmitAsync(issue, "form", new() { ["Input.Number"] = "5", ["Input.Date"] = "2026-07-01" }));

        // Without the failure, the same steps go through (the failure was the only reason they did not).
        var issued = await leader.SubmitAsync(issue, "form", new() { ["Input.Number"] = "5", ["Input.Date"] = "2026-07-01" });
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        await using var db = app.SystemDb();
        Assert.Equal(PlanStatus.Issued, (await db.Plans.SingleAsync(p => p.Id == approved.Plan.Id)).Status);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Every_change_of_a_report_is_in_the_audit_log_with_its_author(Engine engine)
    {
        using var app = new LoaAppFactory(engine);
        var s = await Scenario.CreateAsync(app);
        using var officer = app.Session();
        await officer.LoginAsync(s.Officer.UserName!);
        var unitUrl = $"/reports/unit?plan={s.Plan.Id}&period=h1&unit={s.ServiceCentre.Id}";
        var unit = await officer.SubmitAsync(
            await officer.GetPageAsync(unitUrl),
            "form.card",
            new() { ["Input.Results"] = "Đã làm 01 clip." },
            button: "button[formaction*='handler=Save']");
        Assert.Equal(HttpStatusCode.Redirect, unit.StatusCode);
        using var coordinator = app.Session();
        await coordinator.LoginAsync(s.Coordinator.UserName!);
        var reportUrl = $"/reports/commune?plan={s.Plan.Id}&period=h1";
        var commune = await coordinator.SubmitAsync(
            await coordinator.GetPageAsync(reportUrl),
            "form.card",
            new() { ["Input.Results"] = "Kết quả 6 tháng." },
            button: "button[formaction*='handler=Save']");
        Assert.Equal(HttpStatusCode.Redirect, commune.StatusCode);

        await using var db = app.SystemDb();
        var unitReport = (await db.UnitReports.SingleAsync(r => r.PlanId == s.Plan.Id)).Id.ToString(CultureInfo.InvariantCulture);
        var communeReport = (await db.CommuneReports.SingleAsync(r => r.PlanId == s.Plan.Id)).Id.ToString(CultureInfo.InvariantCulture);
        Assert.True(await db.AuditEntries.AnyAsync(e =>
            e.EntityType == "UnitReport" && e.EntityId == unitReport && e.Action == "create" && e.UserId == s.Officer.Id && e.CommuneId == s.Commune.Id));
        Assert.True(await db.AuditEntries.AnyAsync(e =>
            e.EntityType == "CommuneReport" && e.EntityId == communeReport && e.Action == "create" && e.UserId == s.Coordinator.Id));
    }

    private static async Task AssertNothingChangesAsync(LoaAppFactory app, Scenario scenario, FailBeforeCommit failure, Func<Task<HttpResponseMessage>> step)
    {
        var before = await TenantWalk.SnapshotAsync(app, scenario);
        var files = Files(app, scenario);
        var planCount = await CountPlansAsync(app, scenario);
        failure.Armed = true;

        var response = await step();

        Assert.False(failure.Armed, "the step never reached a save");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Dữ liệu của bạn chưa bị thay đổi", body, StringComparison.Ordinal);
        Assert.Contains("Mã tra cứu lỗi", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Simulated", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Loa.", body, StringComparison.Ordinal);
        Assert.Equal(before, await TenantWalk.SnapshotAsync(app, scenario));
        Assert.Equal(files, Files(app, scenario));
        Assert.Equal(planCount, await CountPlansAsync(app, scenario));
    }

    private static async Task<int> CountPlansAsync(LoaAppFactory app, Scenario scenario)
    {
        await using var db = app.SystemDb();
        return await db.Plans.CountAsync(p => p.CommuneId == scenario.Commune.Id)
            + await db.Sections.CountAsync(x => db.Plans.Any(p => p.Id == x.PlanId && p.CommuneId == scenario.Commune.Id));
    }

    private static List<string> Files(LoaAppFactory app, Scenario scenario)
    {
        var folder = Path.Combine(app.DataPath, "uploads", scenario.Commune.Id.ToString(CultureInfo.InvariantCulture));
        return Directory.Exists(folder) ? [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)] : [];
    }

    /// <summary>
    /// While armed, fails the first save that writes only audit lines inside an open transaction: the last step of a
    /// save (<c>SaveChangesPipeline</c>), after the change itself was written and before it is committed.
    /// </summary>
    private sealed class FailBeforeCommit : SaveChangesInterceptor
    {
        private volatile bool armed;

        public bool Armed
        {
            get => armed;
            set => armed = value;
        }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var db = eventData.Context!;
            var pending = db.ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged && e.State != EntityState.Detached).ToList();
            var onlyAuditAndFigures = pending.Count > 0
                && pending.All(e => e.Entity is AuditEntry or CommuneFigures or CommuneActivityFigures);
            if (armed && db.Database.CurrentTransaction is not null && onlyAuditAndFigures)
            {
                armed = false;
                throw new InvalidOperationException("Simulated failure between writing a change and committing it.");
            }

            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
