using System.Globalization;
using System.Net;
using Loa.Domain.Accounts;
using Loa.IntegrationTests.Infrastructure;

namespace Loa.IntegrationTests.Security;

/// <summary>
/// Inside one commune, every role against the objects it has no part in (another unit's activities, evidence,
/// unit, report and feedback; for a unit officer and the province, the commune's own plan, tasks and reports;
/// for the leader, what units record and report; for the national officer, everything): every registered route and POST
/// handler is walked, and no write
/// succeeds — never a 2xx, never a redirect other than to "access denied" — and the commune's data is unchanged.
/// The coordinator runs the commune's plan and may change all of it; the leader's own steps (approve, issue,
/// units) are checked by the workflow tests.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class WithinCommuneWalkTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task No_role_writes_what_it_has_no_part_in_within_its_own_commune(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        await TenantWalk.AddReportsAsync(app, s);
        var cultureOfficer = await s.AddUnitOfficerAsync(app, s.Culture);
        var (cultureActivity, cultureFile) = await s.AddActivityAsync(
            app, s.Culture, s.ArticlesTask, cultureOfficer, "Bài viết của Phòng Văn hóa – Xã hội");
        var cultureFeedback = await FeedbackAssignedToAsync(app, s, s.Culture.Id);
        var national = await Ministry.NationalOfficers.CreateAsync(app);
        var shared = TenantWalk.ObjectsOf(s);
        var cultures = shared with
        {
            Task = s.ArticlesTask.Id,
            Activity = cultureActivity.Id,
            File = cultureFile.Id,
            Unit = s.Culture.Id,
            Feedback = cultureFeedback,
        };
        var centres = shared with { Task = s.ClipsTask.Id, Activity = s.Activity!.Id, File = s.File!.Id, Unit = s.ServiceCentre.Id };
        string[] leadersNoPart = ["activities", "evidence", "tasks", "reports/unit"];
        var walkers = new (User User, TenantWalk.Objects Objects, Func<string, bool> NoPart)[]
        {
            (s.Officer, cultures, _ => true),
            (cultureOfficer, centres, _ => true),
            (s.ProvinceOfficer, cultures, _ => true),
            (national, cultures, _ => true),
            (s.Leader, centres, route => leadersNoPart.Any(p => route == p || route.StartsWith(p + "/", StringComparison.Ordinal))),
        };
        var before = await TenantWalk.SnapshotAsync(app, s);
        var failures = new List<string>();
        foreach (var (user, objects, noPart) in walkers)
        {
            var targets = TenantWalk.Targets(app, objects).Where(t => t.NamesObject && noPart(t.Route)).ToList();
            Assert.Contains(targets, t => t.Route.StartsWith("activities/edit", StringComparison.Ordinal) && t.PostHandlers.Contains("Delete"));
            using var session = app.Session();
            await session.LoginAsync(user.UserName!);
            var token = WebSession.AntiforgeryToken(await session.GetPageAsync("/notifications"));
            foreach (var target in targets)
            {
                if (target.Route.Contains("edit", StringComparison.Ordinal))
                {
                    var form = await session.Client.GetAsync(target.Url);
                    if (form.IsSuccessStatusCode)
                    {
                        failures.Add($"{user.UserName} GET {target.Url} → {(int)form.StatusCode}");
                    }
                }

                foreach (var handler in target.PostHandlers)
                {
                    var url = handler.Length == 0 ? target.Url : $"{target.Url}&handler={handler}";
                    var post = await session.Client.PostAsync(url, HostileForm(token, objects));
                    if (post.IsSuccessStatusCode || (post.StatusCode == HttpStatusCode.Redirect && !Reports.ReportData.IsRefused(post)))
                    {
                        failures.Add($"{user.UserName} POST({handler}) {target.Url} → {(int)post.StatusCode} {post.Headers.Location}");
                    }
                }
            }
        }

        Assert.Empty(failures);
        Assert.Equal(before, await TenantWalk.SnapshotAsync(app, s));
    }

    private static async Task<int> FeedbackAssignedToAsync(LoaAppFactory app, Scenario s, int unitId)
    {
        await using var db = app.SystemDb();
        var feedback = new Loa.Feedbacks.Feedback
        {
            ProvinceId = s.Commune.ProvinceId,
            CommuneId = s.Commune.Id,
            TrackingHash = Loa.Feedbacks.TrackingCode.Hash(Loa.Feedbacks.TrackingCode.New())!,
            Subject = "Phản ánh giao cho Phòng Văn hóa – Xã hội",
            Content = "Nội dung",
            Name = "Người dân",
            Address = "Khu phố 1",
            Phone = "0900000000",
            ConsentAt = DateTime.UtcNow,
            ReceivedAt = DateTime.UtcNow,
            DueOn = new DateOnly(2026, 7, 15),
            Status = Loa.Feedbacks.FeedbackStatus.Assigned,
            AssignedUnitId = unitId,
        };
        db.Feedback.Add(feedback);
        await Loa.Feedbacks.FeedbackNumbering.SaveNewAsync(db, feedback);
        return feedback.Id;
    }

    /// <summary>A form that tries every field the pages take, pointed at the walked objects.</summary>
    private static FormUrlEncodedContent HostileForm(string token, TenantWalk.Objects objects)
    {
        var unit = objects.Unit.ToString(CultureInfo.InvariantCulture);
        return new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("Version", "1"),
            new("Input.Version", "1"),
            new("Activity.Version", "1"),
            new("Input.SourcePlanId", objects.Plan.ToString(CultureInfo.InvariantCulture)),
            new("Input.Year", "2027"),
            new("Input.Title", "Bị ghi đè"),
            new("Input.Number", "99"),
            new("Input.Date", "2026-05-05"),
            new("Task.Name", "Bị ghi đè"),
            new("Task.LeadUnitIds", unit),
            new("Activity.Title", "Bị ghi đè"),
            new("Activity.Date", "2026-05-05"),
            new("Activity.Quantity", "1"),
            new("Activity.UnitId", unit),
            new("Unit.Name", "Bị ghi đè"),
            new("ReturnComment", "Bị ghi đè"),
            new("Input.UnitId", unit),
            new("Input.Results", "Bị ghi đè"),
            new("Input.Answer", "Bị ghi đè"),
            new("Input.ReturnComment", "Bị ghi đè"),
            new("Input.PublicSubject", "Bị ghi đè"),
            new("Input.PublicQuestion", "Bị ghi đè"),
            new("Input.RejectionKind", "Complaint"),
            new("Approval.Number", "9"),
            new("Approval.Date", "2026-07-01"),
        ]);
    }
}
