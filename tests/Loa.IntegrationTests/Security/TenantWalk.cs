using System.Reflection;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loa.IntegrationTests.Security;

/// <summary>
/// Every registered route of the app, with its page handlers, and the addresses that point it at another
/// commune's objects; and a snapshot of that commune's data to prove nothing of it changed.
/// </summary>
public static class TenantWalk
{
    public sealed record Target(string Route, string Url, bool NamesObject, IReadOnlyList<string> PostHandlers);

    /// <summary>
    /// Routes that name the other commune's object in their query (its plan and a period, its unit, its commune) rather than in their path.
    /// </summary>
    public static readonly IReadOnlyList<string> QueryObjectRoutes =
        ["reports/unit", "reports/commune", "reports/activities", "reports/download", "dashboard", "indices"];

    /// <summary>The index result <see cref="AddReportsAsync"/> gave each commune, for the routes that name one.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, int> IndexResults = new();

    /// <summary>The feedback <see cref="AddReportsAsync"/> gave each commune, for the routes that name one.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, int> Feedback = new();

    /// <summary>The article <see cref="AddReportsAsync"/> gave each commune, for the routes that name one.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, int> Articles = new();

    /// <summary>The procedure choice <see cref="AddReportsAsync"/> gave each commune, for the routes that name one.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, int> CommuneProcedures = new();

    /// <summary>The survey <see cref="AddReportsAsync"/> gave each commune, for the routes that name one.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, int> Surveys = new();

    /// <summary>The inspection <see cref="AddReportsAsync"/> gave each commune, for the routes that name one.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, int> Inspections = new();

    /// <summary>The official document (issued PDF awaiting its leader's signature) <see cref="AddReportsAsync"/> gave each commune.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, int> OfficialDocuments = new();

    /// <summary>The dialogue <see cref="AddReportsAsync"/> gave each commune, for the routes that name one.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, int> Dialogues = new();

    /// <summary>The objects a walk points every route at: by id in the path (by the route's folder) and in the query.</summary>
    public sealed record Objects(
        int Plan, int Task, int Activity, int File, int Unit, int Commune, int Index, int Feedback, int Article, int Procedure, int Survey)
    {
        /// <summary>The other commune's unit officer's account, for the account pages (their ids are text).</summary>
        public string Account { get; init; } = "";

        public string Query => $"planId={Plan}&taskId={Task}&parentId={Task}&from={Plan}&unit={Unit}&plan={Plan}&period=q1&commune={Commune}";

        /// <summary>The object a route names: by its folder, or, in folders with two kinds of objects, by its page.</summary>
        public int ForRoute(string route) => Exchange.ExchangeData.ForRoute(route, Commune) ?? ForFolder(route.Split('/')[0]);

        public int ForFolder(string folder) => folder switch
        {
            "plans" => Plan,
            "tasks" => Task,
            "activities" => Activity,
            "evidence" => File,
            "units" => Unit,
            "indices" => Index,
            "feedback" => Feedback,
            "articles" => Article,
            "procedures" => Procedure,
            "surveys" => Survey,
            "communes" => Commune,
            "inspections" => TenantWalk.Inspections.GetValueOrDefault(Commune),
            "signing" => TenantWalk.OfficialDocuments.GetValueOrDefault(Commune),
            "dialogues" => TenantWalk.Dialogues.GetValueOrDefault(Commune),
            _ => 0,
        };
    }

    /// <summary>
    /// Another commune's objects: its plan, its clip task, its activity and photo, its culture office, and what
    /// <see cref="AddReportsAsync"/> gave it.
    /// </summary>
    public static Objects ObjectsOf(Scenario other) => new(
        other.Plan.Id, other.ClipsTask.Id, other.Activity!.Id, other.File!.Id, other.Culture.Id, other.Commune.Id,
        IndexResults.GetValueOrDefault(other.Commune.Id), Feedback.GetValueOrDefault(other.Commune.Id), Articles.GetValueOrDefault(other.Commune.Id),
        CommuneProcedures.GetValueOrDefault(other.Commune.Id), Surveys.GetValueOrDefault(other.Commune.Id))
    {
        Account = other.Officer.Id,
    };

    public static IReadOnlyList<Target> Targets(LoaAppFactory app, Scenario other) => Targets(app, ObjectsOf(other));

    public static IReadOnlyList<Target> Targets(LoaAppFactory app, Objects objects)
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var pageTypes = typeof(Program).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        var query = objects.Query;
        var targets = new List<Target>();
        foreach (var endpoint in endpoints)
        {
            var raw = (endpoint.RoutePattern.RawText ?? "").Trim('/').ToLowerInvariant();
            if (raw.StartsWith("error", StringComparison.Ordinal) || raw.StartsWith("account", StringComparison.Ordinal))
            {
                continue;
            }

            var id = raw.StartsWith(AccountRoutes, StringComparison.Ordinal)
                ? objects.Account
                : objects.ForRoute(raw).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var namesObject = raw.Contains("{id", StringComparison.Ordinal) || QueryObjectRoutes.Contains(raw);
            var path = "/" + System.Text.RegularExpressions.Regex.Replace(raw, @"\{id[^}]*\}", id);
            if (path.Contains('{', StringComparison.Ordinal))
            {
                continue;
            }

            var pageType = pageTypes.FirstOrDefault(t => PagePath(t) == RouteWithoutParameters(raw));
            targets.Add(new Target(raw, $"{path}?{query}", namesObject, pageType is null ? [] : PostHandlers(pageType)));
        }

        return targets;
    }

    /// <summary>
    /// Pages with an id route parameter that the walk above does not point at another commune's object, and why.
    /// Every other page of the app with an <c>{id}</c> in its route must be walked with a real object of the other
    /// commune (a folder known to <see cref="Objects.ForFolder"/>), so a new page fails the test until it is.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> IdRoutesNotWalked = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["x/{code}/news/image/{id:int}"] = "public portal: PortalIsolationTests walks every x/{code} route",
        ["x/{code}/surveys/{id:int}"] = "public portal: PortalIsolationTests walks every x/{code} route",
        ["x/{code}/surveys/{id:int}/results"] = "public portal: PortalIsolationTests walks every x/{code} route",
        ["x/{code}/dialogues/{id:int}"] = "public portal: DialogueIsolationTests points it at another commune's announced dialogue",
        ["x/{code}/dialogues/{id:int}/sent"] = "public portal: DialogueIsolationTests points it at another commune's announced dialogue",
    };

    /// <summary>Every page route of the app with an id parameter (from the app's endpoints, not a list), less <see cref="IdRoutesNotWalked"/>.</summary>
    public static IReadOnlyList<string> IdRoutes(LoaAppFactory app)
    {
        var all = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>() is not null
                || e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null)
            .Select(e => (e.RoutePattern.RawText ?? "").Trim('/').ToLowerInvariant())
            .Where(raw => raw.Contains("{id", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        var stale = IdRoutesNotWalked.Keys.Where(r => !all.Contains(r)).ToList();
        if (stale.Count > 0)
        {
            throw new InvalidOperationException("IdRoutesNotWalked names routes the app no longer has: " + string.Join(", ", stale));
        }

        return all.Where(r => !IdRoutesNotWalked.ContainsKey(r)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The target's id is one of the other commune's objects (its route folder is known to the walk), not 0.</summary>
    public static bool PointsAtAnObject(Target target, Scenario other) =>
        target.Route.StartsWith(AccountRoutes, StringComparison.Ordinal)
            ? ObjectsOf(other).Account.Length > 0
            : ObjectsOf(other).ForRoute(target.Route) != 0;

    /// <summary>The account pages, whose id is an account's (text), pointed at the other commune's unit officer.</summary>
    private const string AccountRoutes = "admin/users/";

    /// <summary>"Loa.Web.Pages.Plans.DetailsModel" → "plans/details"; the index pages → their folder.</summary>
    private static string PagePath(Type type)
    {
        var ns = type.Namespace!.Replace("Loa.Web.Pages", "", StringComparison.Ordinal).Trim('.').Replace('.', '/');
        var name = type.Name[..^"Model".Length];
        var path = string.IsNullOrEmpty(ns) ? name : $"{ns}/{name}";
        return (path.EndsWith("/Index", StringComparison.Ordinal) ? path[..^"/Index".Length] : path == "Index" ? "" : path).ToLowerInvariant();
    }

    private static string RouteWithoutParameters(string raw) => string.Join('/', raw.Split('/').Where(s => !s.StartsWith('{'))).ToLowerInvariant();

    /// <summary>The handler names of a page's POST methods: "" for OnPost(Async), "Submit" for OnPostSubmitAsync.</summary>
    private static List<string> PostHandlers(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(m => m.Name)
            .Where(n => n.StartsWith("OnPost", StringComparison.Ordinal))
            .Select(n => n["OnPost".Length..].Replace("Async", "", StringComparison.Ordinal))
            .Distinct()
            .ToList();

    /// <summary>Everything of the commune that a request could change, as comparable text.</summary>
    public static async Task<List<string>> SnapshotAsync(LoaAppFactory app, Scenario scenario)
    {
        await using var db = app.SystemDb();
        var c = scenario.Commune.Id;
        var unitIds = await db.Units.Where(u => u.CommuneId == c).Select(u => u.Id).ToListAsync();
        var lines = new List<string>();
        lines.AddRange(await db.Plans.Where(p => p.CommuneId == c).Select(p => $"plan {p.Id} v{p.Version} {p.Status} {p.Title} {p.Number}").ToListAsync());
        lines.AddRange(await db.Tasks.Where(t => t.CommuneId == c).Select(t => $"task {t.Id} v{t.Version} {t.Name}").ToListAsync());
        lines.AddRange(await db.Activities.Where(a => a.CommuneId == c).Select(a => $"activity {a.Id} v{a.Version} {a.Title}").ToListAsync());
        lines.AddRange(await db.Units.Where(u => u.CommuneId == c).Select(u => $"unit {u.Id} v{u.Version} {u.Name}").ToListAsync());
        lines.AddRange(await db.EvidenceFiles.Where(f => f.CommuneId == c).Select(f => $"file {f.Id} {f.StoredName}").ToListAsync());
        lines.AddRange(await db.UnitReports
            .Where(r => r.CommuneId == c)
            .Select(r => $"unit report {r.Id} v{r.Version} {r.Status} {r.Results} {r.ReturnComment}")
            .ToListAsync());
        lines.AddRange(await db.IndexResults.Where(r => r.CommuneId == c).Select(r => $"index result {r.Id} v{r.Version} {r.Score} {r.Note}").ToListAsync());
        lines.AddRange(await db.Articles
            .Where(a => a.CommuneId == c)
            .Select(a => $"article {a.Id} v{a.Version} {a.Status} {a.Title} {a.Body} {a.TaskId} {a.ActivityId} {a.CoverImage}")
            .ToListAsync());
        lines.AddRange(await db.ArticleCategories.Where(k => k.CommuneId == c).Select(k => $"article category {k.Id} v{k.Version} {k.Name}").ToListAsync());

        lines.AddRange(await db.CommuneProcedures
            .Where(p => p.CommuneId == c)
            .Select(p => $"procedure choice {p.Id} v{p.Version} {p.ProcedureId} {p.Note}")
            .ToListAsync());
        lines.AddRange(await db.CommuneReports
            .Where(r => r.CommuneId == c)
            .Select(r => $"commune report {r.Id} v{r.Version} {r.Status} {r.Number} {r.Results} {r.ReturnComment}")
            .ToListAsync());
        lines.AddRange(await db.Feedback
            .Where(f => f.CommuneId == c)
            .Select(f => $"feedback {f.Id} v{f.Version} {f.Status} {f.AssignedUnitId} {f.Answer} {f.ReturnComment} {f.PublicQuestion} {f.RejectionKind}")
            .ToListAsync());

        lines.AddRange(await db.Surveys
            .Where(s => s.CommuneId == c)
            .Select(s => $"survey {s.Id} v{s.Version} {s.Status} {s.Title} {s.TaskId} {s.ActivityId}")
            .ToListAsync());
        lines.AddRange(await db.SurveyQuestions
            .Where(q => db.Surveys.Any(s => s.Id == q.SurveyId && s.CommuneId == c))
            .Select(q => $"survey question {q.Id} {q.Text} {q.CorrectMask}")
            .ToListAsync());
        lines.Add($"survey responses {await db.SurveyResponses.CountAsync(r => r.CommuneId == c)}");
        lines.AddRange(await db.Inspections.Where(i => i.CommuneId == c).Select(i => $"inspection {i.Id} v{i.Version} {i.Status} {i.Conclusion}").ToListAsync());
        lines.AddRange(await db.InspectionEntries
            .Where(e => e.CommuneId == c)
            .Select(e => $"inspection entry {e.Id} v{e.Version} {e.Answer} {e.Score} {e.Finding} {e.Verdict}")
            .ToListAsync());
        lines.Add($"inspection files {await db.InspectionFiles.CountAsync(f => f.CommuneId == c)}");
        lines.AddRange(await db.OfficialDocuments.Where(d => d.CommuneId == c)
            .Select(d => $"official document {d.Id} v{d.Version} {d.State} {d.SignedAt} {d.Files.Count(f => f.SignedFile != null)}").ToListAsync());
        lines.Add($"signing tokens {await db.SigningTokens.CountAsync(t => db.OfficialDocuments.Any(d => d.Id == t.DocumentId && d.CommuneId == c))}");
        lines.AddRange(await db.Dialogues
            .Where(d => d.CommuneId == c)
            .Select(d => $"dialogue {d.Id} v{d.Version} {d.Status} {d.Subject} {d.StartsAt} {d.Attendance} {d.Conclusion} {d.ActivityId}")
            .ToListAsync());
        lines.AddRange(await db.DialogueQuestions
            .Where(q => q.CommuneId == c)
            .Select(q => $"dialogue question {q.Id} {q.Number} {q.GroupId} {q.FeedbackId} {q.Name} {q.Phone} {q.Content}")
            .ToListAsync());
        lines.AddRange(await db.DialogueQuestionGroups
            .Where(g => g.CommuneId == c)
            .Select(g => $"dialogue group {g.Id} {g.Title} {g.AnswerUnitId} {g.AnswerPerson} {g.Answer}")
            .ToListAsync());
        lines.Add($"dialogue photos {await db.DialoguePhotos.CountAsync(p => p.CommuneId == c)}");
        var service = await db.Communes.Where(x => x.Id == c).Select(x => new { x.InService, x.ServiceChangedBy }).SingleAsync();
        lines.Add($"in service {service.InService} {service.ServiceChangedBy}");
        var userIds = await db.Users.Where(u => u.CommuneId == c).Select(u => u.Id).ToListAsync();
        lines.AddRange(await db.Users.Where(u => u.CommuneId == c)
            .Select(u => $"account {u.Id} {u.Role} {u.ProvinceId} {u.UnitId} {u.IsDisabled} {u.MustChangePassword} {u.PasswordHash} {u.FullName} {u.Email}")
            .ToListAsync());
        lines.AddRange(await db.Notifications.Where(n => userIds.Contains(n.UserId)).Select(n => $"notification {n.Id} {n.Title} {n.ReadAt}").ToListAsync());
        lines.Add($"unit links {await db.TaskUnits.CountAsync(l => l.UnitId != null && unitIds.Contains(l.UnitId.Value))}");
        lines.Add($"activities of its units {await db.Activities.CountAsync(a => unitIds.Contains(a.UnitId))}");
        lines.Add($"responsibilities of its units {await db.Responsibilities.CountAsync(r => r.UnitId != null && unitIds.Contains(r.UnitId.Value))}");
        lines.AddRange(await Exchange.ExchangeData.SnapshotAsync(db, c));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>Texts that appear only in the commune's own data, never in another commune's pages.</summary>
    public static IEnumerable<string> Markers(Scenario scenario) =>
        [
            scenario.Commune.Name + " năm 2026",
            scenario.ClipsTask.Name,
            scenario.ArticlesTask.Name,
            scenario.Activity?.Title ?? scenario.Commune.Name + " năm 2026",
            $"Mục đích riêng của {scenario.Commune.Name}",
            ReportMarker(scenario),
        ];

    /// <summary>The narrative of the commune's own reports, when the test gave it some (<see cref="AddReportsAsync"/>).</summary>
    public static string ReportMarker(Scenario scenario) => $"Kết quả báo cáo riêng của xã mã {scenario.Commune.Code}";

    /// <summary>
    /// Gives the commune a unit report and a consolidated report of quý I, both waiting for the next step, and a notification for
    /// its coordinator.
    /// </summary>
    public static async Task AddReportsAsync(LoaAppFactory app, Scenario scenario)
    {
        await using var db = app.SystemDb();
        var (province, commune) = (scenario.Commune.ProvinceId, scenario.Commune.Id);
        foreach (var unit in new[] { scenario.ServiceCentre, scenario.Culture })
        {
            db.UnitReports.Add(new Loa.Reports.UnitReport
            {
                ProvinceId = province,
                CommuneId = commune,
                PlanId = scenario.Plan.Id,
                UnitId = unit.Id,
                Year = 2026,
                Period = Loa.Reports.ReportPeriodKind.Quarter1,
                Status = Loa.Reports.UnitReportStatus.Submitted,
                Results = ReportMarker(scenario),
                SubmittedAt = DateTime.UtcNow,
            });
        }

        db.CommuneReports.Add(new Loa.Reports.CommuneReport
        {
            ProvinceId = province,
            CommuneId = commune,
            PlanId = scenario.Plan.Id,
            Year = 2026,
            Period = Loa.Reports.ReportPeriodKind.Quarter1,
            Status = Loa.Reports.CommuneReportStatus.Submitted,
            Results = ReportMarker(scenario),
            Recipient = "Sở Nội vụ",
            SubmittedAt = DateTime.UtcNow,
        });
        var index = new Loa.Indices.IndexResult
        {
            ProvinceId = province,
            CommuneId = commune,
            Year = 2025,
            Kind = Loa.Indices.IndexKind.ParIndex,
            Score = 81.5m,
            MaxScore = 100,
            Note = ReportMarker(scenario),
        };
        db.IndexResults.Add(index);
        var feedback = new Loa.Feedbacks.Feedback
        {
            ProvinceId = province,
            CommuneId = commune,
            TrackingHash = Loa.Feedbacks.TrackingCode.Hash(Loa.Feedbacks.TrackingCode.New())!,
            Subject = ReportMarker(scenario),
            Content = ReportMarker(scenario),
            Name = ReportMarker(scenario),
            Address = "Khu phố 1",
            Phone = "0900000000",
            ConsentAt = DateTime.UtcNow,
            ReceivedAt = DateTime.UtcNow,
            DueOn = new DateOnly(2026, 7, 15),
            Status = Loa.Feedbacks.FeedbackStatus.Answered,
            AssignedUnitId = scenario.ServiceCentre.Id,
            Answer = ReportMarker(scenario),
        };
        feedback.Number = await Loa.Feedbacks.FeedbackNumbering.NextAsync(db, commune);
        db.Feedback.Add(feedback);

        var category = new Loa.Articles.ArticleCategory { ProvinceId = province, CommuneId = commune, Name = "Tin cải cách hành chính" };
        var article = new Loa.Articles.Article
        {
            ProvinceId = province,
            CommuneId = commune,
            Title = ReportMarker(scenario),
            Slug = "bai-viet",
            Body = $"<p>{ReportMarker(scenario)}</p>",
            Status = Loa.Articles.ArticleStatus.Draft,
            AuthorId = scenario.Coordinator.Id,
            AuthorName = scenario.Coordinator.FullName,
            TaskId = scenario.ArticlesTask.Id,
            Category = category,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        db.Articles.Add(article);

        var survey = Loa.Surveys.SurveyTemplates.Contest(province, commune, scenario.Commune.Name, DateTime.UtcNow);
        survey.Title = ReportMarker(scenario);
        db.Surveys.Add(survey);
        db.Notifications.Add(new Loa.Notifications.Notification
        {
            UserId = scenario.Coordinator.Id,
            ProvinceId = province,
            CommuneId = commune,
            CreatedAt = DateTime.UtcNow,
            Title = ReportMarker(scenario),
            Body = ReportMarker(scenario),
            Link = "/reports",
            DedupKey = "thu:" + Guid.NewGuid().ToString("N"),
        });
        var procedure = new Loa.Procedures.Procedure
        {
            ProvinceId = province,
            Code = $"9.9{scenario.Commune.Code}",
            Name = $"Thủ tục riêng {ReportMarker(scenario)}",
            Field = "Hộ tịch",
            Level = "Cấp xã",
            UpdatedAt = DateTime.UtcNow,
        };
        var choice = new Loa.Procedures.CommuneProcedure
        {
            ProvinceId = province,
            CommuneId = commune,
            Procedure = procedure,
            Note = ReportMarker(scenario),
            UpdatedAt = DateTime.UtcNow,
        };
        db.CommuneProcedures.Add(choice);
        await db.SaveChangesAsync();
        IndexResults[commune] = index.Id;
        Feedback[commune] = feedback.Id;

        Articles[commune] = article.Id;

        CommuneProcedures[commune] = choice.Id;

        Surveys[commune] = survey.Id;
        Inspections[commune] = (await Loa.IntegrationTests.Inspections.InspectionData.OpenAsync(app, scenario)).Id;
        await Exchange.ExchangeData.AddWalkObjectsAsync(app, scenario);
        OfficialDocuments[commune] = (await Loa.IntegrationTests.Signing.SigningData.IssueAsync(app, scenario)).Id;
        var dialogue = await Loa.IntegrationTests.Dialogues.DialogueData.AddAsync(app, scenario, Loa.Dialogues.DialogueStatus.Held, ReportMarker(scenario));
        Dialogues[commune] = dialogue.Id;
    }
}
