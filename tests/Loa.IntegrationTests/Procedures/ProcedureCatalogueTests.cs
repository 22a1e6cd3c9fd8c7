using System.Globalization;
using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Procedures;

/// <summary>The province officer imports the catalogue (checked, previewed, all or nothing, again and again alike); the commune chooses its list.</summary>
[Collection(AppCollection.Name)]
public sealed class ProcedureCatalogueTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_province_officer_imports_after_a_preview_and_importing_again_changes_nothing(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        using var session = app.Session();
        await session.LoginAsync(s.ProvinceOfficer.UserName!);

        var preview = await session.SubmitAsync(
            await session.GetPageAsync("/procedures/import"), "#read", [], [("Upload", "thu-tuc.csv", ProcedureFiles.Catalogue(s))]);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var page = WebSession.Parse(await preview.Content.ReadAsStringAsync(), "/procedures/import");
        Assert.Contains(ProcedureFiles.Birth(s), page.Text(), StringComparison.Ordinal);
        Assert.Equal("3", page.QuerySelectorAll(".stat .n")[1].TextContent.Trim());
        await using (var db = app.SystemDb())
        {
            Assert.False(await db.Procedures.AnyAsync(p => p.Code == ProcedureFiles.Code(s, 1)), "a preview saves nothing");
        }

        var confirmed = await session.SubmitAsync(page, "#confirm", []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        await using (var db = app.SystemDb())
        {
            var saved = await db.Procedures
                .Where(p => p.ProvinceId == s.Commune.ProvinceId && p.Code.EndsWith(".9" + s.Commune.Code))
                .OrderBy(p => p.Code)
                .ToListAsync();
            Assert.Equal([ProcedureFiles.Birth(s), ProcedureFiles.Marriage(s), ProcedureFiles.Record(s)], saved.Select(p => p.Name));
            Assert.Null(saved[0].CommuneId);
            Assert.Equal("- Tờ khai đăng ký khai sinh\n- Giấy chứng sinh " + s.Commune.Code, saved[0].Documents);
            var firstId = saved[0].Id.ToString(CultureInfo.InvariantCulture);
            Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == "Procedure" && e.Action == "create" && e.EntityId == firstId));
        }

        // the same file again: nothing new, nothing changed; one fee changed: one update
        var again = await session.SubmitAsync(
            await session.GetPageAsync("/procedures/import"), "#read", [], [("Upload", "thu-tuc.csv", ProcedureFiles.Catalogue(s))]);
        var againPage = WebSession.Parse(await again.Content.ReadAsStringAsync(), "/procedures/import");
        Assert.Equal(["3", "0", "0", "3"], againPage.QuerySelectorAll(".stat .n").Select(n => n.TextContent.Trim()));
        var changed = await session.SubmitAsync(
            await session.GetPageAsync("/procedures/import"), "#read", [], [("Upload", "thu-tuc.xlsx", ProcedureFiles.Catalogue(s, "8.000 đồng"))]);
        var changedPage = WebSession.Parse(await changed.Content.ReadAsStringAsync(), "/procedures/import");
        Assert.Equal(["3", "0", "1", "2"], changedPage.QuerySelectorAll(".stat .n").Select(n => n.TextContent.Trim()));
        Assert.Equal(HttpStatusCode.Redirect, (await session.SubmitAsync(changedPage, "#confirm", [])).StatusCode);
        await using (var db = app.SystemDb())
        {
            Assert.Equal(3, await db.Procedures.CountAsync(p => p.ProvinceId == s.Commune.ProvinceId && p.Code.EndsWith(".9" + s.Commune.Code)));
            Assert.Equal("8.000 đồng", await db.Procedures.Where(p => p.Code == ProcedureFiles.Code(s, 1)).Select(p => p.Fees).SingleAsync());
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_file_with_one_bad_row_imports_nothing_and_names_the_row_and_a_forged_confirmation_is_refused(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        using var session = app.Session();
        await session.LoginAsync(s.ProvinceOfficer.UserName!);
        var bad = ProcedureFiles.Csv(
            $"1;{ProcedureFiles.Code(s, 1)};{ProcedureFiles.Birth(s)};Hộ tịch;Cấp xã;;;;;;",
            $"2;{ProcedureFiles.Code(s, 2)};;Hộ tịch;Cấp xã;;;;;;");
        var response = await session.SubmitAsync(await session.GetPageAsync("/procedures/import"), "#read", [], [("Upload", "loi.csv", bad)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = WebSession.Parse(await response.Content.ReadAsStringAsync(), "/procedures/import");
        Assert.Contains("Dòng 3: thiếu tên thủ tục", page.Text(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#confirm"));

        var token = WebSession.AntiforgeryToken(page);
        var forged = await session.Client.PostAsync("/procedures/import?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Payload"] = Convert.ToBase64String(ProcedureFiles.Catalogue(s)),
        }));
        Assert.NotEqual(HttpStatusCode.Redirect, forged.StatusCode);
        var forgedPage = WebSession.Parse(await forged.Content.ReadAsStringAsync(), "/");
        Assert.Contains("hết hạn hoặc không hợp lệ", forgedPage.Text(), StringComparison.Ordinal);

        await using var db = app.SystemDb();
        Assert.False(await db.Procedures.AnyAsync(p => p.Code.EndsWith(".9" + s.Commune.Code)));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_commune_starts_with_the_commune_level_procedures_and_chooses_its_list(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        await ProcedureFiles.ImportAsync(app, s);
        int birth, marriage, record;
        await using (var db = app.SystemDb())
        {
            var ids = await db.Procedures.Where(p => p.Code.EndsWith(".9" + s.Commune.Code)).OrderBy(p => p.Code).Select(p => p.Id).ToListAsync();
            (birth, marriage, record) = (ids[0], ids[1], ids[2]);
        }

        using var session = app.Session();
        await session.LoginAsync(s.Coordinator.UserName!);
        var filtered = $"/procedures?q={Uri.EscapeDataString("thu nghiem " + s.Commune.Code)}";
        var page = await session.GetPageAsync(filtered);
        Assert.Contains("chưa chọn danh sách thủ tục", page.Text(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"#p-{birth}[checked]"));
        Assert.NotNull(page.QuerySelector($"#p-{marriage}[checked]"));
        Assert.Null(page.QuerySelector($"#p-{record}[checked]"));

        // untick marriage, tick the province-level record: only the shown procedures change
        var selected = new[] { birth.ToString(CultureInfo.InvariantCulture), record.ToString(CultureInfo.InvariantCulture) };
        var saved = await session.SubmitAsync(page, "#choose", new() { ["Selected"] = selected });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using (var db = app.SystemDb())
        {
            var chosen = await db.CommuneProcedures.Where(c => c.CommuneId == s.Commune.Id).Select(c => c.ProcedureId).ToListAsync();
            Assert.Contains(birth, chosen);
            Assert.Contains(record, chosen);
            Assert.DoesNotContain(marriage, chosen);
            Assert.True(chosen.Count >= 2);
        }

        var portal = (await session.GetPageAsync($"/x/{s.Commune.Code}/procedures?q={Uri.EscapeDataString("thử nghiệm " + s.Commune.Code)}")).Text();
        Assert.Contains(ProcedureFiles.Birth(s), portal, StringComparison.Ordinal);
        Assert.Contains(ProcedureFiles.Record(s), portal, StringComparison.Ordinal);
        Assert.DoesNotContain(ProcedureFiles.Marriage(s), portal, StringComparison.Ordinal);

        // the leader takes the whole field back in one click; unticking everything is refused
        using var leader = app.Session();
        await leader.LoginAsync(s.Leader.UserName!);
        var leaderPage = await leader.GetPageAsync(filtered);
        var addField = await leader.SubmitAsync(leaderPage, "#choose", [], button: "button[name=addField][value='Hộ tịch']");
        Assert.Equal(HttpStatusCode.Redirect, addField.StatusCode);
        await using (var db = app.SystemDb())
        {
            Assert.True(await db.CommuneProcedures.AnyAsync(c => c.CommuneId == s.Commune.Id && c.ProcedureId == marriage));
        }

        var all = await leader.GetPageAsync("/procedures");
        var none = await leader.SubmitAsync(all, "#choose", new() { ["Selected"] = null });
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        var nonePage = WebSession.Parse(await none.Content.ReadAsStringAsync(), "/");
        Assert.Contains("hãy chọn ít nhất một thủ tục", nonePage.Text(), StringComparison.Ordinal);

        // a unit officer does not choose
        using var officer = app.Session();
        await officer.LoginAsync(s.Officer.UserName!);
        Assert.True(Reports.ReportData.IsRefused(await officer.Client.GetAsync("/procedures")));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_coordinator_writes_a_note_citizens_read_and_another_communes_note_is_out_of_reach(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        var other = await Scenario.CreateAsync(app, otherProvinceThan: s);
        await ProcedureFiles.ImportAsync(app, s);
        using var session = app.Session();
        await session.LoginAsync(s.Coordinator.UserName!);
        var page = await session.GetPageAsync($"/procedures?q={s.Commune.Code}");
        Assert.Equal(HttpStatusCode.Redirect, (await session.SubmitAsync(page, "#choose", [])).StatusCode);
        int choice;
        await using (var db = app.SystemDb())
        {
            choice = await db.CommuneProcedures
                .Where(c => c.CommuneId == s.Commune.Id && c.Procedure!.Code == ProcedureFiles.Code(s, 1))
                .Select(c => c.Id)
                .SingleAsync();
        }

        var edit = await session.GetPageAsync($"/procedures/edit/{choice}");
        var noted = await session.SubmitAsync(edit, "form.card", new() { ["Note"] = $"Quầy số 1 của xã {s.Commune.Code}" });
        Assert.Equal(HttpStatusCode.Redirect, noted.StatusCode);
        var tooLong = await session.SubmitAsync(
            await session.GetPageAsync($"/procedures/edit/{choice}"), "form.card", new() { ["Note"] = new string('a', 1001) });
        Assert.Contains("tối đa 1.000 ký tự", WebSession.Parse(await tooLong.Content.ReadAsStringAsync(), "/").Text(), StringComparison.Ordinal);

        var detail = await session.GetPageAsync($"/x/{s.Commune.Code}/procedures/{ProcedureFiles.Code(s, 1)}");
        Assert.Contains($"Quầy số 1 của xã {s.Commune.Code}", detail.Text(), StringComparison.Ordinal);
        Assert.Contains("Giấy chứng sinh " + s.Commune.Code, detail.Text(), StringComparison.Ordinal);

        using var stranger = app.Session();
        await stranger.LoginAsync(other.Coordinator.UserName!);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/procedures/edit/{choice}")).StatusCode);
        await using var check = app.SystemDb();
        var choiceId = choice.ToString(CultureInfo.InvariantCulture);
        Assert.True(await check.AuditEntries.AnyAsync(e =>
            e.Action == "denied" && e.EntityType == "CommuneProcedure" && e.EntityId == choiceId && e.UserId == other.Coordinator.Id));
    }
}
