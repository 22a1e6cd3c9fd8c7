using System.Net;
using Loa.Documents.Records;
using Loa.Exchange;
using Loa.IntegrationTests.Infrastructure;
using Loa.Reports;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Exchange;

/// <summary>
/// Sending through the document exchange, end to end through HTTP: a commune's leader sends its signed report, the mock hub
/// takes and delivers it, the province's inbox attaches it to the commune's report and the hub acknowledges it to the
/// commune; another province never sees it. And the outbox's other ways: rejection, retries, the province's upload.
/// </summary>
public sealed class ExchangeTests(ExchangeApps apps) : IClassFixture<ExchangeApps>
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_signed_report_reaches_the_province_through_the_mock_hub_and_is_attached_to_the_communes_report(Engine engine)
    {
        var app = apps.App(engine);
        var s = await Scenario.CreateAsync(app, withActivity: false);
        var other = await Scenario.CreateAsync(app, withActivity: false, otherProvinceThan: s);
        var reportId = await ApprovedReportAsync(app, s);
        var (document, pdf) = await ExchangeData.SignedAsync(app, s, OfficialDocumentKind.Report, reportId);

        using var leader = app.Session();
        await leader.LoginAsync(s.Leader.UserName!);
        var page = await leader.GetPageAsync($"/exchange/send/{document.Id}");
        Assert.Contains("Gửi lên tỉnh qua trục liên thông", page.Text(), StringComparison.Ordinal);
        var sent = await leader.SubmitAsync(page, "form[method=post]", []);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var outgoing = await MessageAsync(app, document.Id, ExchangeDirection.Outgoing);
        Assert.Equal(ExchangeState.Waiting, outgoing.State);
        await using (var db = app.SystemDb())
        {
            var commune = await db.Communes.SingleAsync(c => c.Id == s.Commune.Id);
            var ofProvince = await db.Provinces.SingleAsync(p => p.Id == s.Commune.ProvinceId);
            Assert.Equal((commune.AgencyCode, ofProvince.AgencyCode), (outgoing.SenderCode, outgoing.ReceiverCode));
        }

        await ExchangeApps.TurnAsync(app);
        Assert.Equal(ExchangeState.Sent, (await MessageAsync(app, document.Id, ExchangeDirection.Outgoing)).State);
        var incoming = await MessageAsync(app, document.Id, ExchangeDirection.Incoming);
        Assert.Equal((ExchangeState.Attached, s.Commune.Id), (incoming.State, incoming.CommuneId));

        await ExchangeApps.TurnAsync(app);
        outgoing = await MessageAsync(app, document.Id, ExchangeDirection.Outgoing);
        Assert.Equal(ExchangeState.Received, outgoing.State);
        Assert.Equal([ExchangeState.Waiting, ExchangeState.Sent, ExchangeState.Received], outgoing.Events.OrderBy(e => e.Id).Select(e => e.State));
        var history = (await leader.GetPageAsync($"/exchange/send/{document.Id}")).Text();
        Assert.Contains("Nơi nhận đã xác nhận", history, StringComparison.Ordinal);
        Assert.Contains("Văn bản này đã được gửi hoặc đang chờ gửi.", history, StringComparison.Ordinal);

        using var province = app.Session();
        await province.LoginAsync(s.ProvinceOfficer.UserName!);
        var inbox = (await province.GetPageAsync("/exchange")).Text();
        Assert.Contains(document.Number, inbox, StringComparison.Ordinal);
        Assert.Contains("Đã gắn vào hồ sơ của xã", inbox, StringComparison.Ordinal);
        var report = (await province.GetPageAsync($"/reports/commune?plan={s.Plan.Id}&period=h1")).Text();
        Assert.Contains("Văn bản nhận qua trục", report, StringComparison.Ordinal);
        Assert.Contains(document.Number, report, StringComparison.Ordinal);
        var file = await province.Client.GetAsync($"/exchange/message/{incoming.Id}?handler=file&index=0");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(pdf, await file.Content.ReadAsByteArrayAsync());

        using var stranger = app.Session();
        await stranger.LoginAsync(other.ProvinceOfficer.UserName!);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/exchange/message/{incoming.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/exchange/message/{incoming.Id}?handler=file&index=0")).StatusCode);
        Assert.DoesNotContain(document.Number, (await stranger.GetPageAsync("/exchange")).Text(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_receiver_the_hub_does_not_know_fails_at_once_with_the_hubs_reason(Engine engine)
    {
        var app = apps.App(engine);
        var s = await Scenario.CreateAsync(app, withActivity: false);
        var (document, _) = await ExchangeData.SignedAsync(app, s);
        await using (var db = app.SystemDb())
        {
            var tracked = await db.OfficialDocuments.Include(d => d.Files).SingleAsync(d => d.Id == document.Id);
            var commune = await db.Communes.AsNoTracking().SingleAsync(c => c.Id == s.Commune.Id);
            var province = await db.Provinces.AsNoTracking().SingleAsync(p => p.Id == s.Commune.ProvinceId);
            province.AgencyCode = ExchangeApps.RejectedCode;
            await ExchangeOutbox.EnqueueAsync(db, app.DataPath, tracked, commune, province, "test", DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        await ExchangeApps.TurnAsync(app);

        var message = await MessageAsync(app, document.Id, ExchangeDirection.Outgoing);
        Assert.Equal((ExchangeState.Failed, "Rejected", 1), (message.State, message.LastErrorKind, message.Attempts));
        Assert.Equal($"Trục liên thông không có cơ quan nhận mang mã định danh {ExchangeApps.RejectedCode}.", message.Reason);
        using var leader = app.Session();
        await leader.LoginAsync(s.Leader.UserName!);
        var page = (await leader.GetPageAsync($"/exchange/send/{document.Id}")).Text();
        Assert.Contains("Không gửi được", page, StringComparison.Ordinal);
        Assert.Contains(ExchangeApps.RejectedCode, page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_hub_out_of_reach_is_retried_with_growing_waits_then_given_up_after_the_last_attempt(Engine engine)
    {
        var app = apps.App(engine);
        var s = await Scenario.CreateAsync(app, withActivity: false);
        var (document, _) = await ExchangeData.SignedAsync(app, s);
        using var leader = app.Session();
        await leader.LoginAsync(s.Leader.UserName!);
        await leader.SubmitAsync(await leader.GetPageAsync($"/exchange/send/{document.Id}"), "form[method=post]", []);
        using var nowhere = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:9/"), Timeout = TimeSpan.FromSeconds(5) };
        var unreachable = new HubTransport(nowhere, null);
        var options = new ExchangeOptions { MaxAttempts = 3, RetryBaseSeconds = 60 };
        var start = DateTime.UtcNow;

        async Task<ExchangeMessage> TryAtAsync(DateTime now)
        {
            await using var db = app.SystemDb();
            await ExchangeOutbox.SendDueAsync(db, unreachable, options, app.DataPath, now);
            return await MessageAsync(app, document.Id, ExchangeDirection.Outgoing);
        }

        var first = await TryAtAsync(start);
        Assert.Equal((ExchangeState.Retried, 1, "HubUnreachable"), (first.State, first.Attempts, first.LastErrorKind));
        Assert.Equal(1, (await TryAtAsync(start.AddSeconds(30))).Attempts);
        var second = await TryAtAsync(start.AddMinutes(1));
        Assert.Equal((ExchangeState.Retried, 2), (second.State, second.Attempts));
        Assert.Equal(start.AddMinutes(3), second.NextAttemptAt!.Value, TimeSpan.FromSeconds(1));
        var third = await TryAtAsync(start.AddMinutes(3));
        Assert.Equal((ExchangeState.Failed, 3), (third.State, third.Attempts));
        Assert.Equal(
            [ExchangeState.Waiting, ExchangeState.Retried, ExchangeState.Retried, ExchangeState.Failed],
            third.Events.OrderBy(e => e.Id).Select(e => e.State));

        var again = await leader.GetPageAsync($"/exchange/send/{document.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await leader.SubmitAsync(again, "form[method=post]", [])).StatusCode);
        await ExchangeApps.TurnAsync(app);
        await using var check = app.SystemDb();
        var states = await check.ExchangeMessages.Where(m => m.DocumentId == document.Id && m.Direction == ExchangeDirection.Outgoing)
            .OrderBy(m => m.Id).Select(m => m.State).ToListAsync();
        Assert.Equal([ExchangeState.Failed, ExchangeState.Sent], states);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_province_uploads_a_package_by_hand_and_a_bad_one_is_refused_in_Vietnamese_with_nothing_kept(Engine engine)
    {
        var app = apps.App(engine);
        var s = await Scenario.CreateAsync(app, withActivity: false);
        var elsewhere = await Scenario.CreateAsync(app, withActivity: false, otherProvinceThan: s);
        var (document, _) = await ExchangeData.SignedAsync(app, s);
        var (foreign, _) = await ExchangeData.SignedAsync(app, elsewhere);
        var package = await PackageAsync(app, document);
        var foreignPackage = await PackageAsync(app, foreign);
        using var province = app.Session();
        await province.LoginAsync(s.ProvinceOfficer.UserName!);
        var before = await CountAsync(app);

        var notXml = await UploadAsync(province, "bao-cao.edxml", ExchangeData.Pdf("khong phai xml"));
        Assert.Equal(HttpStatusCode.BadRequest, notXml.StatusCode);
        Assert.Contains("Tệp không phải XML hợp lệ", await notXml.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var broken = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(package).Replace("<Subject>", "<Tieude>", StringComparison.Ordinal));
        var invalid = await UploadAsync(province, "bao-cao.edxml", broken);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("Gói tin không đúng cấu trúc edXML", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var notOurs = await UploadAsync(province, "tinh-khac.edxml", foreignPackage);
        Assert.Equal(HttpStatusCode.BadRequest, notOurs.StatusCode);
        Assert.Contains("Gói tin không gửi cho", await notOurs.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(app));

        var good = await UploadAsync(province, "bao-cao.edxml", package);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var incoming = await MessageAsync(app, document.Id, ExchangeDirection.Incoming);
        Assert.Equal(ExchangeState.Attached, incoming.State);

        var page = await province.GetPageAsync($"/exchange/message/{incoming.Id}");
        var empty = await province.SubmitAsync(page, "form[method=post]", new() { ["Reason"] = "   " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Ghi lý do từ chối để xã biết.", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var refused = await province.SubmitAsync(page, "form[method=post]", new() { ["Reason"] = "Sai kỳ báo cáo." });
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var after = await MessageAsync(app, document.Id, ExchangeDirection.Incoming);
        Assert.Equal(("Sai kỳ báo cáo.", ExchangeState.Refused), (after.Reason, after.State));

        using var leader = app.Session();
        await leader.LoginAsync(s.Leader.UserName!);
        var forbidden = await leader.Client.PostAsync($"/exchange?handler=upload", new FormUrlEncodedContent([]));
        Assert.NotEqual(HttpStatusCode.Redirect, forbidden.StatusCode);
    }

    private static async Task<HttpResponseMessage> UploadAsync(WebSession session, string name, byte[] content) =>
        await session.SubmitAsync(await session.GetPageAsync("/exchange"), "form[enctype]", [], files: [("package", name, content)], multipart: true);

    private static async Task<byte[]> PackageAsync(LoaAppFactory app, OfficialDocument document)
    {
        await using var db = app.SystemDb();
        var tracked = await db.OfficialDocuments.Include(d => d.Files).AsNoTracking().SingleAsync(d => d.Id == document.Id);
        var commune = await db.Communes.AsNoTracking().SingleAsync(c => c.Id == document.CommuneId);
        var province = await db.Provinces.AsNoTracking().SingleAsync(p => p.Id == document.ProvinceId);
        var pdf = await File.ReadAllBytesAsync(ExchangeFiles.DocumentPath(app.DataPath, tracked, tracked.Files[0].SignedFile!));
        return EdxmlWriter.Write(ExchangeOutbox.Package(tracked, commune, province, [pdf], DateTime.UtcNow));
    }

    private static async Task<int> CountAsync(LoaAppFactory app)
    {
        await using var db = app.SystemDb();
        return await db.ExchangeMessages.CountAsync();
    }

    private static async Task<ExchangeMessage> MessageAsync(LoaAppFactory app, int documentId, ExchangeDirection direction)
    {
        await using var db = app.SystemDb();
        return await db.ExchangeMessages.AsNoTracking().Include(m => m.Events)
            .Where(m => m.DocumentId == documentId && m.Direction == direction).OrderByDescending(m => m.Id).FirstAsync();
    }

    private static async Task<int> ApprovedReportAsync(LoaAppFactory app, Scenario s)
    {
        await using var db = app.SystemDb();
        var report = new CommuneReport
        {
            ProvinceId = s.Commune.ProvinceId,
            CommuneId = s.Commune.Id,
            PlanId = s.Plan.Id,
            Year = 2026,
            Period = ReportPeriodKind.HalfYear,
            Status = CommuneReportStatus.Approved,
            ApprovedAt = DateTime.UtcNow,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        db.CommuneReports.Add(report);
        await db.SaveChangesAsync();
        return report.Id;
    }
}
