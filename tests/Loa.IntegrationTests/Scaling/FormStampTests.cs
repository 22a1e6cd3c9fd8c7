using System.Net;
using Loa.IntegrationTests.Feedback;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Scaling;

/// <summary>The anti-automation stamp of a public form is good for one sending, on whichever instance receives it (security.md 19).</summary>
public sealed class FormStampTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_public_form_sent_again_is_refused_in_Vietnamese_even_on_another_instance(Engine engine)
    {
        using var first = new LoaAppFactory(engine);
        var scenario = await Scenario.CreateAsync(first);
        using var second = first.SecondInstance();
        var url = FeedbackData.Portal(scenario) + "/feedback?loai=phan-anh";

        // one citizen's form, as served by the first instance, with its antiforgery cookie
        using var browser = first.BareClient();
        var served = await browser.GetAsync(url);
        var cookie = served.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("loa.af=", StringComparison.Ordinal));
        var form = WebSession.Parse(await served.Content.ReadAsStringAsync(), url);

        // sent once, then the very same form (fields, token, stamp) again to the same instance and to the other one
        var answers = new List<(HttpStatusCode Status, IReadOnlyList<string> Errors)>();
        foreach (var instance in new[] { first, first, second })
        {
            var client = instance.BareClient();
            client.DefaultRequestHeaders.Add("Cookie", cookie);
            using var session = new WebSession(client);
            var response = await session.SubmitAsync(form, "form.feedback-form", FeedbackData.Valid(scenario));
            answers.Add((response.StatusCode, WebSession.Parse(await response.Content.ReadAsStringAsync(), url).ValidationErrors()));
        }

        Assert.Equal(HttpStatusCode.Redirect, answers[0].Status);
        Assert.All(answers.Skip(1), a =>
        {
            Assert.Equal(HttpStatusCode.OK, a.Status);
            Assert.Contains(a.Errors, e => e.Contains("đã được gửi", StringComparison.Ordinal));
        });
        await using var db = first.SystemDb();
        Assert.Equal(1, await db.Feedback.IgnoreQueryFilters().CountAsync(f => f.CommuneId == scenario.Commune.Id));
    }
}
