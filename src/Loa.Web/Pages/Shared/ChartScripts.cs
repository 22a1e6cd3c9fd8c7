namespace Loa.Web.Pages.Shared;

/// <summary>
/// Chart.js is about 205 KB: it is sent only with a page that draws a chart. The <c>_Chart</c> partial marks the
/// request when it renders a chart; the layouts, rendered after the page's body, add the scripts only then.
/// </summary>
public static class ChartScripts
{
    private const string Key = "loa-chart-drawn";

    /// <summary>Notes that the page being rendered draws a chart.</summary>
    public static void MarkUsed(HttpContext context) => context.Items[Key] = true;

    /// <summary>Whether the page being rendered drew a chart, so the layout must load Chart.js.</summary>
    public static bool Used(HttpContext context) => context.Items.ContainsKey(Key);
}
