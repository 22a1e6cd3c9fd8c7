using System.Text.Json;
using Microsoft.Playwright;

namespace Loa.BrowserTests.Infrastructure;

/// <summary>
/// Runs axe-core (from npm, copied beside the tests) in the page as it stands and lists the serious and critical
/// violations. The script is evaluated through the DevTools protocol, so the page's content policy stays as strict
/// as in production.
/// </summary>
public static class Accessibility
{
    public static string AxePath => Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");

    public static string? SkipReason => File.Exists(AxePath) || BrowserEnvironment.IsCi
        ? null
        : $"axe-core was not found at {AxePath}: install npm and build the tests (npm install runs at build time).";

    /// <summary>"color-contrast: Elements must meet minimum color contrast ratio thresholds @ .badge, …" per serious or critical rule broken.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        Assert.True(File.Exists(AxePath), $"axe-core missing at {AxePath}: the accessibility checks must run (npm install at build time).");
        await page.EvaluateAsync(await File.ReadAllTextAsync(AxePath));
        var result = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const r = await axe.run(document, { resultTypes: ['violations'] });
              return r.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(', '));
            }
            """);
        return result.EnumerateArray().Select(e => e.GetString() ?? "").ToList();
    }

    /// <summary>Fails with the list of serious and critical violations of the page, if any.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var violations = await SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{page.Url}: axe found serious accessibility problems:\n" + string.Join("\n", violations));
    }
}
