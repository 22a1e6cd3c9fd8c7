using System.Net;
using Loa.Articles;
using Loa.Feedbacks;
using Loa.IntegrationTests.Infrastructure;
using Loa.Surveys;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loa.IntegrationTests.Security;

/// <summary>
/// Every public route of commune A's portal, pointed at neighbour B's published article, open survey, published
/// answer, procedure of the shared catalogue and article picture: never a success that names B's object, never a
/// word of B, and B's data unchanged after every public form is posted at it.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PortalIsolationTests(AppFixture fixture)
{
    /// <summary>The stored name of a picture of B's library (the walk asks A's portal for it).</summary>
    private const string PictureOfB = "b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0";

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Every_public_route_of_As_portal_pointed_at_Bs_objects_shows_nothing_of_B(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, sameProvinceAs: a);
        await TenantWalk.AddReportsAsync(app, b);
        var (article, survey, procedureCode) = await PublishAsync(app, b);
        var before = await TenantWalk.SnapshotAsync(app, b);

        // B's own portal shows them: the markers are real public text
        using var visitor = app.Session();
        var marker = TenantWalk.ReportMarker(b);
        Assert.Contains(marker, (await visitor.GetPageAsync($"/x/{b.Commune.Code}/news")).Text(), StringComparison.Ordinal);
        Assert.Contains(marker, (await visitor.GetPageAsync($"/x/{b.Commune.Code}/surveys")).Text(), StringComparison.Ordinal);
        Assert.Contains(marker, (await visitor.GetPageAsync($"/x/{b.Commune.Code}/feedback/answers")).Text(), StringComparison.Ordinal);
        Assert.Contains(marker, (await visitor.GetPageAsync($"/x/{b.Commune.Code}/procedures/{procedureCode}")).Text(), StringComparison.Ordinal); // B's note

        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => (e.RoutePattern.RawText ?? "").TrimStart('/').StartsWith("x/{code}", StringComparison.Ordinal))
            .ToList();
        string[] expected =
        [
            "x/{code}",
            "x/{code}/news/{article}",
            "x/{code}/surveys/{id:int}",
            "x/{code}/surveys/{id:int}/results",
            "x/{code}/procedures/{procedureCode}",
            "x/{code}/kiosk/procedures/{procedureCode}",
            "x/{code}/feedback/lookup",
            "x/{code}/plan/{format?}",
        ];
        Assert.All(expected, r => Assert.Contains(routes, e => e.RoutePattern.RawText!.TrimStart('/') == r));

        var token = WebSession.AntiforgeryToken(await visitor.GetPageAsync($"/x/{a.Commune.Code}/feedback/lookup"));
        var failures = new List<string>();
        foreach (var endpoint in routes)
        {
            var raw = endpoint.RoutePattern.RawText!.TrimStart('/');
            var namesObject = raw.Contains("{id", StringComparison.Ordinal)
                || raw.Contains("{article", StringComparison.Ordinal)
                || raw.Contains("{procedureCode", StringComparison.Ordinal)
                || raw.Contains("{name}", StringComparison.Ordinal);
            var path = "/" + raw.Replace("{code}", a.Commune.Code, StringComparison.Ordinal)
                .Replace("{article}", $"{article}-bai-viet", StringComparison.Ordinal)
                .Replace("{procedureCode}", procedureCode, StringComparison.Ordinal)
                .Replace("{format?}", "docx", StringComparison.Ordinal)
                .Replace("{name}", PictureOfB, StringComparison.Ordinal);
            path = System.Text.RegularExpressions.Regex.Replace(path, @"\{id[^}]*\}", survey.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var url = $"{path}?q={Uri.EscapeDataString("thu tuc chung " + b.Commune.Code)}&id={survey}";

            var get = await visitor.Client.GetAsync(url);
            await CheckAsync(failures, "GET " + url, get, namesObject && !raw.Contains("procedureCode", StringComparison.Ordinal), b);
            var handlers = endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>()?.HandlerMethods
                .Where(h => h.HttpMethod == "POST")
                .Select(h => h.Name ?? "") ?? [];
            foreach (var handler in handlers.Distinct())
            {
                var form = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token,
                    ["TrackingCode"] = "ABCD-EFGH-JKLM-NPQR",
                    ["name"] = "Người thử",
                    ["phone"] = "0912345678",
                    ["consent"] = "true",
                });
                var post = await visitor.Client.PostAsync(handler.Length == 0 ? url : $"{url}&handler={handler}", form);
                await CheckAsync(failures, $"POST({handler}) {url}", post, namesObject && !raw.Contains("procedureCode", StringComparison.Ordinal), b);
            }
        }

        Assert.Empty(failures);
        Assert.Equal(before, await TenantWalk.SnapshotAsync(app, b));
    }

    /// <summary>
    /// A procedure of the shared catalogue that A does not handle is simply not on A's portal (404); one A handles is
    /// shown with A's note, never B's — so procedure routes may answer 200, but never with B's words.
    /// </summary>
    private static async Task CheckAsync(List<string> failures, string request, HttpResponseMessage response, bool mustBeRefused, Scenario other)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            failures.Add($"{request}: {status}");
        }

        if (mustBeRefused && status is >= 200 and < 300)
        {
            failures.Add($"{request}: {status} for another commune's object");
        }

        var body = await response.Content.ReadAsStringAsync();
        foreach (var text in TenantWalk.Markers(other).Append(other.Commune.Name))
        {
            if (body.Contains(System.Net.WebUtility.HtmlEncode(text), StringComparison.Ordinal) || body.Contains(text, StringComparison.Ordinal))
            {
                failures.Add($"{request}: shows \"{text}\"");
            }
        }
    }

    /// <summary>Makes B's article, contest and feedback answer public, and returns the article, the survey and B's procedure code.</summary>
    private static async Task<(int Article, int Survey, string ProcedureCode)> PublishAsync(LoaAppFactory app, Scenario b)
    {
        await using var db = app.SystemDb();
        var now = LoaAppFactory.Now.UtcDateTime;
        var article = await db.Articles.IgnoreQueryFilters().SingleAsync(x => x.CommuneId == b.Commune.Id);
        (article.Status, article.PublishAt) = (ArticleStatus.Published, now.AddDays(-1));
        var survey = await db.Surveys.IgnoreQueryFilters().SingleAsync(x => x.CommuneId == b.Commune.Id);
        (survey.Status, survey.OpensAt, survey.ClosesAt) = (SurveyStatus.Open, now.AddDays(-1), now.AddDays(30));
        var feedback = await db.Feedback.IgnoreQueryFilters().SingleAsync(x => x.CommuneId == b.Commune.Id);
        (feedback.Status, feedback.PublishedAt, feedback.PublicSubject, feedback.PublicQuestion) =
            (FeedbackStatus.Published, now, TenantWalk.ReportMarker(b), TenantWalk.ReportMarker(b));
        // the catalogue is the province's and public to all its communes: only B's choice and note are B's own
        var procedure = await db.Procedures.SingleAsync(x => x.Code == $"9.9{b.Commune.Code}");
        procedure.Name = $"Thủ tục chung của tỉnh {b.Commune.Code}";
        db.ArticlePictures.Add(new ArticlePicture
        {
            ProvinceId = b.Commune.ProvinceId,
            CommuneId = b.Commune.Id,
            StoredName = PictureOfB,
            ContentType = "image/png",
            FileName = "anh-cua-xa-b.png",
            UploadedAt = now,
        });
        await db.SaveChangesAsync();

        // written behind the app's back: tell the catalogue's cache, as the import page does (its clock never moves here)
        app.Services.GetRequiredService<Loa.Web.Infrastructure.Procedures.ProcedureCatalog>().Changed(b.Commune.ProvinceId);
        return (article.Id, survey.Id, procedure.Code);
    }
}
