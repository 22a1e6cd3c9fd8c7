using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Loa.Surveys;

namespace Loa.IntegrationTests.Surveys;

/// <summary>The portal shows only a commune's own published surveys; staff reach only their commune's.</summary>
[Collection(AppCollection.Name)]
public sealed class SurveyIsolationTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Drafts_ended_ones_without_results_and_other_communes_surveys_stay_off_a_portal(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, otherProvinceThan: a);
        var open = await SurveyData.AddAsync(app, a, SurveyStatus.Open, $"Khảo sát đang mở {a.Commune.Code}");
        var draft = await SurveyData.AddAsync(app, a, SurveyStatus.Draft, $"Khảo sát nháp {a.Commune.Code}");
        var closed = await SurveyData.AddAsync(app, a, SurveyStatus.Closed, $"Khảo sát đã đóng {a.Commune.Code}");
        var others = await SurveyData.AddAsync(app, b, SurveyStatus.Open, $"Khảo sát của xã khác {b.Commune.Code}");

        using var citizen = app.Session();
        var list = (await citizen.GetPageAsync($"/x/{a.Commune.Code}/surveys")).Text();
        Assert.Contains(open.Title, list, StringComparison.Ordinal);
        Assert.Contains(closed.Title, list, StringComparison.Ordinal); // its results are public
        Assert.DoesNotContain(draft.Title, list, StringComparison.Ordinal);
        Assert.DoesNotContain(others.Title, list, StringComparison.Ordinal);
        Assert.Contains(open.Title, (await citizen.GetPageAsync($"/x/{a.Commune.Code}")).Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(closed.Title, (await citizen.GetPageAsync($"/x/{a.Commune.Code}")).Text(), StringComparison.Ordinal);

        var hidden = new[]
        {
            $"/x/{a.Commune.Code}/surveys/{draft.Id}",
            $"/x/{a.Commune.Code}/surveys/{others.Id}",
            $"/x/{a.Commune.Code}/surveys/{others.Id}/results",
            $"/x/{a.Commune.Code}/surveys/{draft.Id}/results",
        };
        foreach (var url in hidden)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await citizen.Client.GetAsync(url)).StatusCode);
        }

        // a closed survey takes no answer, even posted by hand
        var closedPage = await citizen.GetPageAsync($"/x/{a.Commune.Code}/surveys/{closed.Id}");
        Assert.Null(closedPage.QuerySelector("form.take-form"));
        var token = closedPage.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        if (token is not null)
        {
            await citizen.Client.PostAsync($"/x/{a.Commune.Code}/surveys/{closed.Id}", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        }

        Assert.Equal(0, await SurveyData.ResponsesAsync(app, closed.Id, submittedOnly: false));

        // A's staff: B's survey is missing for every page and action
        using var staff = app.Session();
        await staff.LoginAsync(a.Coordinator.UserName!);
        Assert.DoesNotContain(others.Title, (await staff.GetPageAsync("/surveys")).Text(), StringComparison.Ordinal);
        foreach (var url in new[] { $"/surveys/details/{others.Id}", $"/surveys/edit/{others.Id}", $"/surveys/export/{others.Id}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await staff.Client.GetAsync(url)).StatusCode);
        }

        // the unit officer does not manage surveys
        using var officer = app.Session();
        await officer.LoginAsync(a.Officer.UserName!);
        var denied = await officer.Client.GetAsync("/surveys");
        Assert.True(denied.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{(int)denied.StatusCode}");
    }
}
