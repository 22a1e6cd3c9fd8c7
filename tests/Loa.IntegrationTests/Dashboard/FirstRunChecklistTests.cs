using System.Net;
using Loa.Articles;
using Loa.Domain.Accounts;
using Loa.IntegrationTests.Infrastructure;
using Loa.Plans;
using Loa.Portal;

namespace Loa.IntegrationTests.Dashboard;

/// <summary>
/// The coordinator's first-run checklist on /dashboard: computed from the commune's data (another commune's data ticks
/// nothing), gone when every step is done, hidden for this coordinator when asked, never shown to other roles.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class FirstRunChecklistTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_checklist_reflects_the_commune_s_own_data(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app, PlanStatus.Draft, withActivity: false);
        var b = await Scenario.CreateAsync(app, sameProvinceAs: a);

        // B, in the same province, has a profile, a published article and an activity: none of it counts for A.
        await AddProfileAsync(app, b);
        await AddArticleAsync(app, b, ArticleStatus.Published);

        using var session = app.Session();
        await session.LoginAsync(a.Coordinator.UserName!);
        var page = await session.GetPageAsync("/dashboard");
        Assert.Equal(
            new Dictionary<string, bool>
            {
                ["profile"] = false,
                ["units"] = true,
                ["accounts"] = true,
                ["plan"] = true,
                ["issued"] = false,
                ["article"] = false,
                ["activity"] = false,
            },
            Steps(page));
        Assert.Contains("Bắt đầu dùng Loa: đã xong 3/7 bước", page.Text(), StringComparison.Ordinal);
        var issue = page.QuerySelector("li[data-step=issued] a")!;
        Assert.Equal($"/plans/details/{a.Plan.Id}", issue.GetAttribute("href"));
        Assert.Equal("/portal", page.QuerySelector("li[data-step=profile] a")!.GetAttribute("href"));

        // A draft article is not on the portal; a published one is.
        await AddArticleAsync(app, a, ArticleStatus.Draft);
        Assert.False(Steps(await session.GetPageAsync("/dashboard"))["article"]);
        await AddProfileAsync(app, a);
        await AddArticleAsync(app, a, ArticleStatus.Published);
        var later = Steps(await session.GetPageAsync("/dashboard"));
        Assert.True(later["profile"]);
        Assert.True(later["article"]);

        // The plan issued and a first activity recorded: every step is done, the checklist is gone.
        await using (var db = app.SystemDb())
        {
            var plan = db.Plans.Single(p => p.Id == a.Plan.Id);
            (plan.Status, plan.Number, plan.IssuedOn) = (PlanStatus.Issued, "09/KH-UBND", new DateOnly(2026, 2, 2));
            await db.SaveChangesAsync();
        }

        await a.AddActivityAsync(app, a.ServiceCentre, a.ClipsTask, a.Officer, $"Hoạt động đầu tiên ({a.Commune.Code})");
        var done = await session.GetPageAsync("/dashboard");
        Assert.Null(done.QuerySelector(".first-run"));

        // B has done every step (units, accounts, issued plan and activity from the scenario; profile and article above).
        using var other = app.Session();
        await other.LoginAsync(b.Coordinator.UserName!);
        Assert.Null((await other.GetPageAsync("/dashboard")).QuerySelector(".first-run"));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_coordinator_may_hide_it_and_other_roles_never_see_it(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app, PlanStatus.Draft, withActivity: false);

        foreach (var user in new[] { a.Leader, a.Officer })
        {
            using var staff = app.Session();
            await staff.LoginAsync(user.UserName!);
            Assert.Null((await staff.GetPageAsync("/dashboard")).QuerySelector(".first-run"));
        }

        using var session = app.Session();
        await session.LoginAsync(a.Coordinator.UserName!);
        var page = await session.GetPageAsync("/dashboard");
        Assert.NotNull(page.QuerySelector(".first-run"));
        var hidden = await session.SubmitAsync(page, ".first-run form", []);
        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        Assert.Null((await session.GetPageAsync("/dashboard")).QuerySelector(".first-run"));

        // Another coordinator of the same commune, on their own browser, still sees it.
        var second = LocalAccounts.Create(
            $"daumoi2.{a.Commune.Code}", "Đầu mối thứ hai", UserRole.Coordinator, Scenario.Password, a.Commune.ProvinceId, a.Commune.Id, a.Culture.Id);
        await using (var db = app.SystemDb())
        {
            db.Users.Add(second);
            await db.SaveChangesAsync();
        }

        using var colleague = app.Session();
        await colleague.LoginAsync(second.UserName!);
        Assert.NotNull((await colleague.GetPageAsync("/dashboard")).QuerySelector(".first-run"));
    }

    private static Dictionary<string, bool> Steps(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".first-run li[data-step]").ToDictionary(li => li.GetAttribute("data-step")!, li => li.ClassList.Contains("done"));

    private static async Task AddProfileAsync(LoaAppFactory app, Scenario s)
    {
        await using var db = app.SystemDb();
        db.PortalProfiles.Add(new PortalProfile
        {
            ProvinceId = s.Commune.ProvinceId,
            CommuneId = s.Commune.Id,
            Address = "Bộ phận Một cửa, số 1",
            Hotline = "0251 000 000",
            UpdatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    private static async Task AddArticleAsync(LoaAppFactory app, Scenario s, ArticleStatus status)
    {
        await using var db = app.SystemDb();
        db.Articles.Add(new Article
        {
            ProvinceId = s.Commune.ProvinceId,
            CommuneId = s.Commune.Id,
            Title = $"Tin thử {status} {s.Commune.Code}",
            Slug = $"tin-thu-{status.ToString().ToLowerInvariant()}-{s.Commune.Code}",
            Body = "<p>Nội dung.</p>",
            Status = status,
            AuthorId = s.Coordinator.Id,
            AuthorName = s.Coordinator.FullName,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
            PublishAt = status == ArticleStatus.Draft ? null : LoaAppFactory.Now.UtcDateTime.AddDays(-1),
        });
        await db.SaveChangesAsync();
    }
}
