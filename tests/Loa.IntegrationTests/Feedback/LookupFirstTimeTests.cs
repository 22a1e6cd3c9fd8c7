using System.Net;
using Loa.IntegrationTests.Infrastructure;

namespace Loa.IntegrationTests.Feedback;

/// <summary>
/// A citizen looks their feedback up the moment they have sent it: the look-up is not a form that can be "sent too fast"
/// (the anti-automation timing of the feedback form is not applied to it; the rate limit guards it), and the receipt's
/// "Tra cứu kết quả" carries the code (posted, never in an address) straight to the result.
/// </summary>
public sealed class LookupFirstTimeTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_receipts_lookup_shows_the_result_at_once_even_with_the_form_timing_on(Engine engine)
    {
        using var app = new LoaAppFactory(engine, settings: new Dictionary<string, string?> { ["Loa:HumanCheckSeconds"] = "3" });
        var a = await Scenario.CreateAsync(app);
        var portal = FeedbackData.Portal(a);
        using var citizen = app.Session();

        // the feedback form itself keeps its timing: it is sent after the citizen took their time to write
        var form = await citizen.GetPageAsync(portal + "/feedback?loai=phan-anh");
        using (app.Clock.RestoreAfterwards())
        {
            app.Clock.Now += TimeSpan.FromSeconds(30);
            var sent = await citizen.SubmitAsync(form, "form.feedback-form", FeedbackData.Valid(a));
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        var receipt = await citizen.GetPageAsync(portal + "/feedback/sent");
        var code = receipt.QuerySelector("#tracking-code")!.TextContent.Trim();

        // typed by hand on the look-up page, straight after opening it: the result, not "sent too fast"
        var lookup = await citizen.GetPageAsync(portal + "/feedback/lookup");
        var typed = await citizen.SubmitAsync(lookup, "form", new() { ["TrackingCode"] = code });
        var typedText = WebSession.Parse(await typed.Content.ReadAsStringAsync(), portal + "/feedback/lookup").Text();
        Assert.DoesNotContain("quá nhanh", typedText, StringComparison.Ordinal);
        Assert.Contains("Đã tiếp nhận", typedText, StringComparison.Ordinal);

        // "Tra cứu kết quả" on the receipt: a form that posts the code, and the result comes at once
        var direct = receipt.QuerySelectorAll("main form").FirstOrDefault(f => f.TextContent.Contains("Tra cứu kết quả", StringComparison.Ordinal));
        Assert.NotNull(direct);
        Assert.Equal("post", direct.GetAttribute("method"));
        Assert.DoesNotContain(code, direct.GetAttribute("action") ?? "", StringComparison.OrdinalIgnoreCase);
        var result = await citizen.SubmitAsync(receipt, "form.lookup-direct", []);
        var shown = WebSession.Parse(await result.Content.ReadAsStringAsync(), portal + "/feedback/lookup").Text();
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.DoesNotContain("quá nhanh", shown, StringComparison.Ordinal);
        Assert.Contains("Đã tiếp nhận", shown, StringComparison.Ordinal);

        // and the same look-up again (a person checking twice) is not "already sent"
        var again = await citizen.SubmitAsync(lookup, "form", new() { ["TrackingCode"] = code });
        Assert.Contains("Đã tiếp nhận", WebSession.Parse(await again.Content.ReadAsStringAsync(), portal).Text(), StringComparison.Ordinal);
    }
}
