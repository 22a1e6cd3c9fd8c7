using System.Globalization;
using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace Loa.IntegrationTests.Activities;

/// <summary>Evidence photos: stored and served without EXIF (GPS), upright, with a thumbnail in the activity's gallery; bad images change nothing.</summary>
[Collection(AppCollection.Name)]
public sealed class EvidencePhotoTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_phone_photo_loses_its_gps_and_shows_upright_as_a_thumbnail_in_the_gallery(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var officer = app.Session();
        await officer.LoginAsync(scenario.Officer.UserName!);
        var photo = ExifPhoto.Jpeg(400, 200, orientation: 6);
        Assert.True(ExifPhoto.Contains(photo, ExifPhoto.GpsMarker));

        var form = await officer.GetPageAsync($"/activities/create?taskId={scenario.ClipsTask.Id}");
        var response = await officer.SubmitAsync(
            form, "form", new() { ["Activity.Title"] = "Quay clip tại bộ phận một cửa", ["Activity.Date"] = "2026-06-20" }, [("Files", "IMG_2041.jpg", photo)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await using var db = app.SystemDb();
        var stored = await db.EvidenceFiles.SingleAsync(f => f.CommuneId == scenario.Commune.Id);
        var folder = Path.Combine(app.DataPath, "uploads", scenario.Commune.Id.ToString(CultureInfo.InvariantCulture));
        var onDisk = await File.ReadAllBytesAsync(Path.Combine(folder, stored.StoredName));
        Assert.False(ExifPhoto.Contains(onDisk, ExifPhoto.GpsMarker));
        Assert.False(ExifPhoto.Contains(onDisk, "Exif\0\0"u8));
        Assert.Equal(onDisk.Length, stored.Length);
        Assert.NotNull(stored.ThumbnailName);

        var page = await officer.GetPageAsync(response.Headers.Location!.OriginalString);
        var image = page.QuerySelector("ul.gallery img")!;
        Assert.Equal($"/evidence/thumbnail/{stored.Id}", image.GetAttribute("src"));
        Assert.Equal($"/evidence/image/{stored.Id}", image.ParentElement!.GetAttribute("href"));

        var thumbnail = await officer.Client.GetAsync(image.GetAttribute("src"));
        Assert.Equal("image/jpeg", thumbnail.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", thumbnail.Headers.GetValues("X-Content-Type-Options").Single());
        using (var small = SKBitmap.Decode(await thumbnail.Content.ReadAsByteArrayAsync()))
        {
            Assert.True(small.Height > small.Width, "the thumbnail is upright (portrait)");
        }

        foreach (var url in new[] { $"/evidence/image/{stored.Id}", $"/evidence/download/{stored.Id}" })
        {
            var served = await (await officer.Client.GetAsync(url)).Content.ReadAsByteArrayAsync();
            Assert.False(ExifPhoto.Contains(served, ExifPhoto.GpsMarker), url);
            using var full = SKBitmap.Decode(served);
            Assert.Equal((200, 400), (full.Width, full.Height));
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_broken_photo_gets_a_clear_message_and_nothing_is_saved(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var officer = app.Session();
        await officer.LoginAsync(scenario.Officer.UserName!);
        var form = await officer.GetPageAsync($"/activities/create?taskId={scenario.ClipsTask.Id}");
        var broken = ExifPhoto.Jpeg(400, 200, orientation: 1)[..300];

        var response = await officer.SubmitAsync(
            form, "form", new() { ["Activity.Title"] = "Ảnh hỏng", ["Activity.Date"] = "2026-06-20" }, [("Files", "hong.jpg", broken)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = WebSession.Parse(await response.Content.ReadAsStringAsync(), "/").ValidationErrors();
        Assert.Contains(errors, e => e.Contains("Không đọc được ảnh “hong.jpg”", StringComparison.Ordinal));
        await using var db = app.SystemDb();
        Assert.False(await db.Activities.AnyAsync(a => a.CommuneId == scenario.Commune.Id));
        var folder = Path.Combine(app.DataPath, "uploads", scenario.Commune.Id.ToString(CultureInfo.InvariantCulture));
        Assert.True(!Directory.Exists(folder) || !Directory.EnumerateFiles(folder).Any());
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_photo_stored_before_thumbnails_gets_one_when_first_shown(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app);
        using var leader = app.Session();
        await leader.LoginAsync(scenario.Leader.UserName!);
        var page = await leader.GetPageAsync($"/activities/details/{scenario.Activity!.Id}");
        Assert.NotNull(page.QuerySelector($"ul.gallery img[src='/evidence/thumbnail/{scenario.File!.Id}']"));

        var thumbnail = await leader.Client.GetAsync($"/evidence/thumbnail/{scenario.File.Id}");

        Assert.Equal(HttpStatusCode.OK, thumbnail.StatusCode);
        Assert.Equal("image/jpeg", thumbnail.Content.Headers.ContentType!.MediaType);
        await using var db = app.SystemDb();
        var file = await db.EvidenceFiles.SingleAsync(f => f.Id == scenario.File.Id);
        Assert.NotNull(file.ThumbnailName);
        Assert.NotEqual(scenario.File.StoredName, file.StoredName);
        var folder = Path.Combine(app.DataPath, "uploads", scenario.Commune.Id.ToString(CultureInfo.InvariantCulture));
        Assert.False(File.Exists(Path.Combine(folder, scenario.File.StoredName)));
    }
}
