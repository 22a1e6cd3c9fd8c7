using System.Net;
using Loa.Dialogues;
using Loa.IntegrationTests.Infrastructure;
using Loa.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loa.IntegrationTests.Dialogues;

/// <summary>Questions to a dialogue count toward the portal's per-address limit of public posts, as feedback does.</summary>
[Collection(AppCollection.Name)]
public sealed class DialogueQuestionLimitTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Questions_beyond_the_limit_answer_429_in_Vietnamese_and_are_not_saved(Engine engine)
    {
        using var app = new LoaAppFactory(engine, configure: services => services.PostConfigure<LoaOptions>(o => o.PublicPostsPerIpPerMinute = 2));
        var a = await Scenario.CreateAsync(app);
        var dialogue = await DialogueData.AddAsync(app, a, DialogueStatus.Announced, "Đối thoại về đất đai");

        for (var n = 1; n <= 2; n++)
        {
            using var citizen = app.Session();
            Assert.Equal(HttpStatusCode.Redirect, (await DialogueData.AskAsync(citizen, a, dialogue.Id, DialogueData.Ask(a, n))).StatusCode);
        }

        using var third = app.Session();
        var refused = await DialogueData.AskAsync(third, a, dialogue.Id, DialogueData.Ask(a, 3));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Vui lòng đợi một phút", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var db = app.SystemDb();
        // the one arranged with the dialogue, and the two sent in time
        var numbers = await db.DialogueQuestions.IgnoreQueryFilters().Where(q => q.DialogueId == dialogue.Id).Select(q => q.Number).ToListAsync();
        Assert.Equal([1, 2, 3], numbers.Order());
    }
}
