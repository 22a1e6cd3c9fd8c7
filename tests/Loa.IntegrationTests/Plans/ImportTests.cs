using System.Net;
using Loa.Demo;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Plans;

/// <summary>A plan the commune already has comes in as a draft after review; a file that cannot be read leaves nothing behind.</summary>
[Collection(AppCollection.Name)]
public sealed class ImportTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Pasted_plan_text_is_reviewed_its_unplaced_line_placed_and_saved_as_a_draft(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var session = app.Session();
        await session.LoginAsync(scenario.Coordinator.UserName!);
        var text = DemoPlanTexts.Read("hung-phu-2026.txt") + "\n\nGhi chú: bản này gửi kèm công văn số 12/UBND-VX\n";

        var form = await session.GetPageAsync("/plans/import");
        var read = await session.SubmitAsync(form, "form", new() { ["Pasted"] = text });
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var review = WebSession.Parse(await read.Content.ReadAsStringAsync(), "/plans/import");
        Assert.Contains("Nhiệm vụ trọng tâm (8)", review.Text(), StringComparison.Ordinal);
        var unplaced = review.QuerySelector("#unplaced")!;
        Assert.Contains("Ghi chú: bản này gửi kèm công văn số 12/UBND-VX", unplaced.TextContent, StringComparison.Ordinal);
        Assert.Contains(review.QuerySelectorAll("input[name='Review.NewUnits']"), i => i.GetAttribute("value") == "Phòng KT, HT và ĐT");

        var undecided = await session.SubmitAsync(review, "form", []);
        Assert.Contains("chưa được xử lý", await undecided.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using (var db = app.SystemDb())
        {
            Assert.Equal(1, await db.Plans.CountAsync(p => p.CommuneId == scenario.Commune.Id));
        }

        var unconfirmed = await session.SubmitAsync(review, "form", new() { ["Review.Placements[0]"] = "recipient" });
        Assert.Contains(
            "Văn bản này do Ủy ban nhân dân phường Hưng Phú ban hành",
            WebUtility.HtmlDecode(await unconfirmed.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
        var created = await session.SubmitAsync(review, "form", new() { ["Review.Placements[0]"] = "recipient", ["Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await using var check = app.SystemDb();
        var plan = await check.Plans
            .Include(p => p.Tasks)
            .ThenInclude(t => t.Units)
            .AsSplitQuery()
            .SingleAsync(p => p.CommuneId == scenario.Commune.Id && p.Id != scenario.Plan.Id);
        Assert.Equal(Loa.Plans.PlanStatus.Draft, plan.Status);
        Assert.Equal(8, plan.Tasks.Count);
        Assert.Equal("Ghi chú: bản này gửi kèm công văn số 12/UBND-VX", plan.Recipients[^1]);
        var newUnit = await check.Units.SingleAsync(u => u.CommuneId == scenario.Commune.Id && u.Name == "Phòng KT, HT và ĐT");
        Assert.Equal(newUnit.Id, plan.Tasks.Single(t => t.Label == "3").Leads.Single().UnitId);
        Assert.Equal(scenario.Culture.Id, plan.Tasks.Single(t => t.Label == "1").Leads.Single().UnitId);
        var summaries = await check.PlanVersions.Where(v => v.PlanId == plan.Id).Select(v => v.Summary).ToListAsync();
        Assert.Contains(summaries, s => s.Contains("Nhập từ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Files_that_are_not_plans_get_a_clear_message_and_save_nothing(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var session = app.Session();
        await session.LoginAsync(scenario.Coordinator.UserName!);
        var cases = new (string Name, byte[] Bytes, string Expected)[]
        {
            ("hong.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5], "không đọc được"),
            ("bao-mat.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "mật khẩu"),
            ("ban-scan.pdf", "%PDF-1.7\n"u8.ToArray(), "PDF"),
            ("ghi-chu.txt", "Danh sách đi chợ: rau, thịt, cá."u8.ToArray(), "kế hoạch"),
        };
        foreach (var (name, bytes, expected) in cases)
        {
            var form = await session.GetPageAsync("/plans/import");
            var response = await session.SubmitAsync(form, "form", [], [("Upload", name, bytes)]);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var errors = WebSession.Parse(await response.Content.ReadAsStringAsync(), "/").ValidationErrors();
            Assert.Contains(errors, e => e.Contains(expected, StringComparison.OrdinalIgnoreCase));
        }

        var huge = new byte[50 * 1024 * 1024];
        "PK\u0003\u0004"u8.CopyTo(huge);
        var bigForm = await session.GetPageAsync("/plans/import");
        var tooBig = await session.SubmitAsync(bigForm, "form", [], [("Upload", "ke-hoach-50mb.docx", huge)]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
        Assert.Contains("Tệp quá lớn", await tooBig.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var db = app.SystemDb();
        Assert.Equal(1, await db.Plans.CountAsync(p => p.CommuneId == scenario.Commune.Id));
        Assert.Equal(3, await db.Units.CountAsync(u => u.CommuneId == scenario.Commune.Id));
    }
}
