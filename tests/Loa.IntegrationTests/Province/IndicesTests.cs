using System.Net;
using Loa.Indices;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Province;

/// <summary>
/// Index results: recorded by the commune (or the province) with component scores, shown with the tasks that aim at them, kept
/// to their owners.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class IndicesTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_coordinator_records_a_result_and_sees_it_with_the_tasks_aiming_at_it(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        await using (var db = app.SystemDb())
        {
            var task = await db.Tasks.IgnoreQueryFilters().SingleAsync(t => t.Id == a.ArticlesTask.Id);
            task.Indices = IndexKind.ParIndex;
            await db.SaveChangesAsync();
        }

        using var session = app.Session();
        await session.LoginAsync(a.Coordinator.UserName!);
        var form = await session.GetPageAsync("/indices/edit");
        var response = await session.SubmitAsync(form, "form", new()
        {
            ["Result.Kind"] = "ParIndex",
            ["Result.Year"] = "2025",
            ["Result.Score"] = "85,32",
            ["Result.MaxScore"] = "100",
            ["Result.Rank"] = "12",
            ["Result.RankOf"] = "95",
            ["Result.Components"] = "Cải cách thủ tục hành chính: 11,5/13\n\n  Tác động của cải cách hành chính: 20,1/25  ",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var page = await session.GetPageAsync("/indices");
        var text = page.Text();
        Assert.Contains("85,32", text, StringComparison.Ordinal);
        Assert.Contains("12/95", text, StringComparison.Ordinal);
        Assert.Contains("2 thành phần", text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"#parindex a[href='/plans/details/{a.Plan.Id}#task-{a.ArticlesTask.Id}']"));

        await using var check = app.SystemDb();
        var stored = await check.IndexResults.IgnoreQueryFilters().SingleAsync(r => r.CommuneId == a.Commune.Id);
        Assert.Equal(85.32m, stored.Score);
        Assert.Equal(["Cải cách thủ tục hành chính: 11,5/13", "Tác động của cải cách hành chính: 20,1/25"], stored.Components);
        Assert.Equal(a.Commune.ProvinceId, stored.ProvinceId);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Bad_results_are_refused_in_Vietnamese_and_nothing_is_saved(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        using var session = app.Session();
        await session.LoginAsync(a.Leader.UserName!);
        var recorded = await session.SubmitAsync(
            await session.GetPageAsync("/indices/edit"), "form", new() { ["Result.Kind"] = "Sipas", ["Result.Year"] = "2024", ["Result.Score"] = "88" });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        var cases = new (Dictionary<string, object?> Values, string Message)[]
        {
            (new() { ["Result.Score"] = "tám mươi" }, "không phải là một số"),
            (new() { ["Result.Score"] = "1.234,5" }, "không phải là một số"),
            (new() { ["Result.Score"] = "120", ["Result.MaxScore"] = "100" }, "lớn hơn điểm tối đa"),
            (new() { ["Result.Score"] = "80", ["Result.Rank"] = "40", ["Result.RankOf"] = "34" }, "lớn hơn số đơn vị được xếp hạng"),
            (new() { ["Result.Score"] = "80", ["Result.Year"] = "2030" }, "chưa thể có"),
            (new() { ["Result.Score"] = "80", ["Result.Kind"] = "Sipas", ["Result.Year"] = "2024" }, "Đã có kết quả SIPAS năm 2024"),
            (new() { ["Result.Score"] = "" }, "Hãy nhập điểm"),
        };
        foreach (var (values, message) in cases)
        {
            var all = new Dictionary<string, object?> { ["Result.Kind"] = "ParIndex", ["Result.Year"] = "2025" };
            foreach (var (k, v) in values)
            {
                all[k] = v;
            }

            var response = await session.SubmitAsync(await session.GetPageAsync("/indices/edit"), "form", all);
            Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
            var errors = WebSession.Parse(await response.Content.ReadAsStringAsync(), "/").ValidationErrors();
            Assert.Contains(errors, e => e.Contains(message, StringComparison.Ordinal));
        }

        await using var db = app.SystemDb();
        Assert.Equal(1, await db.IndexResults.IgnoreQueryFilters().CountAsync(r => r.CommuneId == a.Commune.Id));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Results_are_kept_to_their_commune_and_the_province_reads_them(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, otherProvinceThan: a);
        int communeResult, provinceResult;
        await using (var db = app.SystemDb())
        {
            var mine = new IndexResult
            {
                ProvinceId = a.Commune.ProvinceId,
                CommuneId = a.Commune.Id,
                Year = 2025,
                Kind = IndexKind.Sipas,
                Score = 91.25m,
                MaxScore = 100,
                Note = $"Kết quả riêng {a.Commune.Code}",
            };
            var province = new IndexResult
            {
                ProvinceId = a.Commune.ProvinceId,
                Year = 2025,
                Kind = IndexKind.Pci,
                Score = 70.1m,
                Note = $"Kết quả tỉnh {a.Commune.Code}",
            };
            db.IndexResults.AddRange(mine, province);
            await db.SaveChangesAsync();
            (communeResult, provinceResult) = (mine.Id, province.Id);
        }

        // another province's coordinator: neither the page nor the form shows it, and a forged post changes nothing
        using (var other = app.Session())
        {
            await other.LoginAsync(b.Coordinator.UserName!);
            Assert.DoesNotContain($"Kết quả riêng {a.Commune.Code}", (await other.GetPageAsync("/indices")).Text(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/indices/edit/{communeResult}")).StatusCode);
            var token = WebSession.AntiforgeryToken(await other.GetPageAsync("/indices/edit"));
            var forged = await other.Client.PostAsync(
                $"/indices/edit/{communeResult}?handler=Delete",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["confirm"] = "true" }));
            Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        }

        // the commune's own staff read the province's result but cannot change it
        using (var coordinator = app.Session())
        {
            await coordinator.LoginAsync(a.Coordinator.UserName!);
            Assert.Contains($"Kết quả tỉnh {a.Commune.Code}", (await coordinator.GetPageAsync("/indices")).Text(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await coordinator.Client.GetAsync($"/indices/edit/{provinceResult}")).StatusCode);
        }

        // a unit officer reads but does not record
        using (var officer = app.Session())
        {
            await officer.LoginAsync(a.Officer.UserName!);
            await officer.GetPageAsync("/indices");
            var refused = await officer.Client.GetAsync("/indices/edit");
            Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{(int)refused.StatusCode}");
            Assert.Null(WebSession.Parse(await refused.Content.ReadAsStringAsync(), "/").QuerySelector("form textarea"));
        }

        // the province officer sees the commune's result from the province, and edits the province's own
        using (var province = app.Session())
        {
            await province.LoginAsync(a.ProvinceOfficer.UserName!);
            var communeIndices = await province.GetPageAsync($"/indices?commune={a.Commune.Id}");
            Assert.Contains($"Kết quả riêng {a.Commune.Code}", communeIndices.Text(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await province.Client.GetAsync($"/indices?commune={b.Commune.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await province.Client.GetAsync($"/indices/edit/{communeResult}")).StatusCode);
            var form = await province.GetPageAsync($"/indices/edit/{provinceResult}");
            var corrected = await province.SubmitAsync(form, "form:not([action*='handler'])", new() { ["Result.Score"] = "71,5" });
            Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        }

        await using var check = app.SystemDb();
        Assert.Equal(71.5m, (await check.IndexResults.IgnoreQueryFilters().SingleAsync(r => r.Id == provinceResult)).Score);
        Assert.True(await check.IndexResults.IgnoreQueryFilters().AnyAsync(r => r.Id == communeResult));
        Assert.True(await check.AuditEntries.AnyAsync(e => e.EntityType == "IndexResult" && e.Action == "update" && e.UserId == a.ProvinceOfficer.Id));
    }
}
