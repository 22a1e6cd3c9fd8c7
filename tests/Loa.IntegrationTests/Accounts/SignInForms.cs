using System.Diagnostics;
using System.Net;
using Loa.IntegrationTests.Infrastructure;

namespace Loa.IntegrationTests.Accounts;

/// <summary>The sign-in form as a test fills it: what the page answered (status and messages), and how long the post took.</summary>
public static class SignInForms
{
    public sealed record Answer(HttpStatusCode Status, string Messages, TimeSpan Took, string? Location);

    public static async Task<Answer> TryAsync(WebSession session, string userName, string password, string url = "/account/login")
    {
        var page = await session.GetPageAsync(url);
        var watch = Stopwatch.StartNew();
        var response = await session.SubmitAsync(page, "form", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
        watch.Stop();
        var body = await response.Content.ReadAsStringAsync();
        var messages = response.StatusCode == HttpStatusCode.Redirect ? "" : string.Join(" | ", WebSession.Parse(body, url).ValidationErrors());
        return new Answer(response.StatusCode, messages, watch.Elapsed, response.Headers.Location?.OriginalString);
    }

    public static double MedianMilliseconds(IEnumerable<TimeSpan> times)
    {
        var sorted = times.Select(t => t.TotalMilliseconds).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
