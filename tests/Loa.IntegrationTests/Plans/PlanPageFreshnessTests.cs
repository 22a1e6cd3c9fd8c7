using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Plans;

/// <summary>
/// What the plan page shows of a commune's plan is built once per change of the commune's data and kept (decision record
/// 42): yet nobody sees it out of date — not after a save on another instance of the app, not after an edit of the plan's
/// text alone (a section or a task's lead, which name no commune) — and a page kept for one commune's staff is never shown to another's.
/// </summary>
public sealed class PlanPageFreshnessTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_activity_saved_on_another_instance_shows_on_this_instances_plan_page_at_once(Engine engine)
    {
        using var first = new LoaAppFactory(engine);
        using var second = first.SecondInstance();
        var a = await Scenario.CreateAsync(first);
        using var leader = second.Session();
        await leader.LoginAsync(a.Leader.UserName!);
        var title = $"Hội nghị đối thoại về thủ tục đất đai ({a.Commune.Code})";
        Assert.DoesNotContain(title, await PlanPageAsync(leader, a), StringComparison.Ordinal);

        await a.AddActivityAsync(first, a.Culture, a.ArticlesTask, a.Coordinator, title);

        Assert.Contains(title, await PlanPageAsync(leader, a), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_edit_of_a_section_alone_shows_in_the_plans_full_text_at_once(Engine engine)
    {
        using var first = new LoaAppFactory(engine);
        using var second = first.SecondInstance();
        var a = await Scenario.CreateAsync(first);
        using var leader = second.Session();
        await leader.LoginAsync(a.Leader.UserName!);
        Assert.Contains($"Mục đích riêng của {a.Commune.Name}.", await PlanPageAsync(leader, a), StringComparison.Ordinal);

        await using (var db = first.SystemDb())
        {
            var part = await db.Sections.SingleAsync(s => s.PlanId == a.Plan.Id && s.Label == "I");
            part.Paragraphs = ["Mục đích đã sửa: người dân biết và dùng dịch vụ công trực tuyến."];
            await db.SaveChangesAsync();
            Assert.Empty(db.ChangeTracker.Entries<Plan>());
        }

        var page = await PlanPageAsync(leader, a);
        Assert.Contains("Mục đích đã sửa: người dân biết và dùng dịch vụ công trực tuyến.", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"Mục đích riêng của {a.Commune.Name}.", page, StringComparison.Ordinal);

        // a task's lead renamed, the task itself untouched
        await using (var db = first.SystemDb())
        {
            var lead = await db.Set<KeyTaskUnit>().SingleAsync(u => u.TaskId == a.ArticlesTask.Id && u.Role == TaskUnitRole.Lead);
            lead.Name = "Văn phòng HĐND và UBND xã";
            await db.SaveChangesAsync();
            Assert.Empty(db.ChangeTracker.Entries<KeyTask>());
        }

        Assert.Contains("Văn phòng HĐND và UBND xã", await PlanPageAsync(leader, a), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_plan_page_kept_for_its_communes_staff_is_not_found_for_another_communes(Engine engine)
    {
        using var app = new LoaAppFactory(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, sameProvinceAs: a);
        using var own = app.Session();
        await own.LoginAsync(a.Leader.UserName!);
        Assert.Contains(a.Plan.Title, await PlanPageAsync(own, a), StringComparison.Ordinal);

        using var other = app.Session();
        await other.LoginAsync(b.Leader.UserName!);
        var response = await other.Client.GetAsync($"/plans/details/{a.Plan.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(a.Plan.Title, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_provinces_plan_is_seen_by_its_communes_staff_only_once_issued(Engine engine)
    {
        using var app = new LoaAppFactory(engine);
        var a = await Scenario.CreateAsync(app);
        Plan provincePlan;
        await using (var db = app.SystemDb())
        {
            provincePlan = new Plan
            {
                ProvinceId = a.Commune.ProvinceId,
                CommuneId = null,
                Year = 2026,
                Status = PlanStatus.Draft,
                IssuerName = "ỦY BAN NHÂN DÂN TỈNH",
                Title = $"Kế hoạch tuyên truyền cải cách hành chính của tỉnh năm 2026 ({a.Commune.Code})",
                CreatedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
            };
            db.Plans.Add(provincePlan);
            await db.SaveChangesAsync();
        }

        using var leader = app.Session();
        await leader.LoginAsync(a.Leader.UserName!);
        using var province = app.Session();
        await province.LoginAsync(a.ProvinceOfficer.UserName!);
        var url = $"/plans/details/{provincePlan.Id}";
        Assert.Equal(HttpStatusCode.NotFound, (await leader.Client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await province.Client.GetAsync(url)).StatusCode);

        await using (var db = app.SystemDb())
        {
            var plan = await db.Plans.SingleAsync(p => p.Id == provincePlan.Id);
            (plan.Status, plan.Number, plan.IssuedOn) = (PlanStatus.Issued, "15/KH-UBND", new DateOnly(2026, 1, 20));
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await leader.Client.GetAsync(url)).StatusCode);
    }

    private static async Task<string> PlanPageAsync(WebSession session, Scenario scenario)
    {
        var response = await session.Client.GetAsync($"/plans/details/{scenario.Plan.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
