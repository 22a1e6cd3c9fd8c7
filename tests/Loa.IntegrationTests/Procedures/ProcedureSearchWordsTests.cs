using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Loa.Procedures;
using Loa.Web.Infrastructure.Procedures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loa.IntegrationTests.Procedures;

/// <summary>
/// The portal finds what citizens type: i/y and other spelling variants, everyday words read through the province's
/// list, the exact procedure first; the list a province officer edits is used by its communes' portals and by no
/// other province's.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ProcedureSearchWordsTests(AppFixture fixture)
{
    private static readonly string[] Names =
    [
        "Đăng ký lại khai sinh",
        "Đăng ký khai sinh có yếu tố nước ngoài",
        "Đăng ký khai sinh",
        "Đăng ký kết hôn",
        "Cấp bản sao trích lục hộ tịch",
    ];

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Spelling_variants_and_everyday_words_find_the_exact_procedure_first(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        await OwnCatalogueAsync(app, a);
        var client = app.BareClient();

        string[] queries = ["đăng kí khai sinh", "dang ki khai sinh", "Đăng Ký  KHAI   sinh", "dang ky khai sinh", "DANG KI KHAI SINH", "làm giấy khai sinh", "lam giay khai sinh"];
        foreach (var query in queries)
        {
            var found = await FoundAsync(client, a, query);
            Assert.True(found.Count >= 3, $"“{query}” found {string.Join(" | ", found)}");

            // the exact name, then the name that starts with it, then the name that has all its words
            Assert.Equal(["Đăng ký khai sinh", "Đăng ký khai sinh có yếu tố nước ngoài", "Đăng ký lại khai sinh"], found.Take(3));
            Assert.DoesNotContain("Đăng ký kết hôn", found);
        }

        // everyday words of the default list
        Assert.Equal("Đăng ký kết hôn", (await FoundAsync(client, a, "cưới")).First());
        Assert.Equal("Đăng ký kết hôn", (await FoundAsync(client, a, "giay dang ki ket hon")).First());
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_list_a_province_officer_edits_is_used_by_its_communes_and_by_no_other_province(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, sameProvinceAs: a);
        var far = await Scenario.CreateAsync(app, otherProvinceThan: a);
        await OwnCatalogueAsync(app, a);
        await OwnCatalogueAsync(app, b);
        await OwnCatalogueAsync(app, far);
        var client = app.BareClient();
        var everyday = $"mừng em bé {a.Commune.Code}";
        Assert.Empty(await FoundAsync(client, a, everyday));

        // the province officer adds a line; a line with a mistake is refused with its number and nothing is saved
        using var officer = app.Session();
        await officer.LoginAsync(a.ProvinceOfficer.UserName!);
        var page = await officer.GetPageAsync("/procedures/synonyms");
        var text = page.QuerySelector("textarea#Text")!.TextContent;
        Assert.Contains("làm giấy", text, StringComparison.Ordinal);
        var wrong = await officer.SubmitAsync(page, "form.synonyms-form", new() { ["Text"] = text + "\nmột dòng không có dấu bằng" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("cần đúng một dấu “=”", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await FoundAsync(client, a, everyday));

        var saved = await officer.SubmitAsync(page, "form.synonyms-form", new() { ["Text"] = text + $"\n{everyday}, em bé chào đời {a.Commune.Code} = đăng ký khai sinh" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // at once on the portals of its communes: the exact procedure first
        Assert.Equal("Đăng ký khai sinh", (await FoundAsync(client, a, everyday)).First());
        Assert.Equal("Đăng ký khai sinh", (await FoundAsync(client, b, everyday)).First());
        Assert.Equal("Đăng ký khai sinh", (await FoundAsync(client, b, $"em be chao doi {a.Commune.Code}")).First());

        // and on its kiosks; not in another province
        var kiosk = WebSession.Parse(await client.GetStringAsync($"/x/{a.Commune.Code}/kiosk?q={Uri.EscapeDataString(everyday)}"), "/");
        Assert.Contains("Đăng ký khai sinh", kiosk.QuerySelector(".kiosk-results a")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await FoundAsync(client, far, everyday));

        // a province officer of another province sees its own list, and cannot change this one
        using var farOfficer = app.Session();
        await farOfficer.LoginAsync(far.ProvinceOfficer.UserName!);
        var farPage = await farOfficer.GetPageAsync("/procedures/synonyms");
        Assert.DoesNotContain(everyday, farPage.QuerySelector("textarea#Text")!.TextContent, StringComparison.Ordinal);
        await using var db = app.SystemDb();
        var list = await db.ProcedureSynonymLists.SingleAsync(l => l.ProvinceId == a.Commune.ProvinceId);
        Assert.Null(list.CommuneId);
        Assert.Contains(everyday, list.Text, StringComparison.Ordinal);

        // commune staff cannot edit it
        using var coordinator = app.Session();
        await coordinator.LoginAsync(a.Coordinator.UserName!);
        var refused = await coordinator.Client.GetAsync("/procedures/synonyms");
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect or HttpStatusCode.NotFound, $"answered {(int)refused.StatusCode}");
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_kiosk_keyboard_has_digits_for_procedure_codes(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var kiosk = WebSession.Parse(await app.BareClient().GetStringAsync($"/x/{a.Commune.Code}/kiosk"), "/");
        var keys = kiosk.QuerySelectorAll("#kiosk-keyboard button[data-key]").Select(b => b.GetAttribute("data-key")).ToHashSet();
        foreach (var key in "0123456789.")
        {
            Assert.Contains(key.ToString(), keys);
        }
    }

    /// <summary>The scenario's own procedures (codes carry the commune's code), and the commune handles only these.</summary>
    private static async Task OwnCatalogueAsync(LoaAppFactory app, Scenario s)
    {
        await using var db = app.SystemDb();
        var now = DateTime.UtcNow;
        var procedures = Names.Select((name, k) => new Procedure
        {
            ProvinceId = s.Commune.ProvinceId,
            Code = ProcedureFiles.Code(s, 50 + k),
            Name = name,
            Field = "Hộ tịch",
            Level = "Cấp xã",
            UpdatedAt = now,
        }).ToList();
        db.Procedures.AddRange(procedures);
        await db.SaveChangesAsync();
        db.CommuneProcedures.AddRange(procedures.Select(p => new CommuneProcedure
        {
            ProvinceId = s.Commune.ProvinceId,
            CommuneId = s.Commune.Id,
            ProcedureId = p.Id,
            UpdatedAt = now,
        }));
        await db.SaveChangesAsync();

        // as the import and the commune's list page do: the portals read the new catalogue at once
        var catalog = app.Services.GetRequiredService<ProcedureCatalog>();
        catalog.Changed(s.Commune.ProvinceId);
        catalog.CommuneChanged(s.Commune.Id);
    }

    private static async Task<List<string>> FoundAsync(HttpClient client, Scenario s, string query)
    {
        var html = await client.GetStringAsync($"/x/{s.Commune.Code}/procedures?q={Uri.EscapeDataString(query)}");
        return WebSession.Parse(html, "/").QuerySelectorAll(".procedure-list li > a").Select(x => x.TextContent.Trim()).ToList();
    }
}
