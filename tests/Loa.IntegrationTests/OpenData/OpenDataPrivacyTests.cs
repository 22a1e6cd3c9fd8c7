using System.Net;
using System.Text.Json;
using Loa.IntegrationTests.Infrastructure;
using Loa.OpenData;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.OpenData;

/// <summary>
/// On a database of its own, with recognisable personal values planted wherever they live (feedback, accounts, what staff type),
/// a walk of the whole catalogue — the HTML pages, the JSON-LD catalogues and every file they list — finds every link working, every
/// schema listed, and none of the personal values anywhere. The signer's name is on the issued plan, as on the document itself.
/// </summary>
public sealed class OpenDataPrivacyTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_whole_catalogue_works_lists_every_dataset_and_holds_no_personal_data(Engine engine)
    {
        using var app = new LoaAppFactory(engine);
        var s = await Scenario.CreateAsync(app);
        var other = await Scenario.CreateAsync(app, otherProvinceThan: s, status: Loa.Plans.PlanStatus.Draft);
        await PlantAsync(app, s);

        var client = app.BareClient();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var files = new HashSet<string>(StringComparer.Ordinal);
        var schemas = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([OpenDataUrls.Root, OpenDataUrls.Catalog]);
        var bodies = new List<(string Url, string Body)>();
        while (queue.TryDequeue(out var url))
        {
            if (!seen.Add(url))
            {
                continue;
            }

            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync();
            bodies.Add((url, body));
            if (url.EndsWith(".jsonld", StringComparison.Ordinal))
            {
                foreach (var next in Catalogue(body, schemas, files))
                {
                    queue.Enqueue(next);
                }
            }
            else if (!url.StartsWith(OpenDataUrls.Files, StringComparison.Ordinal))
            {
                foreach (var href in WebSession.Parse(body, url).QuerySelectorAll("a[href^='/open-data']").Select(a => a.GetAttribute("href")!.Split('#')[0]))
                {
                    queue.Enqueue(href);
                }
            }
        }

        // every dataset file listed in a JSON-LD catalogue was fetched, and the HTML pages offer the same files
        Assert.Subset(seen, files);
        Assert.Equal(OpenDataSchemas.All.Select(x => x.Id).Order(), schemas.Order());
        Assert.Contains(OpenDataUrls.Plan(s.Commune.Code, 2026, "json"), files);
        Assert.Contains(OpenDataUrls.CommuneIndices(s.Commune.Code, "csv"), files);
        Assert.DoesNotContain(files, f => f.Contains(other.Commune.Code, StringComparison.Ordinal));
        Assert.True(files.Count > 60, $"only {files.Count} files walked");

        foreach (var value in PersonalData.Values(s))
        {
            foreach (var (url, body) in bodies)
            {
                Assert.False(body.Contains(value, StringComparison.OrdinalIgnoreCase), $"{url} holds the personal value \"{value}\"");
            }
        }

        // the issued plan shows who signed it, as the document does (decision record 40)
        Assert.Contains("Lê Văn Kýtên", bodies.Single(b => b.Url == OpenDataUrls.Plan(s.Commune.Code, 2026, "json")).Body, StringComparison.Ordinal);
    }

    // Reads a JSON-LD catalogue: the schemas its datasets conform to, their files, and the catalogues and pages to walk next.
    private static List<string> Catalogue(string body, HashSet<string> schemas, HashSet<string> files)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        Assert.Equal("dcat:Catalog", root.GetProperty("@type").GetString());
        var next = new List<string>();
        foreach (var dataset in root.GetProperty("dcat:dataset").EnumerateArray())
        {
            Assert.Equal("dcat:Dataset", dataset.GetProperty("@type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(dataset.GetProperty("dct:title").GetProperty("@value").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(dataset.GetProperty("dct:description").GetProperty("@value").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(dataset.GetProperty("dct:publisher").GetProperty("foaf:name").GetString()));
            Assert.Equal(OpenDataCatalog.Licence, dataset.GetProperty("dct:license").GetProperty("@id").GetString());
            Assert.True(DateOnly.TryParse(dataset.GetProperty("dct:modified").GetProperty("@value").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
            schemas.Add(new Uri(dataset.GetProperty("dct:conformsTo").GetProperty("@id").GetString()!).Fragment.TrimStart('#'));
            var distributions = dataset.GetProperty("dcat:distribution").EnumerateArray().ToList();
            Assert.Equal(["CSV", "JSON"], distributions.Select(d => d.GetProperty("dct:format").GetString()).Order());
            foreach (var file in distributions)
            {
                var path = new Uri(file.GetProperty("dcat:downloadURL").GetProperty("@id").GetString()!).AbsolutePath;
                files.Add(path);
                next.Add(path);
            }
        }

        foreach (var child in root.GetProperty("dcat:catalog").EnumerateArray())
        {
            next.Add(new Uri(child.GetProperty("@id").GetString()!).AbsolutePath);
            next.Add(new Uri(child.GetProperty("foaf:homepage").GetProperty("@id").GetString()!).AbsolutePath);
        }

        return next;
    }

    private static async Task PlantAsync(LoaAppFactory app, Scenario s)
    {
        await using var db = app.SystemDb();
        db.Feedback.Add(await PersonalData.FeedbackAsync(db, s, answered: true));
        db.Feedback.Add(await PersonalData.FeedbackAsync(db, s, answered: false));
        foreach (var user in await db.Users.Where(u => u.CommuneId == s.Commune.Id || u.Id == s.ProvinceOfficer.Id).ToListAsync())
        {
            (user.Email, user.PhoneNumber) = (PersonalData.OfficerEmail, PersonalData.OfficerPhone);
        }

        var leader = await db.Users.SingleAsync(u => u.Id == s.Leader.Id);
        leader.FullName = PersonalData.OfficerName;
        var activity = await db.Activities.IgnoreQueryFilters().SingleAsync(a => a.Id == s.Activity!.Id);
        activity.Description = PersonalData.ActivityNote;
        var plan = await db.Plans.IgnoreQueryFilters().SingleAsync(p => p.Id == s.Plan.Id);
        (plan.ReturnComment, plan.SignerPosition, plan.SignerName) = (PersonalData.ReturnComment, "CHỦ TỊCH", "Lê Văn Kýtên");
        db.IndexResults.Add(new Loa.Indices.IndexResult
        {
            ProvinceId = s.Commune.ProvinceId,
            CommuneId = s.Commune.Id,
            Year = 2025,
            Kind = Loa.Indices.IndexKind.Sipas,
            Score = 81.5m,
            Note = PersonalData.IndexNote,
        });
        db.IndexResults.Add(new Loa.Indices.IndexResult
        {
            ProvinceId = s.Commune.ProvinceId,
            Year = 2025,
            Kind = Loa.Indices.IndexKind.Sipas,
            Score = 83.1m,
            Note = PersonalData.IndexNote,
        });
        await db.SaveChangesAsync();
    }
}
