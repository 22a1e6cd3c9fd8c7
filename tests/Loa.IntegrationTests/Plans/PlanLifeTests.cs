using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Plans;

/// <summary>A plan's life through the staff pages: create, edit, add a task, submit, approve, issue.</summary>
[Collection(AppCollection.Name)]
public sealed class PlanLifeTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Coordinator_drafts_a_plan_the_leader_approves_and_issues_it(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app);
        using var coordinator = app.Session();
        await coordinator.LoginAsync(scenario.Coordinator.UserName!);

        var create = await coordinator.GetPageAsync("/plans/create");
        var created = await coordinator.SubmitAsync(create, "form", new() { ["Input.Year"] = "2027", ["Input.SourcePlanId"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var planUrl = created.Headers.Location!.OriginalString;
        var planId = int.Parse(planUrl.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

        var edit = await coordinator.GetPageAsync($"/plans/edit/{planId}");
        var saved = await coordinator.SubmitAsync(edit, "form", new() { ["Input.Title"] = "Thông tin, tuyên truyền CCHC năm 2027 của phường" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var addTask = await coordinator.GetPageAsync($"/tasks/create?planId={planId}");
        var added = await coordinator.SubmitAsync(addTask, "form", new()
        {
            ["Task.Name"] = "Tổ chức hội nghị đối thoại với doanh nghiệp",
            ["Task.LeadUnitIds"] = new[] { scenario.Culture.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            ["Task.PartnerUnitIds"] = new[] { scenario.ServiceCentre.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            ["Task.Quantity"] = "02 cuộc",
            ["Task.Timeframe"] = "Quý III/2027",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var details = await coordinator.GetPageAsync(planUrl);
        Assert.Contains("Tổ chức hội nghị đối thoại với doanh nghiệp", details.Text(), StringComparison.Ordinal);
        var submitted = await coordinator.SubmitAsync(details, "form[action*='handler=Submit']", []);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Contains("Chờ duyệt", (await coordinator.GetPageAsync(planUrl)).Text(), StringComparison.Ordinal);

        using var leader = app.Session();
        await leader.LoginAsync(scenario.Leader.UserName!);
        var review = await leader.GetPageAsync(planUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await leader.SubmitAsync(review, "form[action*='handler=Approve']", [])).StatusCode);
        var issue = await leader.GetPageAsync($"/plans/issue/{planId}");
        var issuing = await leader.SubmitAsync(issue, "form", new() { ["Input.Number"] = "5", ["Input.Date"] = "2027-01-20" });
        Assert.Equal(HttpStatusCode.Redirect, issuing.StatusCode);

        var issued = await leader.GetPageAsync(planUrl);
        Assert.Contains("Số: 05/KH-UBND", issued.Text(), StringComparison.Ordinal);
        Assert.Contains("ngày 20 tháng 01 năm 2027", issued.Text(), StringComparison.Ordinal);
        await using var db = app.SystemDb();
        var plan = await db.Plans.Include(p => p.Tasks).ThenInclude(t => t.Units).AsSplitQuery().SingleAsync(p => p.Id == planId);
        Assert.Equal(PlanStatus.Issued, plan.Status);
        Assert.Equal(new DateOnly(2027, 1, 20), plan.IssuedOn);
        var task = Assert.Single(plan.Tasks);
        Assert.Equal(2, task.QuantityValue);
        Assert.Equal([scenario.Culture.Id], task.Leads.Select(u => u.UnitId!.Value));
        Assert.Equal([scenario.ServiceCentre.Id], task.Partners.Select(u => u.UnitId!.Value));
        var actions = await db.AuditEntries
            .Where(a => a.EntityType == "Plan" && a.EntityId == planId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(a => a.Action)
            .ToListAsync();
        Assert.Contains("create", actions);
        Assert.Contains("submit", actions);
        Assert.Contains("approve", actions);
        Assert.Contains("issue", actions);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_copy_of_last_years_plan_keeps_its_tasks_and_their_units(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app);
        using var coordinator = app.Session();
        await coordinator.LoginAsync(scenario.Coordinator.UserName!);
        var create = await coordinator.GetPageAsync("/plans/create");
        var source = scenario.Plan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var created = await coordinator.SubmitAsync(create, "form", new() { ["Input.Year"] = "2027", ["Input.SourcePlanId"] = source });
        var planId = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

        await using var db = app.SystemDb();
        var copy = await db.Plans.Include(p => p.Tasks).ThenInclude(t => t.Units).Include(p => p.Sections).AsSplitQuery().SingleAsync(p => p.Id == planId);
        Assert.Equal(PlanStatus.Draft, copy.Status);
        Assert.Null(copy.Number);
        Assert.Equal(2027, copy.Year);
        Assert.Equal(scenario.Plan.Id, copy.SourcePlanId);
        Assert.Equal(["1", "2"], copy.Tasks.OrderBy(t => t.Order).Select(t => t.Label));
        Assert.Equal(scenario.ServiceCentre.Id, copy.Tasks.Single(t => t.Label == "2").Leads.Single().UnitId);
        var root = copy.Sections.Single(s => s.ParentId is null);
        Assert.Equal(scenario.Plan.Sections.Single(s => s.Label == "I").Paragraphs, root.Paragraphs);
        var child = copy.Sections.Single(s => s.ParentId == root.Id);
        Assert.Equal(("1", "Mục đích"), (child.Label, child.Heading));
        Assert.Equal("a", copy.Sections.Single(s => s.ParentId == child.Id).Label);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Submitting_a_plan_without_tasks_is_refused_in_Vietnamese_and_changes_nothing(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, PlanStatus.Draft);
        await using (var db = app.SystemDb())
        {
            db.Tasks.RemoveRange(db.Tasks.Where(t => t.PlanId == scenario.Plan.Id));
            await db.SaveChangesAsync();
        }

        using var coordinator = app.Session();
        await coordinator.LoginAsync(scenario.Coordinator.UserName!);
        var details = await coordinator.GetPageAsync($"/plans/details/{scenario.Plan.Id}");
        var response = await coordinator.SubmitAsync(details, "form[action*='handler=Submit']", []);

        var page = WebSession.Parse(await response.Content.ReadAsStringAsync(), "/");
        Assert.Contains(page.ValidationErrors(), e => e.Contains("chưa có nhiệm vụ", StringComparison.Ordinal));
        await using var check = app.SystemDb();
        Assert.Equal(PlanStatus.Draft, (await check.Plans.SingleAsync(p => p.Id == scenario.Plan.Id)).Status);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_empty_title_is_refused_and_the_plan_stays_as_it_was(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, PlanStatus.Draft);
        using var coordinator = app.Session();
        await coordinator.LoginAsync(scenario.Coordinator.UserName!);
        var edit = await coordinator.GetPageAsync($"/plans/edit/{scenario.Plan.Id}");
        var response = await coordinator.SubmitAsync(edit, "form", new()
        {
            ["Input.Title"] = "  ",
            ["Input.Recipients"] = "Chỉ một nơi nhận",
            ["Input.DateMonth"] = "mười",
            ["Input.Place"] = new string('x', 101),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebSession.Parse(await response.Content.ReadAsStringAsync(), "/");
        Assert.Contains(page.ValidationErrors(), e => e.Contains("trích yếu", StringComparison.Ordinal));
        Assert.Contains(page.ValidationErrors(), e => e.Contains("“mười” không hợp lệ", StringComparison.Ordinal));
        Assert.Contains(page.ValidationErrors(), e => e.Contains("Địa danh dài quá 100 ký tự", StringComparison.Ordinal));
        Assert.DoesNotContain(page.ValidationErrors(), e => e.Contains("The ", StringComparison.Ordinal) || e.Contains("field", StringComparison.Ordinal));
        await using var db = app.SystemDb();
        var plan = await db.Plans.SingleAsync(p => p.Id == scenario.Plan.Id);
        Assert.Equal(scenario.Plan.Title, plan.Title);
        Assert.Equal(["Sở Nội vụ", "Lưu: VT"], plan.Recipients);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Two_people_editing_the_same_plan_cannot_overwrite_each_other(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, PlanStatus.Draft);
        using var first = app.Session();
        using var second = app.Session();
        await first.LoginAsync(scenario.Coordinator.UserName!);
        await second.LoginAsync(scenario.Coordinator.UserName!);
        var firstForm = await first.GetPageAsync($"/plans/edit/{scenario.Plan.Id}");
        var secondForm = await second.GetPageAsync($"/plans/edit/{scenario.Plan.Id}");

        var early = await first.SubmitAsync(firstForm, "form", new() { ["Input.Title"] = "Bản của người thứ nhất" });
        Assert.Equal(HttpStatusCode.Redirect, early.StatusCode);
        var late = await second.SubmitAsync(secondForm, "form", new() { ["Input.Title"] = "Bản của người thứ hai" });

        var page = WebSession.Parse(await late.Content.ReadAsStringAsync(), "/");
        Assert.Contains(page.ValidationErrors(), e => e.Contains("vừa được người khác sửa", StringComparison.Ordinal));
        await using var db = app.SystemDb();
        Assert.Equal("Bản của người thứ nhất", (await db.Plans.SingleAsync(p => p.Id == scenario.Plan.Id)).Title);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Body_rows_become_a_tree_and_a_level_jump_is_refused(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, PlanStatus.Draft);
        using var coordinator = app.Session();
        await coordinator.LoginAsync(scenario.Coordinator.UserName!);
        var body = await coordinator.GetPageAsync($"/plans/body/{scenario.Plan.Id}");
        var saved = await coordinator.SubmitAsync(body, "form", new()
        {
            ["Rows[1].Level"] = "2",
            ["Rows[1].Label"] = "1",
            ["Rows[1].Heading"] = "Mục đích",
            ["Rows[1].Paragraphs"] = "Đoạn một.\n\nĐoạn hai.",
            ["Rows[2].Level"] = "3",
            ["Rows[2].Label"] = "a",
            ["Rows[2].Paragraphs"] = "Điểm a.",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using (var db = app.SystemDb())
        {
            var sections = await db.Sections.Where(s => s.PlanId == scenario.Plan.Id).ToListAsync();
            var root = sections.Single(s => s.ParentId is null);
            var child = sections.Single(s => s.ParentId == root.Id);
            Assert.Equal(["Đoạn một.", "Đoạn hai."], child.Paragraphs);
            Assert.Equal("a", sections.Single(s => s.ParentId == child.Id).Label);
        }

        var again = await coordinator.GetPageAsync($"/plans/body/{scenario.Plan.Id}");
        var refused = await coordinator.SubmitAsync(
            again, "form", new() { ["Rows[3].Level"] = "4", ["Rows[3].Heading"] = "Nhảy cấp", ["Rows[3].Position"] = "5" });
        var page = WebSession.Parse(await refused.Content.ReadAsStringAsync(), "/");
        Assert.Contains(page.ValidationErrors(), e => e.Contains("không hợp lệ", StringComparison.Ordinal));
    }
}
