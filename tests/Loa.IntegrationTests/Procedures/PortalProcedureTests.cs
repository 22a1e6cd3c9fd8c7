using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Procedures;

/// <summary>Citizens search a commune's procedures by a shareable address, without diacritics or with typos, and see only what that commune handles.</summary>
[Collection(AppCollection.Name)]
public sealed class PortalProcedureTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_search_ignores_diacritics_case_and_typos_and_its_address_can_be_shared(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        await ProcedureFiles.ImportAsync(app, s);
        var client = app.BareClient();
        var code = s.Commune.Code;
        var queries = new[]
        {
            $"khai sinh thử nghiệm {code}",
            $"KHAI SINH THU NGHIEM {code}",
            $"Khai Sinh thu nghiem {code}",
            $"khia sinh thu nghiem {code}",
            $"đăng ký khai sinh thử nghiệm {code}",
        };
        foreach (var query in queries)
        {
            var page = WebSession.Parse(await client.GetStringAsync($"/x/{code}/procedures?q={Uri.EscapeDataString(query)}"), "/");
            var first = page.QuerySelector(".procedure-list li a");
            Assert.True(first is not null, $"nothing found for “{query}”");
            Assert.Equal(ProcedureFiles.Birth(s), first.TextContent.Trim());
            Assert.Equal($"/x/{code}/procedures/{ProcedureFiles.Code(s, 1)}", first.GetAttribute("href"));
            Assert.Equal(query, page.QuerySelector("#q")!.GetAttribute("value"));
        }

        var byCode = WebSession.Parse(await client.GetStringAsync($"/x/{code}/procedures?q={ProcedureFiles.Code(s, 2)}"), "/");
        Assert.Equal([ProcedureFiles.Marriage(s)], byCode.QuerySelectorAll(".procedure-list li > a").Select(a => a.TextContent.Trim()));

        var byField = WebSession.Parse(await client.GetStringAsync($"/x/{code}/procedures?q={code}&field={Uri.EscapeDataString("Hộ tịch")}"), "/");
        Assert.Equal(2, byField.QuerySelectorAll(".procedure-list li").Length);

        var none = WebSession.Parse(await client.GetStringAsync($"/x/{code}/procedures?q=zzqx+{code}"), "/");
        Assert.Contains("Không tìm thấy thủ tục nào", none.Text(), StringComparison.Ordinal);

        var detail = await client.GetAsync($"/x/{code}/procedures/{ProcedureFiles.Code(s, 1)}");
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        var text = WebSession.Parse(await detail.Content.ReadAsStringAsync(), "/").Text();
        Assert.Contains("Giấy chứng sinh " + code, text, StringComparison.Ordinal);
        Assert.Contains("Miễn lệ phí", text, StringComparison.Ordinal);
        Assert.Contains("Trực tuyến toàn trình", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Each_portal_shows_only_its_communes_procedures_and_never_another_communes_choice_or_note(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, sameProvinceAs: a);
        var far = await Scenario.CreateAsync(app, otherProvinceThan: a);
        await ProcedureFiles.ImportAsync(app, a);

        // A handles only the province-level record procedure, with a note of its own; B has not chosen.
        await using (var db = app.SystemDb())
        {
            var record = await db.Procedures.SingleAsync(p => p.Code == ProcedureFiles.Code(a, 3) && p.ProvinceId == a.Commune.ProvinceId);
            db.CommuneProcedures.Add(new Loa.Procedures.CommuneProcedure
            {
                ProvinceId = a.Commune.ProvinceId,
                CommuneId = a.Commune.Id,
                ProcedureId = record.Id,
                Note = $"Ghi chú riêng của {a.Commune.Code}",
                UpdatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var client = app.BareClient();
        var marker = Uri.EscapeDataString("thu nghiem " + a.Commune.Code);
        string Names(string html) => string.Join(
            "|",
            WebSession.Parse(html, "/").QuerySelectorAll(".procedure-list li > a").Select(x => x.TextContent.Trim()).Order(StringComparer.Ordinal));

        var ofA = Names(await client.GetStringAsync($"/x/{a.Commune.Code}/procedures?q={marker}"));
        Assert.Equal(ProcedureFiles.Record(a), ofA);
        var ownRecord = await client.GetStringAsync($"/x/{a.Commune.Code}/procedures/{ProcedureFiles.Code(a, 3)}");
        Assert.Contains($"Ghi chú riêng của {a.Commune.Code}", ownRecord, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/x/{a.Commune.Code}/procedures/{ProcedureFiles.Code(a, 1)}")).StatusCode);

        var ofB = Names(await client.GetStringAsync($"/x/{b.Commune.Code}/procedures?q={marker}"));
        Assert.Equal($"{ProcedureFiles.Birth(a)}|{ProcedureFiles.Marriage(a)}", ofB);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/x/{b.Commune.Code}/procedures/{ProcedureFiles.Code(a, 3)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/x/{b.Commune.Code}/kiosk/procedures/{ProcedureFiles.Code(a, 3)}")).StatusCode);
        var elsewhere = await client.GetStringAsync($"/x/{b.Commune.Code}/procedures/{ProcedureFiles.Code(a, 1)}");
        Assert.DoesNotContain($"Ghi chú riêng của {a.Commune.Code}", elsewhere, StringComparison.Ordinal);

        Assert.Equal("", Names(await client.GetStringAsync($"/x/{far.Commune.Code}/procedures?q={marker}")));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/x/{far.Commune.Code}/procedures/{ProcedureFiles.Code(a, 1)}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_kiosk_searches_by_form_without_javascript_and_never_links_out_of_itself(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        await ProcedureFiles.ImportAsync(app, s);
        var client = app.BareClient();
        var kiosk = $"/x/{s.Commune.Code}/kiosk";

        var start = WebSession.Parse(await client.GetStringAsync(kiosk), kiosk);
        Assert.Equal(kiosk, start.QuerySelector("form[role=search]")!.GetAttribute("action"));
        Assert.Contains(start.QuerySelectorAll(".kiosk-fields a"), l => l.TextContent.Contains("Hộ tịch", StringComparison.Ordinal));

        var search = $"{kiosk}?q={Uri.EscapeDataString("dang ky khai sinh thu nghiem " + s.Commune.Code)}";
        var results = WebSession.Parse(await client.GetStringAsync(search), kiosk);
        var hit = results.QuerySelector(".kiosk-results a")!;
        Assert.Contains(ProcedureFiles.Birth(s), hit.TextContent, StringComparison.Ordinal);
        var detail = WebSession.Parse(await client.GetStringAsync(hit.GetAttribute("href")!), kiosk);
        Assert.Contains("Giấy chứng sinh " + s.Commune.Code, detail.Text(), StringComparison.Ordinal);

        foreach (var page in new[] { start, results, detail })
        {
            Assert.All(page.QuerySelectorAll("a[href]"), l => Assert.StartsWith(kiosk, l.GetAttribute("href")!, StringComparison.Ordinal));
            Assert.Equal("90", page.Body!.GetAttribute("data-idle-seconds"));
            Assert.NotNull(page.QuerySelector("script[src^='/js/kiosk.js']"));
        }
    }
}
