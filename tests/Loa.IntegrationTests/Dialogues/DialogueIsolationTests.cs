using System.Net;
using Loa.Dialogues;
using Loa.IntegrationTests.Infrastructure;
using Loa.IntegrationTests.Security;

namespace Loa.IntegrationTests.Dialogues;

/// <summary>Another commune's dialogue: its staff pages answer 404 to commune A's staff, A's portal never shows it, and it stays unchanged.</summary>
[Collection(AppCollection.Name)]
public sealed class DialogueIsolationTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Commune_A_can_neither_see_nor_change_Bs_dialogue_on_its_pages_or_its_portal(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, sameProvinceAs: a);
        var marker = $"Đối thoại riêng của xã mã {b.Commune.Code}";
        var dialogue = await DialogueData.AddAsync(app, b, DialogueStatus.Published, marker);
        var before = await TenantWalk.SnapshotAsync(app, b);

        // B's portal shows it: the marker is real public text
        using var visitor = app.Session();
        Assert.Contains(marker, (await visitor.GetPageAsync($"/x/{b.Commune.Code}/dialogues/{dialogue.Id}")).Text(), StringComparison.Ordinal);

        // A's portal: not found, not listed, no question taken
        foreach (var url in new[] { $"/x/{a.Commune.Code}/dialogues/{dialogue.Id}", $"/x/{a.Commune.Code}/dialogues/{dialogue.Id}/sent" })
        {
            var response = await visitor.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain(marker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain(marker, (await visitor.GetPageAsync($"/x/{a.Commune.Code}/dialogues")).Text(), StringComparison.Ordinal);
        var token = WebSession.AntiforgeryToken(await visitor.GetPageAsync($"/x/{a.Commune.Code}/feedback/lookup"));
        var values = DialogueData.Ask(b, 9);
        values["__RequestVerificationToken"] = token;
        var post = await visitor.Client.PostAsync(
            $"/x/{a.Commune.Code}/dialogues/{dialogue.Id}", new FormUrlEncodedContent(values.ToDictionary(v => v.Key, v => v.Value?.ToString() ?? "")));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);

        // A's staff, every role: 404 on every page and handler of B's dialogue
        foreach (var user in a.Users)
        {
            using var session = app.Session();
            await session.LoginAsync(user.UserName!);
            var ownPage = await session.GetPageAsync("/dialogues");
            Assert.DoesNotContain(marker, ownPage.Text(), StringComparison.Ordinal);
            var formToken = WebSession.AntiforgeryToken(await session.GetPageAsync("/notifications"));
            foreach (var (page, handlers) in new (string, string[])[]
            {
                ("details", ["Announce", "Cancel", "Held", "Approve", "Publish", "Reopen"]),
                ("questions", ["Group", "SaveGroup", "FollowUp"]),
                ("minutes", ["", "DeletePhoto"]),
                ("edit", [""]),
            })
            {
                var get = await session.Client.GetAsync($"/dialogues/{page}/{dialogue.Id}");
                Assert.True(get.StatusCode == HttpStatusCode.NotFound, $"{user.Role} GET {page}: {(int)get.StatusCode}");
                foreach (var handler in handlers)
                {
                    var form = new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["__RequestVerificationToken"] = formToken,
                        ["Version"] = "0",
                        ["Attendance"] = "999",
                        ["Conclusion"] = "đổi",
                        ["Reason"] = "hủy",
                        ["Group.GroupId"] = dialogue.Groups[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        ["Group.Title"] = "đổi",
                        ["NewTitle"] = "đổi",
                    });
                    var url = $"/dialogues/{page}/{dialogue.Id}" + (handler.Length == 0 ? "" : $"?handler={handler}");
                    var response = await session.Client.PostAsync(url, form);
                    Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{user.Role} POST {url}: {(int)response.StatusCode}");
                }
            }

            foreach (var handler in new[] { "Docx", "Pdf" })
            {
                Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/dialogues/details/{dialogue.Id}?handler={handler}")).StatusCode);
            }
        }

        Assert.Equal(before, await TenantWalk.SnapshotAsync(app, b));
    }
}
