using Loa.Data;
using Loa.Demo;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Demo;

/// <summary>
/// <c>loa demo generate --all</c>'s core on a real database, kept small (Lai Châu and Điện Biên at the small scale):
/// a run interrupted after some communes leaves whole communes only, and a second run finishes the job without a
/// duplicate and makes exactly the data of a run never interrupted; the command says where it stopped and how to go on.
/// </summary>
public sealed class DemoNationGeneratorTests
{
    private static readonly string[] Provinces = ["11", "12"];
    private static readonly DateOnly Today = new(2026, 11, 21);

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_run_cancelled_after_some_communes_is_finished_by_the_next_without_duplicates(Engine engine)
    {
        using var interrupted = new TestDatabase(engine);
        using var straight = new TestDatabase(engine);
        await using var a = await InitializedAsync(interrupted);
        await using var b = await InitializedAsync(straight);

        // Stop once 50 communes are done: in the second province, in the middle of it.
        using var stop = new CancellationTokenSource();
        var seen = new List<NationalProgress>();
        var first = new Listener(p =>
        {
            seen.Add(p);
            if (p.CommunesThisRun >= 50)
            {
                stop.Cancel();
            }
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => DemoNationGenerator.GenerateAsync(a, Provinces, 2026, Today, seed: 3, GenerationScale.Small, first, stop.Token));
        a.ChangeTracker.Clear();
        var stoppedAt = seen[^1].CommunesDone;
        Assert.InRange(stoppedAt, 50, 82);
        Assert.Equal(stoppedAt, await CommunesWithUnitsAsync(a));
        await AssertWholeAsync(a);

        var resumed = new List<NationalProgress>();
        var result = await DemoNationGenerator.GenerateAsync(a, Provinces, 2026, Today, seed: 3, GenerationScale.Small, new Listener(resumed.Add));
        await DemoNationGenerator.GenerateAsync(b, Provinces, 2026, Today, seed: 3, GenerationScale.Small, new Listener(_ => { }));

        Assert.Equal(stoppedAt, resumed[0].CommunesDone);
        Assert.Equal((83, 83, 2, 2), (resumed[^1].CommunesDone, resumed[^1].Communes, resumed[^1].ProvincesDone, resumed[^1].Provinces));
        Assert.Equal(83 - stoppedAt, result.Communes);
        Assert.Equal(83, await CommunesWithUnitsAsync(a));
        await AssertWholeAsync(a);
        Assert.Equal(await DigestAsync(b), await DigestAsync(a));
    }

    [Fact]
    public async Task The_command_stops_at_its_limit_says_how_to_go_on_and_the_second_run_completes()
    {
        using var database = new TestDatabase(Engine.Sqlite);
        string[] command = ["demo", "generate", "--province", "12", "--scale", "small", "--today", "2026-11-21", "--data", database.Folder];

        var (code, output, error) = await CliRun.RunAsync(null, [.. command, "--limit", "5"]);
        var (again, output2, error2) = await CliRun.RunAsync(null, command);
        var (bad, _, refused) = await CliRun.RunAsync(null, ["demo", "generate", "--all", "--province", "12", "--data", database.Folder]);

        Assert.Equal((0, ""), (code, error));
        Assert.Contains("Dừng theo --limit sau 32 xã, phường. Đã có dữ liệu: 32/38 xã, phường.", output, StringComparison.Ordinal);
        Assert.Contains("Chạy lại đúng lệnh này để làm tiếp", output, StringComparison.Ordinal);
        Assert.Contains("0/1 tỉnh · 0/38 xã, phường (0%) · đang làm Tỉnh Lai Châu", output, StringComparison.Ordinal);
        Assert.Equal((0, ""), (again, error2));
        Assert.Contains("0/1 tỉnh · 32/38 xã, phường (84%)", output2, StringComparison.Ordinal);
        Assert.Contains("Xã, phường được sinh dữ liệu: 6 (bỏ qua 32 xã", output2, StringComparison.Ordinal);
        Assert.Contains("Tin bài: 24    Phản ánh, kiến nghị: 30", output2, StringComparison.Ordinal);
        Assert.Matches(@"Cơ sở dữ liệu: [\d.,]+ MB", output2);
        Assert.Equal(2, bad);
        Assert.Contains("không dùng cả hai", refused, StringComparison.Ordinal);
        Assert.Contains("Đã dựng 3 xã, phường có kế hoạch thật", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã dựng 3 xã", output2, StringComparison.Ordinal);
        await using var db = database.Context();
        Assert.Equal(38 + 3, await CommunesWithUnitsAsync(db));
    }

    private static Task<int> CommunesWithUnitsAsync(LoaDbContext db) =>
        db.Units.Where(u => u.CommuneId != null).Select(u => u.CommuneId).Distinct().CountAsync();

    /// <summary>Every commune with units has all of it: three accounts, five pieces of feedback, four articles, at most one plan.</summary>
    private static async Task AssertWholeAsync(LoaDbContext db)
    {
        var communes = await db.Units.Where(u => u.CommuneId != null).Select(u => u.CommuneId!.Value).Distinct().ToListAsync();
        var accounts = await db.Users.Where(u => u.CommuneId != null).GroupBy(u => u.CommuneId!.Value).Select(g => new { g.Key, N = g.Count() }).ToListAsync();
        var feedback = await db.Feedback.GroupBy(f => f.CommuneId!.Value).Select(g => new { g.Key, N = g.Count() }).ToListAsync();
        var articles = await db.Articles.GroupBy(f => f.CommuneId!.Value).Select(g => new { g.Key, N = g.Count() }).ToListAsync();
        var plans = await db.Plans.Where(p => p.CommuneId != null).GroupBy(p => p.CommuneId!.Value).Select(g => new { g.Key, N = g.Count() }).ToListAsync();
        Assert.Equal(communes.Order(), accounts.Select(a => a.Key).Order());
        Assert.All(accounts, a => Assert.Equal(3, a.N));
        Assert.Equal(communes.Order(), feedback.Select(f => f.Key).Order());
        Assert.All(feedback, f => Assert.Equal(5, f.N));
        Assert.All(articles, a => Assert.Equal(4, a.N));
        Assert.Equal(communes.Count, articles.Count);
        Assert.All(plans, p => Assert.Equal(1, p.N));
        Assert.Equal(await db.Feedback.CountAsync(), await db.Feedback.Select(f => f.TrackingHash).Distinct().CountAsync());
    }

    private static async Task<List<string>> DigestAsync(LoaDbContext db)
    {
        var communes = await db.Communes.ToDictionaryAsync(c => c.Id, c => c.Code);
        var plans = await db.Plans.Where(p => p.CommuneId != null)
            .Select(p => new { p.CommuneId, p.Status, p.Number, p.IssuedOn, p.SignerName, Tasks = p.Tasks.Count }).ToListAsync();
        var activities = await db.Activities.GroupBy(a => a.CommuneId)
            .Select(g => new { g.Key, Count = g.Count(), Reach = g.Sum(a => (a.Participants ?? 0) + (a.Views ?? 0) + (a.Copies ?? 0)) }).ToListAsync();
        var reports = await db.CommuneReports.Select(r => new { r.CommuneId, r.Period, r.Status, r.SentAt }).ToListAsync();
        var feedback = await db.Feedback.Select(f => new { f.CommuneId, f.Number, f.Status, f.Name, f.TrackingHash, f.ReceivedAt }).ToListAsync();
        var articles = await db.Articles.Select(a => new { a.CommuneId, a.Title, a.Status, a.PublishAt, a.Views }).ToListAsync();
        var users = await db.Users.Select(u => u.UserName + " " + u.FullName).ToListAsync();
        List<string> lines =
        [
            .. plans.Select(p => $"plan {communes[p.CommuneId!.Value]} {p.Status} {p.Number} {p.IssuedOn} {p.SignerName} {p.Tasks}"),
            .. activities.Select(a => $"activities {communes[a.Key!.Value]} {a.Count} {a.Reach}"),
            .. reports.Select(r => $"report {communes[r.CommuneId!.Value]} {r.Period} {r.Status} {r.SentAt:O}"),
            .. feedback.Select(f => $"feedback {communes[f.CommuneId!.Value]} {f.Number} {f.Status} {f.Name} {f.TrackingHash} {f.ReceivedAt:O}"),
            .. articles.Select(a => $"article {communes[a.CommuneId!.Value]} {a.Title} {a.Status} {a.PublishAt:O} {a.Views}"),
            .. users,
        ];
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<LoaDbContext> InitializedAsync(TestDatabase database)
    {
        var db = database.Context();
        await DatabaseInitializer.InitializeAsync(db);
        return db;
    }

    private sealed class Listener(Action<NationalProgress> report) : IProgress<NationalProgress>
    {
        public void Report(NationalProgress value) => report(value);
    }
}
