using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Loa.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loa.IntegrationTests.Portal;

/// <summary>The portal's busiest pages are kept for a short while for visitors, dropped at once when the commune changes them, and never kept for staff.</summary>
public sealed class PortalCacheTests : IDisposable
{
    private readonly LoaAppFactory app = new(Engine.Sqlite, configure: services => services.PostConfigure<LoaOptions>(o => o.PortalCacheSeconds = 300));

    [Fact]
    public async Task A_visitor_gets_the_kept_page_until_the_commune_changes_it()
    {
        var a = await Scenario.CreateAsync(app);
        using var visitor = app.Session();
        var first = await visitor.GetPageAsync($"/x/{a.Commune.Code}");
        Assert.Contains(a.Commune.Name, first.Text(), StringComparison.Ordinal);

        // a change behind the app's back is not seen while the page is kept …
        await using (var db = app.SystemDb())
        {
            db.PortalProfiles.Add(new Loa.Domain.Portal.PortalProfile { ProvinceId = a.Commune.ProvinceId, CommuneId = a.Commune.Id, Intro = "Lời chào đặt ngầm" });
            await db.SaveChangesAsync();
        }

        Assert.DoesNotContain("Lời chào đặt ngầm", (await visitor.GetPageAsync($"/x/{a.Commune.Code}")).Text(), StringComparison.Ordinal);

        // … but staff see the live page, and what they save through the app shows at once
        using var coordinator = app.Session();
        await coordinator.LoginAsync(a.Coordinator.UserName!);
        Assert.Contains("Lời chào đặt ngầm", (await coordinator.GetPageAsync($"/x/{a.Commune.Code}")).Text(), StringComparison.Ordinal);
        var saved = await coordinator.SubmitAsync(await coordinator.GetPageAsync("/portal"), "form", new() { ["Profile.Intro"] = "Lời chào mới của xã" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Lời chào mới của xã", (await visitor.GetPageAsync($"/x/{a.Commune.Code}")).Text(), StringComparison.Ordinal);

        await using var check = app.SystemDb();
        Assert.Equal("Lời chào mới của xã", (await check.PortalProfiles.IgnoreQueryFilters().SingleAsync(p => p.CommuneId == a.Commune.Id)).Intro);
    }

    public void Dispose() => app.Dispose();
}
