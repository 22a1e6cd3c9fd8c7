using Loa.IntegrationTests.Infrastructure;

namespace Loa.IntegrationTests.Web;

/// <summary>
/// Chart.js (about 205 KB) is sent only with the pages that draw a chart: the portal home and a staff page without
/// a chart do not reference it, the commune's dashboard, which draws charts, does.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ChartScriptTests(AppFixture fixture)
{
    private const string Library = "chart.umd.min.js";

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Chart_js_is_referenced_only_by_pages_that_draw_a_chart(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);

        using var anonymous = app.Session();
        var portalHome = await anonymous.Client.GetStringAsync($"/x/{a.Commune.Code}");
        Assert.Contains("portal-nav", portalHome, StringComparison.Ordinal);
        Assert.DoesNotContain(Library, portalHome, StringComparison.Ordinal);
        Assert.DoesNotContain("js/charts.js", portalHome, StringComparison.Ordinal);

        using var session = app.Session();
        await session.LoginAsync(a.Coordinator.UserName!);
        var dashboard = await session.Client.GetStringAsync("/dashboard");
        Assert.Contains("data-chart=", dashboard, StringComparison.Ordinal);
        Assert.Contains(Library, dashboard, StringComparison.Ordinal);
        Assert.Contains("js/charts.js", dashboard, StringComparison.Ordinal);

        var plans = await session.Client.GetStringAsync("/plans");
        Assert.DoesNotContain("data-chart=", plans, StringComparison.Ordinal);
        Assert.DoesNotContain(Library, plans, StringComparison.Ordinal);
    }
}
