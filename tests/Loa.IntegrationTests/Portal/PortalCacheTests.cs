using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Loa.IntegrationTests.Procedures;
using Loa.Web.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Loa.IntegrationTests.Portal;

/// <summary>
/// The portal's busiest pages are kept for a short while for visitors, dropped at once when the commune changes them, and never
/// kept for staff.
/// </summary>
public sealed class PortalCacheTests : IDisposable
{
    private readonly LoaAppFactory app = new(Engine.Sqlite, configure: services => services.PostConfigure<LoaOptions>(o => o.PortalCacheSeconds = 300));

    [Fact]
    public async Task A_visitor_gets_the_kept_home_page_until_the_commune_changes_it()
    {
        var a = await Scenario.CreateAsync(app);
        using var coordinator = app.Session();
        await coordinator.LoginAsync(a.Coordinator.UserName!);
        await SaveIntroAsync(coordinator, "Lời chào đầu tiên");

        using var visitor = app.Session();
        var first = await visitor.Client.GetAsync($"/x/{a.Commune.Code}");
        Assert.False(first.Headers.Contains("Set-Cookie"), "a kept page must not set a cookie");
        Assert.Contains("Lời chào đầu tiên", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // a change written behind the app's back (no save through it) is not seen while the page is kept …
        await using (var db = app.SystemDb())
        {
            await db.PortalProfiles
                .IgnoreQueryFilters()
                .Where(p => p.CommuneId == a.Commune.Id)
                .ExecuteUpdateAsync(p => p.SetProperty(x => x.Intro, "Lời chào đặt ngầm"));
        }

        Assert.Contains("Lời chào đầu tiên", (await visitor.GetPageAsync($"/x/{a.Commune.Code}")).Text(), StringComparison.Ordinal);

        // … but staff see the live page, and what they save through the app shows at once
        Assert.Contains("Lời chào đặt ngầm", (await coordinator.GetPageAsync($"/x/{a.Commune.Code}")).Text(), StringComparison.Ordinal);
        await SaveIntroAsync(coordinator, "Lời chào mới của xã");
        Assert.Contains("Lời chào mới của xã", (await visitor.GetPageAsync($"/x/{a.Commune.Code}")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kept_procedure_search_follows_the_communes_list_at_once_and_one_communes_change_keeps_the_others()
    {
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, sameProvinceAs: a);
        await ProcedureFiles.ImportAsync(app, a);
        var search = $"/x/{a.Commune.Code}/procedures?q={Uri.EscapeDataString("ly lich tu phap thu nghiem " + a.Commune.Code)}";
        using var visitor = app.Session();

        // the record procedure is province-level: not on the commune's list until the coordinator takes it
        var before = await visitor.Client.GetAsync(search);
        Assert.False(before.Headers.Contains("Set-Cookie"), "a kept page must not set a cookie");
        Assert.DoesNotContain(ProcedureFiles.Record(a), Names(await before.Content.ReadAsStringAsync()));

        using var coordinator = app.Session();
        await coordinator.LoginAsync(a.Coordinator.UserName!);
        var list = await coordinator.GetPageAsync("/procedures?q=" + Uri.EscapeDataString(ProcedureFiles.Record(a)));
        var recordId = list.QuerySelectorAll("input[name='Shown']").Single().GetAttribute("value");
        var saved = await coordinator.SubmitAsync(list, "form[method='post']", new() { ["Selected"] = recordId });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Contains(ProcedureFiles.Record(a), Names(await visitor.Client.GetStringAsync(search)));

        // B's kept search is B's own, untouched by A's change
        var ofB = $"/x/{b.Commune.Code}/procedures?q={Uri.EscapeDataString("ly lich tu phap thu nghiem " + a.Commune.Code)}";
        Assert.DoesNotContain(ProcedureFiles.Record(a), Names(await visitor.Client.GetStringAsync(ofB)));
    }

    [Fact]
    public void The_output_cache_holds_at_most_the_configured_megabytes()
    {
        // the framework's default (100 MB) was a quarter of the server's memory under the national profile (decision record 43)
        var kept = app.Services.GetRequiredService<IOptions<OutputCacheOptions>>().Value;
        Assert.Equal(16L * 1024 * 1024, kept.SizeLimit);

        using var smaller = new LoaAppFactory(Engine.Sqlite, configure: services => services.PostConfigure<LoaOptions>(o => o.PortalCacheMegabytes = 4));
        Assert.Equal(4L * 1024 * 1024, smaller.Services.GetRequiredService<IOptions<OutputCacheOptions>>().Value.SizeLimit);
    }

    private static async Task SaveIntroAsync(WebSession coordinator, string intro)
    {
        var saved = await coordinator.SubmitAsync(await coordinator.GetPageAsync("/portal"), "form", new() { ["Profile.Intro"] = intro });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private static List<string> Names(string html) =>
        WebSession.Parse(html, "/").QuerySelectorAll(".procedure-list li > a").Select(x => x.TextContent.Trim()).ToList();

    public void Dispose() => app.Dispose();
}
