using System.Net;
using Loa.IntegrationTests.Feedback;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Loa.IntegrationTests.Security;

/// <summary>
/// Bad input gets a clear answer and changes nothing, never a 500 (reference/security.md 14): control characters and
/// bidi controls are taken out of every text at the binding boundary; a request no handler answers is a 400 or 405;
/// a word where a number is wanted is a Vietnamese validation message.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class BadInputTests(AppFixture fixture, ITestOutputHelper output)
{
    private const string Hidden = "\0\u202Egnp.exe\u202C\u2066\u0007";

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_NUL_byte_and_bidi_controls_in_public_feedback_are_taken_out_and_the_feedback_is_received(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var values = FeedbackData.Valid(a);
        values["Input.Subject"] = "Chờ chứng thực" + Hidden + " quá lâu";
        values["Input.Content"] = FeedbackData.Content(a) + Hidden;
        values["Input.Name"] = "\u202E" + FeedbackData.Name + "\0";

        var code = await FeedbackData.SendAsync(app, a, values, [("Files", "anh\u202Egnp.exe.png", TestFiles.Png)]);

        var stored = await FeedbackData.FindAsync(app, code);
        Assert.Equal("Chờ chứng thựcgnp.exe quá lâu", stored.Subject);
        Assert.Equal(FeedbackData.Content(a) + "gnp.exe", stored.Content);
        Assert.Equal(FeedbackData.Name, stored.Name);
        Assert.Equal("anhgnp.exe.png", Assert.Single(stored.Attachments).FileName);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_NUL_byte_in_an_activity_title_is_taken_out_and_the_evidence_file_name_loses_its_bidi_override(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app, withActivity: false);
        using var officer = app.Session();
        await officer.LoginAsync(a.Officer.UserName!);

        var form = await officer.GetPageAsync($"/activities/create?taskId={a.ClipsTask.Id}");
        var response = await officer.SubmitAsync(
            form,
            "form",
            new()
            {
                ["Activity.Title"] = "Clip hướng dẫn\0 nộp hồ sơ\u202E",
                ["Activity.Date"] = "2026-06-20",
                ["Activity.Quantity"] = "1",
                ["Activity.Links"] = "https://example.gov.vn/clip\0",
            },
            [("Files", "hoso\u202Egnp.exe.png", TestFiles.Png)]);

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {await WebSession.Text(response)}");
        await using var db = app.SystemDb();
        var activity = await db.Activities.Include(x => x.Files).SingleAsync(x => x.CommuneId == a.Commune.Id);
        Assert.Equal("Clip hướng dẫn nộp hồ sơ", activity.Title);
        Assert.Equal("hosognp.exe.png", Assert.Single(activity.Files).FileName);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_NUL_byte_in_a_search_or_a_sign_in_name_is_no_500(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        using var visitor = app.Session();
        Assert.Equal(HttpStatusCode.OK, (await visitor.Client.GetAsync($"/x/{a.Commune.Code}/procedures?q=%00th%E1%BB%A7%E2%80%AE")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.Client.GetAsync("/?q=%00dinh%20quan")).StatusCode);

        var login = await visitor.GetPageAsync("/account/login");
        using var multipart = new MultipartFormDataContent
        {
            { new StringContent(WebSession.AntiforgeryToken(login)), "__RequestVerificationToken" },
            { new StringContent(a.Coordinator.UserName + "\0"), "Input.UserName" },
            { new StringContent(Scenario.Password), "Input.Password" },
        };
        var signIn = await visitor.Client.PostAsync("/account/login", multipart);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode); // the name without its NUL byte is the coordinator's

        using var coordinator = app.Session();
        await coordinator.LoginAsync(a.Coordinator.UserName!);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.Client.GetAsync("/plans?q=%00k%E1%BA%BF%20ho%E1%BA%A1ch")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_request_no_handler_answers_is_a_405_or_404_on_every_page_and_nothing_is_logged_as_an_error(Engine engine)
    {
        var log = new LogCollector();
        using var app = new LoaAppFactory(engine, configure: s => s.AddSingleton<ILoggerProvider>(log));
        var a = await Scenario.CreateAsync(app);
        var targets = await JunkWalk.TargetsAsync(app, await JunkWalk.PrepareAsync(app, a));
        log.Clear(); // what starting on an empty database logs (EF asks for a migration history that is not there yet)
        var failures = new List<string>();
        var pagesWithoutPost = new HashSet<string>(StringComparer.Ordinal);
        foreach (var user in new[] { null, a.Coordinator, a.Leader, a.ProvinceOfficer })
        {
            using var session = app.Session();
            if (user is not null)
            {
                await session.LoginAsync(user.UserName!);
            }

            var who = user?.UserName ?? "khách";
            var token = WebSession.AntiforgeryToken(await session.GetPageAsync(user is null ? "/account/login" : "/notifications"));
            foreach (var target in targets.Where(t => !t.Route.StartsWith("account/log", StringComparison.Ordinal)))
            {
                var declared = target.Handlers.Where(h => h.Declared).ToList();
                var posts = declared.Any(h => h.Verb == "POST");
                using var plain = await session.Client.PostAsync(target.Url, Form(token));
                if (Refused(plain))
                {
                    continue; // refused before any handler is chosen: a visitor on a staff page, a role the page is not for
                }

                if (!declared.Any(h => h.Verb == "POST" && h.Name.Length == 0))
                {
                    Expect(failures, who, "POST", target.Route, plain, posts ? HttpStatusCode.NotFound : HttpStatusCode.MethodNotAllowed);
                    if (!posts)
                    {
                        pagesWithoutPost.Add(target.Route);
                        if (!plain.Content.Headers.Allow.Contains("GET"))
                        {
                            failures.Add($"{who} POST {target.Route}: Allow is \"{string.Join(", ", plain.Content.Headers.Allow)}\"");
                        }
                    }
                }

                // A name no handler has: the unnamed handler of the verb answers it (Razor Pages' rule); without one, 400 or 405.
                using var unknown = await session.Client.PostAsync(target.Url + "&handler=KhongCo", Form(token));
                if (!declared.Any(h => h.Verb == "POST" && h.Name.Length == 0))
                {
                    Expect(failures, who, "POST ?handler=KhongCo", target.Route, unknown, posts ? HttpStatusCode.NotFound : HttpStatusCode.MethodNotAllowed);
                }

                // Verbs no page has a handler for (OPTIONS and TRACE carry no form token to check): 405.
                foreach (var verb in new[] { HttpMethod.Options, HttpMethod.Trace })
                {
                    using var odd = await session.Client.SendAsync(new HttpRequestMessage(verb, target.Url));
                    if (!Refused(odd))
                    {
                        Expect(failures, who, verb.Method, target.Route, odd, HttpStatusCode.MethodNotAllowed);
                    }
                }

                using var unknownGet = await session.Client.GetAsync(target.Url + "&handler=KhongCo");
                if (declared.Any(h => h.Verb == "GET") && !declared.Any(h => h.Verb == "GET" && h.Name.Length == 0) && !Refused(unknownGet))
                {
                    Expect(failures, who, "GET ?handler=KhongCo", target.Route, unknownGet, HttpStatusCode.NotFound);
                }
            }
        }

        output.WriteLine($"pages without a POST handler: {string.Join(", ", pagesWithoutPost.Order(StringComparer.Ordinal))}");
        Assert.Empty(failures);
        Assert.Contains("x/{code}/procedures", pagesWithoutPost);
        Assert.True(pagesWithoutPost.Count(r => !r.StartsWith("x/", StringComparison.Ordinal)) >= 13, string.Join(", ", pagesWithoutPost));
        Assert.True(log.Errors.Count == 0, string.Join('\n', log.Errors));

        static bool Refused(HttpResponseMessage response) => response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect
                && response.Headers.Location?.OriginalString.Contains("/account/", StringComparison.Ordinal) == true);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Another_communes_plan_or_unit_posted_to_the_report_pages_answers_404_by_every_handler_name_and_changes_nothing(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, sameProvinceAs: a);
        await TenantWalk.AddReportsAsync(app, b);
        var before = await TenantWalk.SnapshotAsync(app, b);
        string[] addresses =
        [
            $"/reports/unit?plan={b.Plan.Id}&period=q1&unit={b.ServiceCentre.Id}",
            $"/reports/unit?plan={a.Plan.Id}&period=q1&unit={b.ServiceCentre.Id}",
            $"/reports/commune?plan={b.Plan.Id}&period=q1",
            "/reports/unit?plan=987654321&period=q1&unit=987654321",
            "/reports/commune?plan=987654321&period=q1",
        ];
        var failures = new List<string>();
        foreach (var user in a.Users)
        {
            using var session = app.Session();
            await session.LoginAsync(user.UserName!);
            var token = WebSession.AntiforgeryToken(await session.GetPageAsync("/plans"));
            foreach (var address in addresses)
            {
                foreach (var handler in new[] { "", "Save", "Submit", "Return", "Approve", "Send", "KhongCo" })
                {
                    var url = handler.Length == 0 ? address : $"{address}&handler={handler}";
                    using var response = await session.Client.PostAsync(url, new FormUrlEncodedContent(
                    [
                        new("__RequestVerificationToken", token), new("Input.Results", "Bị ghi đè"), new("Input.ReturnComment", "Bị ghi đè"),
                        new("Approval.Number", "9"), new("Approval.Date", "2026-07-01"),
                    ]));
                    if (response.StatusCode != HttpStatusCode.NotFound)
                    {
                        failures.Add($"{user.UserName} POST {url} → {(int)response.StatusCode}");
                    }
                }
            }
        }

        Assert.Empty(failures);
        Assert.Equal(before, await TenantWalk.SnapshotAsync(app, b));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_task_quantity_that_is_not_a_number_gets_a_Vietnamese_message_and_changes_nothing(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app, Loa.Plans.PlanStatus.Draft);
        using var coordinator = app.Session();
        await coordinator.LoginAsync(a.Coordinator.UserName!);
        var before = await TenantWalk.SnapshotAsync(app, a);

        foreach (var quantity in new[] { "nhiều", "٣ clip", "99999999999 clip" })
        {
            var edit = await coordinator.GetPageAsync($"/tasks/edit/{a.ClipsTask.Id}");
            var response = await coordinator.SubmitAsync(edit, "form:not([action*='handler'])", new() { ["Task.Quantity"] = quantity });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = WebSession.Parse(await response.Content.ReadAsStringAsync(), "/tasks/edit");
            Assert.Contains(page.ValidationErrors(), e => e.StartsWith("Số lượng phải bắt đầu bằng một số", StringComparison.Ordinal));

            var create = await coordinator.GetPageAsync($"/tasks/create?planId={a.Plan.Id}");
            var lead = a.Culture.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var created = await coordinator.SubmitAsync(
                create, "form", new() { ["Task.Name"] = "Nhiệm vụ mới", ["Task.LeadUnitIds"] = new[] { lead }, ["Task.Quantity"] = quantity });
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
            var errors = WebSession.Parse(await created.Content.ReadAsStringAsync(), "/tasks/create").ValidationErrors();
            Assert.Contains(errors, e => e.StartsWith("Số lượng phải bắt đầu bằng một số", StringComparison.Ordinal));
        }

        Assert.Equal(before, await TenantWalk.SnapshotAsync(app, a));
    }

    private static void Expect(List<string> failures, string? user, string verb, string route, HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            failures.Add($"{user ?? "khách"} {verb} {route} → {(int)response.StatusCode}, expected {(int)expected}");
        }
    }

    private static FormUrlEncodedContent Form(string token) => new([new("__RequestVerificationToken", token)]);
}
