using Loa.Domain.Accounts;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Loa.IntegrationTests.Security;

/// <summary>
/// Bad input never answers 500 (reference/security.md 14): every handler of every page, posted with a valid form token
/// by every role and by a visitor, with NUL bytes, bidi controls, huge values, words in number fields, impossible dates,
/// ids of nothing and blanks; and a post without a handler name, and with one that names nothing, to every page.
/// Nothing may answer 5xx, nothing may be logged as an error, and no stored text may hold a control character.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class JunkInputTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Junk_posted_to_every_handler_by_every_role_never_answers_500_nor_logs_an_error_nor_stores_a_control_character(Engine engine)
    {
        var log = new LogCollector();
        using var app = new LoaAppFactory(engine, configure: s => s.AddSingleton<ILoggerProvider>(log));
        var a = await Scenario.CreateAsync(app);
        var ids = await JunkWalk.PrepareAsync(app, a);
        var admin = await Scenario.CreateAdminAsync(app);
        var targets = await JunkWalk.TargetsAsync(app, ids);
        Assert.Contains(targets, t => t.Route == "x/{code}/feedback"
            && t.Handlers.Any(h => h.Fields.Any(f => f is { Name: "Input.Content", Kind: JunkWalk.Kind.Text })));
        Assert.Contains(targets, t => t.Route == "tasks/edit/{id:int}" && t.Handlers.Any(h => h.Fields.Any(f => f.Name == "Task.Quantity")));
        Assert.Contains(targets, t => t.Route == "activities/create" && t.Handlers.Any(h => h.Fields.Any(f => f.Kind == JunkWalk.Kind.File)));
        Assert.Contains(targets, t => t.Route == "reports/unit" && t.Handlers.Any(h => h.Name == "Return"));
        log.Clear();

        // Visitors first, the administrator last (its junk may lock the spare account it edits); destructive handlers after all others.
        User?[] roles = [null, a.Officer, a.Leader, a.Coordinator, a.ProvinceOfficer, admin];
        var failures = new List<string>();
        var requests = 0;
        var statuses = new int[6];
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var destructive in new[] { false, true })
        {
            foreach (var user in roles)
            {
                using var session = app.Session();
                var who = user?.UserName ?? "khách";
                if (user is not null)
                {
                    await session.LoginAsync(user.UserName!);
                }

                var token = WebSession.AntiforgeryToken(await session.GetPageAsync(user is null ? "/account/login" : "/notifications"));
                foreach (var round in JunkWalk.Rounds)
                {
                    foreach (var target in targets)
                    {
                        foreach (var handler in target.Handlers.Where(h => JunkWalk.IsDestructive(target.Route, h) == destructive))
                        {
                            if (user is not null && target.Route.StartsWith("account/logout", StringComparison.Ordinal) && !destructive)
                            {
                                continue;
                            }

                            using var request = JunkWalk.Request(target, handler, round, token);
                            using var response = await session.Client.SendAsync(request);
                            requests++;
                            statuses[(int)response.StatusCode / 100]++;
                            if ((int)response.StatusCode >= 500)
                            {
                                failures.Add($"{round.Name} {handler.Verb}({handler.Name}) {target.Route} → {(int)response.StatusCode} ({who})");
                            }
                        }
                    }
                }

                // Then every form the pages show this user, filled in as a person would, with NUL bytes and bidi controls in every text.
                foreach (var target in targets.Where(t => !t.Route.StartsWith("account", StringComparison.Ordinal)))
                {
                    using var get = await session.Client.GetAsync(target.Url);
                    if (get.StatusCode != System.Net.HttpStatusCode.OK || get.Content.Headers.ContentType?.MediaType != "text/html")
                    {
                        continue;
                    }

                    var page = WebSession.Parse(await get.Content.ReadAsStringAsync(), target.Url);
                    foreach (var (action, isDestructive, request) in JunkWalk.FilledForms(page, target.Url))
                    {
                        using (request)
                        {
                            if (isDestructive != destructive)
                            {
                                continue;
                            }

                            using var response = await session.Client.SendAsync(request);
                            requests++;
                            statuses[(int)response.StatusCode / 100]++;
                            if ((int)response.StatusCode >= 500)
                            {
                                failures.Add($"form POST {action.Split('?')[0]} from {target.Route} → {(int)response.StatusCode} ({who})");
                            }
                        }
                    }
                }
            }
        }

        var stored = await JunkWalk.StoredControlCharactersAsync(app);
        var classes = string.Join(", ", statuses.Select((n, i) => $"{i}xx {n}").Skip(2));
        output.WriteLine($"{requests} requests on {targets.Count} routes in {watch.Elapsed.TotalSeconds:0} s: {classes}");
        Assert.True(requests > 1000, $"only {requests} requests");
        Assert.True(failures.Count + log.Errors.Count + stored.Count == 0, string.Join('\n', [
            $"{failures.Count} of {requests} requests answered 5xx:", .. Grouped(failures),
            $"{log.Errors.Count} errors logged:", .. log.Errors.Select(e => CorrelationId().Replace(e, "…")).Distinct().Take(60),
            $"{stored.Count} stored texts hold control characters:", .. stored.Distinct().Take(60)]));
    }

    /// <summary>"nul POST() plans/tasks/{id:int} → 500 (donvi.x)" for each user, once with the users listed.</summary>
    private static IEnumerable<string> Grouped(List<string> failures) =>
        failures.GroupBy(f => f[..f.LastIndexOf(" (", StringComparison.Ordinal)])
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(f => f[(f.LastIndexOf(" (", StringComparison.Ordinal) + 2)..^1]).Distinct())})")
            .Take(150);

    [System.Text.RegularExpressions.GeneratedRegex("00-[0-9a-f-]{50,}")]
    private static partial System.Text.RegularExpressions.Regex CorrelationId();
}
