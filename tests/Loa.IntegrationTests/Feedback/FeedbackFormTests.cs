using System.Net;
using Loa.Feedbacks;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Feedback;

/// <summary>The citizen's feedback form on the commune portal: what it requires, what it refuses, the tracking code, and where complaints go.</summary>
[Collection(AppCollection.Name)]
public sealed class FeedbackFormTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_citizen_sends_feedback_and_gets_a_tracking_code_shown_once(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var portal = FeedbackData.Portal(a);
        using var citizen = app.Session();

        var form = await citizen.GetPageAsync(portal + "/feedback?loai=phan-anh");
        var consent = form.QuerySelector("input[name='Input.Consent']");
        Assert.NotNull(consent);
        Assert.False(consent.HasAttribute("checked"));
        var response = await citizen.SubmitAsync(form, "form.feedback-form", FeedbackData.Valid(a), [("Files", "anh-chup.png", TestFiles.Png)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain(FeedbackData.Phone, response.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var sent = await citizen.Client.GetAsync(portal + "/feedback/sent");
        Assert.Contains("no-store", sent.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var receipt = WebSession.Parse(await sent.Content.ReadAsStringAsync(), portal + "/feedback/sent");
        var code = receipt.QuerySelector("#tracking-code")?.TextContent.Trim();
        Assert.NotNull(code);
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$", code);

        // shown once: the code is not stored, so the receipt cannot show it again
        var again = await citizen.GetPageAsync(portal + "/feedback/sent");
        Assert.Null(again.QuerySelector("#tracking-code"));
        Assert.DoesNotContain(code, again.Text(), StringComparison.Ordinal);

        await using var db = app.SystemDb();
        var stored = await db.Feedback.IgnoreQueryFilters().Include(f => f.Attachments).SingleAsync(f => f.CommuneId == a.Commune.Id);
        Assert.Equal(TrackingCode.Hash(code), stored.TrackingHash);
        Assert.DoesNotContain(TrackingCode.Canonical(code)!, stored.TrackingHash.ToUpperInvariant(), StringComparison.Ordinal);
        Assert.Equal(FeedbackStatus.Received, stored.Status);
        Assert.Equal(
            (FeedbackData.Name, FeedbackData.Address, FeedbackData.Phone, FeedbackData.Email),
            (stored.Name, stored.Address, stored.Phone, stored.Email));
        Assert.Equal(LoaAppFactory.Now.UtcDateTime, stored.ConsentAt);
        Assert.Equal(new DateOnly(2026, 7, 15), stored.DueOn); // received Wednesday 1 July 2026: ten working days
        var file = Assert.Single(stored.Attachments);
        Assert.Equal("image/png", file.ContentType);
        var communeFolder = a.Commune.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(File.Exists(Path.Combine(app.DataPath, "feedback", communeFolder, file.StoredName)));
        Assert.True(await db.Notifications.AnyAsync(n => n.UserId == a.Coordinator.Id && n.Link == $"/feedback/details/{stored.Id}"));

        // the audit log says a public user created it, and holds nothing of the citizen
        var audit = await db.AuditEntries
            .Where(e => e.EntityType == "Feedback" && e.EntityId == stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToListAsync();
        Assert.Contains(audit, e => e.Action == "create" && e.UserName == "public");
        Assert.All(audit, e => Assert.DoesNotContain(FeedbackData.Phone, e.Detail ?? "", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Missing_fields_no_consent_a_filled_trap_or_a_bad_file_are_refused_in_Vietnamese_and_nothing_is_saved(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var cases = new (Dictionary<string, object?> Change, string Message, byte[]? File)[]
        {
            (new() { ["Input.Content"] = "  " }, "Hãy ghi nội dung phản ánh", null),
            (new() { ["Input.Name"] = "" }, "Hãy ghi họ và tên", null),
            (new() { ["Input.Address"] = "" }, "Hãy ghi địa chỉ liên hệ", null),
            (new() { ["Input.Phone"] = "" }, "Hãy ghi số điện thoại", null),
            (new() { ["Input.Phone"] = "gọi tôi nhé" }, "Số điện thoại chưa đúng", null),
            (new() { ["Input.Phone"] = "091 234 567" }, "Số điện thoại chưa đúng", null),
            (new() { ["Input.Phone"] = "+1 202 555 0123" }, "Số điện thoại chưa đúng", null),
            (new() { ["Input.Email"] = "ngoc@" }, "thư điện tử chưa đúng", null),
            (new() { ["Input.Consent"] = null }, "Hãy đánh dấu đồng ý", null),
            (new() { ["website"] = "http://spam.example" }, "Không gửi được biểu mẫu", null),
            (new() { ["form_started"] = "gia-mao" }, "không hợp lệ", null),
            (new(), "không phải ảnh (JPEG, PNG, GIF, WebP) hoặc PDF", "<script>alert(1)</script>"u8.ToArray()),
        };
        foreach (var (change, message, file) in cases)
        {
            var values = FeedbackData.Valid(a);
            foreach (var (key, value) in change)
            {
                values[key] = value;
            }

            using var citizen = app.Session();
            var form = await citizen.GetPageAsync(FeedbackData.Portal(a) + "/feedback?loai=phan-anh");
            var response = await citizen.SubmitAsync(form, "form.feedback-form", values, file is null ? null : [("Files", "thu.png", file)]);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
            var errors = WebSession.Parse(await response.Content.ReadAsStringAsync(), "/").ValidationErrors();
            Assert.True(errors.Any(e => e.Contains(message, StringComparison.Ordinal)), $"expected \"{message}\", got: {string.Join(" | ", errors)}");
        }

        await using var db = app.SystemDb();
        Assert.Equal(0, await db.Feedback.IgnoreQueryFilters().CountAsync(f => f.CommuneId == a.Commune.Id));
        Assert.False(Directory.Exists(Path.Combine(app.DataPath, "feedback", a.Commune.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Complaints_and_denunciations_are_pointed_to_their_own_procedure_and_not_taken(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        using var citizen = app.Session();
        var portal = FeedbackData.Portal(a);

        var first = await citizen.GetPageAsync(portal + "/feedback");
        Assert.Contains("Nội dung của bạn có phải là khiếu nại hoặc tố cáo không?", first.Text(), StringComparison.Ordinal);
        Assert.Null(first.QuerySelector("form.feedback-form"));

        var complaint = await citizen.GetPageAsync(portal + "/feedback?loai=khieu-nai");
        Assert.Contains("Luật Khiếu nại", complaint.Text(), StringComparison.Ordinal);
        Assert.Contains("90 ngày", complaint.Text(), StringComparison.Ordinal);
        Assert.Null(complaint.QuerySelector("form.feedback-form"));
        Assert.NotNull(complaint.QuerySelector($"a[href='{portal}/procedures']"));

        var denunciation = await citizen.GetPageAsync(portal + "/feedback?loai=to-cao");
        Assert.Contains("Luật Tố cáo", denunciation.Text(), StringComparison.Ordinal);
        Assert.Null(denunciation.QuerySelector("form.feedback-form"));
    }
}
