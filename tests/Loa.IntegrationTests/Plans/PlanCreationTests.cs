using System.Globalization;
using System.Net;
using Loa.Demo;
using Loa.Domain.Geography;
using Loa.IntegrationTests.Infrastructure;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Plans;

/// <summary>
/// Plans that make sense: a draft from the province's plan carries the commune's name and the year the officer
/// chooses; a plan's page shows the same full text as its .docx; a second plan of a year, or an imported document of
/// another commune, is made only once the officer confirms a warning that names the problem.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PlanCreationTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_draft_from_the_province_plan_takes_the_communes_name_and_the_chosen_year_and_shows_the_ticked_items(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app, withActivity: false);
        var provincePlan = await ProvincePlanAsync(app, a);
        using var coordinator = app.Session();
        await coordinator.LoginAsync(a.Coordinator.UserName!);

        var form = await coordinator.GetPageAsync($"/plans/fromprovince/{provincePlan.Id}");
        Assert.Equal("2026", form.QuerySelector("input[name=Year]")!.GetAttribute("value"));
        var made = await coordinator.SubmitAsync(form, "form", new() { ["Year"] = "2027", ["Contents"] = new[] { "0", "2" }, ["Channels"] = new[] { "1" } });
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var planUrl = made.Headers.Location!.OriginalString;
        var id = int.Parse(planUrl.Split('/').Last(), CultureInfo.InvariantCulture);

        await using (var db = app.SystemDb())
        {
            var plan = await db.Plans.SingleAsync(p => p.Id == id);
            Assert.Equal(2027, plan.Year);
            Assert.Equal($"Thông tin, tuyên truyền cải cách hành chính {a.Commune.Kind.Word()} {a.Commune.Locality} năm 2027", plan.Title);
        }

        var text = (await coordinator.GetPageAsync(planUrl)).QuerySelector("details .doc")!.TextContent;
        Assert.Contains("a) Tuyên truyền Nghị quyết về cải cách hành chính", text, StringComparison.Ordinal);
        Assert.Contains("b) Tuyên truyền thủ tục hành chính trực tuyến toàn trình", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tuyên truyền chuyển đổi số trong cơ quan", text, StringComparison.Ordinal);
        Assert.Contains("a) Qua hệ thống truyền thanh cơ sở", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Qua hội nghị, tập huấn", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_plan_page_shows_the_content_items_channels_and_funding_its_docx_has(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app, withActivity: false);
        await using (var db = app.SystemDb())
        {
            var plan = await db.Plans
                .Include(p => p.Sections)
                .Include(p => p.Contents)
                .Include(p => p.Channels)
                .AsSplitQuery()
                .SingleAsync(p => p.Id == a.Plan.Id);
            var order = plan.Sections.Max(s => s.Order);
            var contents = new Section { Label = "1", Heading = "Nội dung tuyên truyền", Role = SectionRoles.Contents, Order = order + 2 };
            var channels = new Section { Label = "2", Heading = "Hình thức tuyên truyền", Role = SectionRoles.Channels, Order = order + 3 };
            plan.Sections.AddRange(
                new Section { Label = "II", Heading = "NỘI DUNG, HÌNH THỨC", Order = order + 1, Children = [contents, channels] },
                contents,
                channels,
                new Section { Label = "IV", Heading = "KINH PHÍ THỰC HIỆN", Role = SectionRoles.Funding, Order = order + 4 });
            plan.Contents.Add(new ContentItem { Label = "a", Text = "Kết quả cải cách thủ tục hành chính của phường", Order = 0 });
            plan.Channels.Add(new Channel { Label = "a", Text = "Qua trang thông tin điện tử của phường", Order = 0 });
            plan.Funding = ["Kinh phí thực hiện từ nguồn ngân sách phường năm 2026."];
            await db.SaveChangesAsync();
        }

        using var coordinator = app.Session();
        await coordinator.LoginAsync(a.Coordinator.UserName!);
        var text = (await coordinator.GetPageAsync($"/plans/details/{a.Plan.Id}")).QuerySelector("details .doc")!.TextContent;
        var export = await coordinator.Client.GetAsync($"/plans/export/{a.Plan.Id}?format=docx");
        var docx = Reports.ReportData.DocxParagraphs(await export.Content.ReadAsByteArrayAsync());
        var lines = new[]
        {
            "a) Kết quả cải cách thủ tục hành chính của phường",
            "a) Qua trang thông tin điện tử của phường",
            "Kinh phí thực hiện từ nguồn ngân sách phường năm 2026.",
        };
        foreach (var line in lines)
        {
            Assert.Contains(line, docx);
            Assert.Contains(line, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_second_plan_of_the_same_year_is_made_only_after_a_confirmation_that_names_the_first(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app, withActivity: false);
        using var coordinator = app.Session();
        await coordinator.LoginAsync(a.Coordinator.UserName!);

        var form = await coordinator.GetPageAsync("/plans/create");
        var warned = await coordinator.SubmitAsync(form, "form.card", new() { ["Input.Year"] = "2026", ["Input.SourcePlanId"] = "" });
        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        var page = WebSession.Parse(await warned.Content.ReadAsStringAsync(), "/plans/create");
        var warning = page.QuerySelector(".creation-warnings")!.TextContent;
        Assert.Contains("đã có một kế hoạch năm 2026", warning, StringComparison.Ordinal);
        Assert.Contains("07/KH-UBND", warning, StringComparison.Ordinal);
        Assert.Equal(1, await PlansAsync(app, a));

        var confirmed = await coordinator.SubmitAsync(
            page, "form.card", new() { ["Input.Year"] = "2026", ["Input.SourcePlanId"] = "", ["Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(2, await PlansAsync(app, a));

        var otherYear = await coordinator.SubmitAsync(
            await coordinator.GetPageAsync("/plans/create"), "form.card", new() { ["Input.Year"] = "2028", ["Input.SourcePlanId"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, otherYear.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Importing_another_communes_plan_is_made_only_after_a_confirmation_that_names_its_issuer(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app, withActivity: false);
        await using (var db = app.SystemDb())
        {
            // This commune has no plan of 2026: the only warning is the issuer.
            await db.Plans.Where(p => p.Id == a.Plan.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Year, 2025));
        }

        using var coordinator = app.Session();
        await coordinator.LoginAsync(a.Coordinator.UserName!);
        var read = await coordinator.SubmitAsync(
            await coordinator.GetPageAsync("/plans/import"), "form", new() { ["Pasted"] = DemoPlanTexts.Read("canh-vinh-2026.txt") });
        var review = WebSession.Parse(await read.Content.ReadAsStringAsync(), "/plans/import");
        var warning = review.QuerySelector(".creation-warnings")!.TextContent;
        Assert.Contains(
            "Văn bản này do Ủy ban nhân dân xã Canh Vinh ban hành, không phải " + a.Commune.GovernmentName, warning, StringComparison.Ordinal);
        Assert.DoesNotContain("đã có", warning, StringComparison.Ordinal);
        var placements = review.QuerySelectorAll("select[name^='Review.Placements']")
            .Select((s, i) => ($"Review.Placements[{i}]", "recipient"))
            .ToDictionary(p => p.Item1, p => (object?)p.Item2);

        var refused = await coordinator.SubmitAsync(review, "form", new(placements));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(1, await PlansAsync(app, a));

        placements["Confirmed"] = "true";
        var created = await coordinator.SubmitAsync(review, "form", placements);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(2, await PlansAsync(app, a));
    }

    private static async Task<int> PlansAsync(LoaAppFactory app, Scenario a)
    {
        await using var db = app.SystemDb();
        return await db.Plans.CountAsync(p => p.CommuneId == a.Commune.Id);
    }

    /// <summary>The province's issued plan of 2026 with three content items and two channels.</summary>
    private static async Task<Plan> ProvincePlanAsync(LoaAppFactory app, Scenario a)
    {
        await using var db = app.SystemDb();
        var province = await db.Provinces.SingleAsync(p => p.Id == a.Commune.ProvinceId);
        var plan = new Plan
        {
            ProvinceId = province.Id,
            Year = 2026,
            Status = PlanStatus.Issued,
            IssuerName = province.GovernmentName,
            IssuerKind = province.Kind,
            IssuerLocality = province.Locality,
            Place = province.Locality,
            Title = $"Thông tin, tuyên truyền cải cách hành chính {province.Kind} {province.Locality} năm 2026",
            Number = "51/KH-UBND",
            IssuedOn = new DateOnly(2026, 1, 30),
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
            Contents =
            [
                new ContentItem { Label = "a", Text = "Tuyên truyền Nghị quyết về cải cách hành chính", Order = 0 },
                new ContentItem { Label = "b", Text = "Tuyên truyền chuyển đổi số trong cơ quan", Order = 1 },
                new ContentItem { Label = "c", Text = "Tuyên truyền thủ tục hành chính trực tuyến toàn trình", Order = 2 },
            ],
            Channels =
            [
                new Channel { Label = "a", Text = "Qua hội nghị, tập huấn", Order = 0 },
                new Channel { Label = "b", Text = "Qua hệ thống truyền thanh cơ sở", Order = 1 },
            ],
        };
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return plan;
    }
}
