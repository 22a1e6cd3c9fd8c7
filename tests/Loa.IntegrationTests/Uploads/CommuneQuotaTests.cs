using System.Globalization;
using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Uploads;

/// <summary>
/// security.md 18: each commune has a storage quota (Loa:CommuneQuotaBytes) for everything its staff upload —
/// evidence and article images alike; once it is used up an upload is refused in Vietnamese and nothing is
/// saved, and other communes are not affected.
/// </summary>
public sealed class CommuneQuotaTests
{
    private const int Quota = 1024 * 1024;

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_full_quota_refuses_evidence_and_article_images_of_that_commune_only(Engine engine)
    {
        using var app = new LoaAppFactory(
            engine, settings: new Dictionary<string, string?> { ["Loa:CommuneQuotaBytes"] = Quota.ToString(CultureInfo.InvariantCulture) });
        var a = await Scenario.CreateAsync(app, withActivity: false);
        var b = await Scenario.CreateAsync(app, withActivity: false, sameProvinceAs: a);

        using var officer = app.Session();
        await officer.LoginAsync(a.Officer.UserName!);
        Assert.Equal(HttpStatusCode.Redirect, (await RecordAsync(officer, a, "Ảnh hội nghị thứ nhất")).StatusCode);

        // The second photo would pass the quota: refused, nothing saved.
        var refused = await RecordAsync(officer, a, "Ảnh hội nghị thứ hai");
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains(
            WebSession.Parse(await refused.Content.ReadAsStringAsync(), "/").ValidationErrors(),
            e => e.Contains("Dung lượng lưu", StringComparison.Ordinal));

        // An article image counts toward the same quota.
        using var coordinator = app.Session();
        await coordinator.LoginAsync(a.Coordinator.UserName!);
        var article = await coordinator.SubmitAsync(await coordinator.GetPageAsync("/articles/edit"), "form.article-form", new()
        {
            ["Input.Title"] = "Ảnh lớn vượt dung lượng",
            ["Input.Kind"] = "News",
            ["Input.Body"] = "<p>Hội nghị tuyên truyền.</p>",
            ["Input.CoverAlt"] = "Hội nghị",
        }, files: [("Cover", "hoi-nghi.png", Photo())], button: "button[value=save]");
        Assert.NotEqual(HttpStatusCode.Redirect, article.StatusCode);
        Assert.Contains(
            WebSession.Parse(await article.Content.ReadAsStringAsync(), "/").ValidationErrors(),
            e => e.Contains("Dung lượng lưu", StringComparison.Ordinal));

        await using (var db = app.SystemDb())
        {
            Assert.Equal(["Ảnh hội nghị thứ nhất"], await db.Activities.Where(x => x.CommuneId == a.Commune.Id).Select(x => x.Title).ToListAsync());
            Assert.Equal(1, await db.EvidenceFiles.CountAsync(f => f.CommuneId == a.Commune.Id));
            Assert.False(await db.Articles.IgnoreQueryFilters().AnyAsync(x => x.CommuneId == a.Commune.Id && x.Title == "Ảnh lớn vượt dung lượng"));
        }

        // On disk: the first photo and its thumbnail, nothing of what was refused.
        string[] kept;
        await using (var db = app.SystemDb())
        {
            var photo = await db.EvidenceFiles.SingleAsync(f => f.CommuneId == a.Commune.Id);
            kept = [photo.StoredName, photo.ThumbnailName!];
        }

        var folder = Path.Combine(app.DataPath, "uploads", a.Commune.Id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(
            kept.Order(StringComparer.Ordinal),
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // Another commune has its own quota.
        using var neighbour = app.Session();
        await neighbour.LoginAsync(b.Officer.UserName!);
        Assert.Equal(HttpStatusCode.Redirect, (await RecordAsync(neighbour, b, "Ảnh của xã bên")).StatusCode);
    }

    private static async Task<HttpResponseMessage> RecordAsync(WebSession session, Scenario scenario, string title)
    {
        var form = await session.GetPageAsync($"/activities/create?taskId={scenario.ClipsTask.Id}");
        return await session.SubmitAsync(
            form, "form", new() { ["Activity.Title"] = title, ["Activity.Date"] = "2026-06-20", ["Activity.Quantity"] = "1" }, [("Files", "anh.png", Photo())]);
    }

    // A PNG (by its signature) of 600 KB: one fits in the quota of 1 MB, two do not.
    /// <summary>A real photo of about 600 KB, which stays that large once stored without its metadata (ADR 0028).</summary>
    private static byte[] Photo() => TestFiles.NoisePng(460, 440);
}
