using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Loa.Documents.Records;
using Loa.IntegrationTests.Infrastructure;
using Loa.Signing;
using Loa.TestSigning;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Signing;

/// <summary>Signing through the local agent, through HTTP: the request, the one-time download and upload, the verification, the record.</summary>
[Collection(AppCollection.Name)]
public sealed class SigningTests(AppFixture fixture)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_leader_signs_and_the_signed_pdf_becomes_the_document_of_record_with_its_hash_audited(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app);
        var document = await SigningData.IssueAsync(app, scenario);
        using var leader = app.Session();
        await leader.LoginAsync(scenario.Leader.UserName!);

        var plan = await leader.GetPageAsync($"/plans/details/{scenario.Plan.Id}");
        Assert.Contains("Văn bản chờ ký số", plan.Text(), StringComparison.Ordinal);
        var request = await RequestAsync(leader, document.Id);
        var file = Assert.Single(request.Files);
        Assert.NotNull(file.Places.Signature);
        Assert.NotNull(file.Places.Seal);
        Assert.Equal([SigningData.Leader.Thumbprint], request.Signer.Thumbprints);

        using var agent = app.BareClient();
        var pdf = await agent.GetByteArrayAsync(Path(file.Download));
        Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(pdf)));
        var signed = PdfIncrementalSigner.Sign(pdf, file.Places, SigningData.Leader, now: app.Clock.Now.UtcDateTime);
        var upload = await agent.PostAsync(Path(file.Upload), new ByteArrayContent(signed));
        var answer = await upload.Content.ReadFromJsonAsync<UploadAnswer>(Json);
        Assert.True(upload.StatusCode == HttpStatusCode.OK, answer?.Message);

        var hash = Convert.ToHexStringLower(SHA256.HashData(signed));
        await using (var db = app.SystemDb())
        {
            var stored = await db.OfficialDocuments.Include(d => d.Files).SingleAsync(d => d.Id == document.Id);
            Assert.Equal(OfficialDocumentState.SignedByAll, stored.State);
            Assert.Equal(hash, stored.Files[0].SignedSha256);
            Assert.Equal(SigningData.Leader.Thumbprint, stored.Files[0].SignerThumbprint);
            var id = document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(OfficialDocument) && a.EntityId == id && a.Action == "sign").SingleAsync();
            Assert.Contains(hash, audit.Detail, StringComparison.Ordinal);
        }

        var after = await leader.GetPageAsync($"/plans/details/{scenario.Plan.Id}");
        Assert.Contains("Bản đã ký số", after.Text(), StringComparison.Ordinal);
        var download = await leader.Client.GetAsync($"/signing/pdf/{document.Id}?signed=true");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(signed, await download.Content.ReadAsByteArrayAsync());
        using var province = app.Session();
        await province.LoginAsync(scenario.ProvinceOfficer.UserName!);
        Assert.Equal(HttpStatusCode.OK, (await province.Client.GetAsync($"/signing/pdf/{document.Id}?signed=true")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_token_works_once_and_not_after_it_expires(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app);
        var document = await SigningData.IssueAsync(app, scenario);
        using var leader = app.Session();
        await leader.LoginAsync(scenario.Leader.UserName!);
        var file = (await RequestAsync(leader, document.Id)).Files[0];
        using var agent = app.BareClient();

        var pdf = await agent.GetByteArrayAsync(Path(file.Download));
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync(Path(file.Download))).StatusCode);
        var signed = PdfIncrementalSigner.Sign(pdf, file.Places, SigningData.Leader, now: app.Clock.Now.UtcDateTime);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsync(Path(file.Upload) + "x", new ByteArrayContent(signed))).StatusCode);

        var later = (await RequestAsync(leader, document.Id)).Files[0];
        app.Clock.Now += SigningTokenLife() + TimeSpan.FromMinutes(1);
        try
        {
            var expired = await agent.PostAsync(Path(later.Upload), new ByteArrayContent(signed));
            Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
            Assert.Contains("hết hạn", (await expired.Content.ReadFromJsonAsync<UploadAnswer>(Json))!.Message, StringComparison.Ordinal);
        }
        finally
        {
            app.Clock.Now -= SigningTokenLife() + TimeSpan.FromMinutes(1);
        }

        Assert.Equal(HttpStatusCode.OK, (await agent.PostAsync(Path(file.Upload), new ByteArrayContent(signed))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsync(Path(file.Upload), new ByteArrayContent(signed))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_signature_by_another_person_is_refused_in_Vietnamese_and_changes_nothing(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app);
        var document = await SigningData.IssueAsync(app, scenario);
        using var leader = app.Session();
        await leader.LoginAsync(scenario.Leader.UserName!);
        var file = (await RequestAsync(leader, document.Id)).Files[0];
        using var agent = app.BareClient();
        var pdf = await agent.GetByteArrayAsync(Path(file.Download));

        var byColleague = PdfIncrementalSigner.Sign(pdf, file.Places, SigningData.Colleague, now: app.Clock.Now.UtcDateTime);
        var response = await agent.PostAsync(Path(file.Upload), new ByteArrayContent(byColleague));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("người khác", (await response.Content.ReadFromJsonAsync<UploadAnswer>(Json))!.Message, StringComparison.Ordinal);
        await using var db = app.SystemDb();
        var stored = await db.OfficialDocuments.Include(d => d.Files).SingleAsync(d => d.Id == document.Id);
        Assert.Equal(OfficialDocumentState.AwaitingSignature, stored.State);
        Assert.Null(stored.Files[0].SignedFile);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Only_the_expected_signer_opens_the_signing_page_and_another_commune_sees_nothing(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app);
        var other = await Scenario.CreateAsync(app, otherProvinceThan: scenario);
        var document = await SigningData.IssueAsync(app, scenario);

        using var coordinator = app.Session();
        await coordinator.LoginAsync(scenario.Coordinator.UserName!);
        var refused = await coordinator.Client.GetAsync($"/signing/document/{document.Id}");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("accessdenied", refused.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.Client.GetAsync($"/signing/pdf/{document.Id}")).StatusCode);

        using var stranger = app.Session();
        await stranger.LoginAsync(other.Leader.UserName!);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/signing/document/{document.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/signing/pdf/{document.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/signing/pdf/{document.Id}?signed=true")).StatusCode);
    }

    private static TimeSpan SigningTokenLife() => Loa.Web.Infrastructure.Signing.SigningService.TokenLife;

    private static async Task<AgentSignRequest> RequestAsync(WebSession leader, int documentId)
    {
        var page = await leader.GetPageAsync($"/signing/document/{documentId}");
        Assert.Contains("Ký số", page.Text(), StringComparison.Ordinal);
        using var message = new HttpRequestMessage(HttpMethod.Post, $"/signing/document/{documentId}?handler=Request");
        message.Headers.Add("RequestVerificationToken", WebSession.AntiforgeryToken(page));
        var response = await leader.Client.SendAsync(message);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AgentSignRequest>(Json))!;
    }

    private static string Path(string url) => new Uri(url).PathAndQuery;
}
