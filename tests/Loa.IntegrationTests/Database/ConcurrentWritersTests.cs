using System.Globalization;
using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Database;

/// <summary>
/// SQLite runs in WAL mode with a busy timeout, so that many people saving at once all get through (security.md 25):
/// 50 activities recorded at the same moment by the units of a commune are all saved, none answered "database is locked".
/// </summary>
public sealed class ConcurrentWritersTests
{
    private const int Writers = 50;

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Fifty_activities_recorded_at_the_same_moment_are_all_saved(Engine engine)
    {
        using var app = new LoaAppFactory(engine);
        var s = await Scenario.CreateAsync(app, withActivity: false);
        var cultureOfficer = await s.AddUnitOfficerAsync(app, s.Culture);
        var sessions = new List<(WebSession Session, int TaskId, string Token)>();
        foreach (var (user, task) in new[] { (s.Officer, s.ClipsTask), (cultureOfficer, s.ArticlesTask), (s.Coordinator, s.ArticlesTask) })
        {
            var session = app.Session();
            await session.LoginAsync(user.UserName!);
            var form = await session.GetPageAsync($"/activities/create?taskId={task.Id}");
            sessions.Add((session, task.Id, WebSession.AntiforgeryToken(form)));
        }

        var unitOf = new Dictionary<int, int> { [s.ClipsTask.Id] = s.ServiceCentre.Id, [s.ArticlesTask.Id] = s.Culture.Id };
        using var start = new ManualResetEventSlim();
        var posts = Enumerable.Range(0, Writers).Select(i => Task.Run(async () =>
        {
            var (session, taskId, token) = sessions[i % sessions.Count];
            start.Wait();
            using var form = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new StringContent($"Hoạt động đồng thời số {i:00}"), "Activity.Title" },
                { new StringContent("2026-06-20"), "Activity.Date" },
                { new StringContent("1"), "Activity.Quantity" },
                { new StringContent(unitOf[taskId].ToString(CultureInfo.InvariantCulture)), "Activity.UnitId" },
                { new ByteArrayContent(TestFiles.Png), "Files", $"anh-{i:00}.png" },
            };
            var response = await session.Client.PostAsync($"/activities/create?taskId={taskId}", form);
            return (i, response.StatusCode, Body: response.StatusCode == HttpStatusCode.Redirect ? "" : await response.Content.ReadAsStringAsync());
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(posts);

        Assert.All(results, r => Assert.True(
            r.StatusCode == HttpStatusCode.Redirect, $"writer {r.i}: {(int)r.StatusCode} {r.Body[..Math.Min(300, r.Body.Length)]}"));
        await using var db = app.SystemDb();
        Assert.Equal(Writers, await db.Activities.CountAsync(a => a.CommuneId == s.Commune.Id && a.Title.StartsWith("Hoạt động đồng thời số")));
        Assert.Equal(Writers, await db.EvidenceFiles.CountAsync(f => f.CommuneId == s.Commune.Id && f.FileName.StartsWith("anh-")));
        if (engine == Engine.Sqlite)
        {
            Assert.Equal("wal", await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync());
        }

        foreach (var (session, _, _) in sessions)
        {
            session.Dispose();
        }
    }
}
