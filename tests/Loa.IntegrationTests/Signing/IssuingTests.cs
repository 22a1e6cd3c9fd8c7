using System.Net;
using System.Security.Cryptography;
using Loa.Documents.Pdf;
using Loa.Documents.Records;
using Loa.IntegrationTests.Infrastructure;
using Loa.Plans;
using Loa.Signing;
using Loa.Web.Infrastructure.Signing;
using Loa.Web.Infrastructure.Uploads;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Loa.IntegrationTests.Signing;

/// <summary>Issuing a plan writes its PDF of record (through the one converter), or, without the PDF component, issues all the same.</summary>
[Collection(AppCollection.Name)]
public sealed class IssuingTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issuing_a_plan_records_its_pdf_and_hash_awaiting_the_leaders_signature_with_the_places_found(Engine engine)
    {
        var app = fixture.App(engine);
        Assert.True(app.Services.GetRequiredService<IPdfConverter>().IsAvailable, "LibreOffice (soffice) is needed: .ci/run installs it");
        var scenario = await Scenario.CreateAsync(app, PlanStatus.Approved);
        using var leader = app.Session();
        await leader.LoginAsync(scenario.Leader.UserName!);

        var issue = await leader.GetPageAsync($"/plans/issue/{scenario.Plan.Id}");
        var issued = await leader.SubmitAsync(issue, "form", new() { ["Input.Number"] = "9", ["Input.Date"] = "2026-07-01" });
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);

        await using var db = app.SystemDb();
        var document = await db.OfficialDocuments.Include(d => d.Files)
            .SingleAsync(d => d.Kind == OfficialDocumentKind.Plan && d.SubjectId == scenario.Plan.Id);
        Assert.Equal(OfficialDocumentState.AwaitingSignature, document.State);
        Assert.Equal(scenario.Leader.Id, document.SignerAccountId);
        Assert.Equal("09/KH-UBND", document.Number);

        // Decree 30 (Phụ lục I): the plan and its appendix of key tasks are two files, each recorded with its hash.
        Assert.Equal([OfficialDocumentFileRole.Main, OfficialDocumentFileRole.Appendix], document.Files.OrderBy(f => f.Order).Select(f => f.Role));
        var store = app.Services.GetRequiredService<UploadStore>();
        var pdfs = new Dictionary<OfficialDocumentFileRole, byte[]>();
        foreach (var file in document.Files)
        {
            var pdf = await File.ReadAllBytesAsync(store.PathOf(UploadPolicies.OfficialDocument, OfficialFiles.Owner(document), file.IssuedFile));
            Assert.Equal(file.IssuedSha256, Convert.ToHexStringLower(SHA256.HashData(pdf)));
            Assert.Equal(file.IssuedLength, pdf.Length);
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
            pdfs[file.Role] = pdf;
        }

        var places = SignaturePlaces.ForMain(pdfs[OfficialDocumentFileRole.Main], document.SignerTitle, document.SignerName);
        Assert.NotNull(places?.Signature);
        using (var main = UglyToad.PdfPig.PdfDocument.Open(pdfs[OfficialDocumentFileRole.Main]))
        using (var appendix = UglyToad.PdfPig.PdfDocument.Open(pdfs[OfficialDocumentFileRole.Appendix]))
        {
            Assert.All(main.GetPages(), page => Assert.True(page.Height > page.Width, "the plan is on portrait pages"));
            Assert.All(appendix.GetPages(), page => Assert.True(page.Width > page.Height, "the appendix is on landscape pages"));
        }

        var details = await leader.GetPageAsync($"/plans/details/{scenario.Plan.Id}");
        Assert.NotNull(details.QuerySelector($"a[href='/signing/document/{document.Id}']"));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Without_the_pdf_component_the_plan_is_issued_and_the_page_says_signing_needs_pdf(Engine engine)
    {
        using var app = new LoaAppFactory(engine, configure: s =>
        {
            s.RemoveAll<IPdfConverter>();
            s.AddSingleton<IPdfConverter>(new LibreOfficePdfConverter("/nonexistent/soffice"));
        });
        var scenario = await Scenario.CreateAsync(app, PlanStatus.Approved);
        using var leader = app.Session();
        await leader.LoginAsync(scenario.Leader.UserName!);

        var issue = await leader.GetPageAsync($"/plans/issue/{scenario.Plan.Id}");
        var issued = await leader.SubmitAsync(issue, "form", new() { ["Input.Number"] = "9", ["Input.Date"] = "2026-07-01" });
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);

        var details = await leader.GetPageAsync($"/plans/details/{scenario.Plan.Id}");
        Assert.Contains(OfficialDocumentIssuer.NeedsPdf, details.Text(), StringComparison.Ordinal);
        await using var db = app.SystemDb();
        Assert.Equal(PlanStatus.Issued, (await db.Plans.SingleAsync(p => p.Id == scenario.Plan.Id)).Status);
        Assert.False(await db.OfficialDocuments.AnyAsync(d => d.SubjectId == scenario.Plan.Id));
    }
}
