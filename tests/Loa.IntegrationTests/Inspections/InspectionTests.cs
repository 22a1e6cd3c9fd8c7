using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Loa.Inspections;
using Loa.IntegrationTests.Infrastructure;
using Loa.Reports;
using Microsoft.EntityFrameworkCore;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Loa.IntegrationTests.Inspections;

/// <summary>
/// The yearly inspection through HTTP on both engines: the province defines the checklist, Loa computes its items, the
/// commune answers with evidence, the inspector freezes the results at the visit, reviews, closes and downloads the
/// record; and nobody of another commune or province reaches any of it.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class InspectionTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Checklist_answers_visit_review_and_record_from_start_to_end(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        await InspectionData.SendReportAsync(app, a, ReportPeriodKind.Quarter1, new DateTime(2026, 3, 25, 9, 0, 0));
        var ownItem = $"Tiêu chí riêng của tỉnh cho xã mã {a.Commune.Code}";

        // The province officer makes the year's checklist and adds an answered item; a bad score changes nothing.
        using var province = app.Session();
        await province.LoginAsync(a.ProvinceOfficer.UserName!);
        var checklist = await province.GetPageAsync("/inspections/checklist?year=2026");
        if (checklist.QuerySelector("form[action*='handler=Create']") is not null)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await province.SubmitAsync(checklist, "form[action*='handler=Create']", [])).StatusCode);
            checklist = await province.GetPageAsync("/inspections/checklist?year=2026");
        }

        Assert.Contains("Ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm đúng thời hạn", checklist.Text(), StringComparison.Ordinal);
        var addForm = "section:last-of-type form.item-form";
        var bad = await province.SubmitAsync(checklist, addForm, new() { ["Item.Title"] = ownItem, ["Item.Score"] = "mười", ["Item.Kind"] = "Answered" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Điểm tối đa phải là một số", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using (var db = app.SystemDb())
        {
            Assert.False(await db.ChecklistItems.AnyAsync(i => i.Title == ownItem));
        }

        var added = await province.SubmitAsync(checklist, addForm, new() { ["Item.Title"] = ownItem, ["Item.Score"] = "5", ["Item.Kind"] = "Answered" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        // The coordinator opens the self-assessment: the computed items show their live verdicts and the data behind them.
        using var coordinator = app.Session();
        await coordinator.LoginAsync(a.Coordinator.UserName!);
        var index = await coordinator.GetPageAsync("/inspections?year=2026");
        var opened = await coordinator.SubmitAsync(index, "form[action*='handler=Open']", []);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var url = opened.Headers.Location!.OriginalString;
        var details = await coordinator.GetPageAsync(url);
        var text = details.Text();
        Assert.Contains("Ban hành số 07/KH-UBND ngày 01/02/2026, trong hạn", text, StringComparison.Ordinal);
        Assert.Contains("0/2 báo cáo đến hạn gửi đúng hạn; 1 gửi muộn; 1 chưa gửi", text, StringComparison.Ordinal);
        Assert.Contains("1 hình thức tuyên truyền có hoạt động (yêu cầu ít nhất 4)", text, StringComparison.Ordinal);
        Assert.NotNull(details.QuerySelector($"a[href='/plans/details/{a.Plan.Id}']"));
        Assert.NotNull(details.QuerySelector($"a[href='/activities/details/{a.Activity!.Id}']"));

        // It answers the province's own item with text and a photo as evidence.
        var entryId = await EntryIdAsync(app, a, ownItem);
        var answerForm = $"#entry-{entryId} form";
        var answer = await coordinator.SubmitAsync(details, answerForm, new() { ["answer"] = "Đã niêm yết tại Bộ phận Một cửa." }, [("files", "niem-yet.png", TestFiles.Png)]);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        details = await coordinator.GetPageAsync(url);
        Assert.Contains("Đã niêm yết tại Bộ phận Một cửa.", details.Text(), StringComparison.Ordinal);
        var fileLink = details.QuerySelector($"#entry-{entryId} a[href*='handler=File']")!.GetAttribute("href")!;
        // evidence photos are stored re-encoded without their metadata (ADR 0028): a PNG comes back a PNG
        Assert.Equal(TestFiles.Png[..8], (await coordinator.Client.GetByteArrayAsync(fileLink))[..8]);

        // A unit officer reads but may not answer.
        using var officer = app.Session();
        await officer.LoginAsync(a.Officer.UserName!);
        var officerPage = await officer.GetPageAsync(url);
        Assert.Null(officerPage.QuerySelector("form[action*='handler=Answer']"));
        var officerAnswer = await officer.Client.PostAsync($"{url}?handler=Answer", Form(officerPage, ("entry", $"{entryId}"), ("answer", "x"), ("version", "0")));
        Assert.Equal(HttpStatusCode.Forbidden, officerAnswer.StatusCode);

        // The inspector records the visit: the results are frozen on that day.
        var visitPage = await province.GetPageAsync(url);
        var visit = await province.SubmitAsync(visitPage, "form[action*='handler=Visit']", new()
        {
            ["Visit.VisitOn"] = "2026-07-01",
            ["Visit.Inspectors"] = "Trần Văn Bình – Phó Giám đốc Sở Nội vụ, Trưởng đoàn",
            ["Visit.CommuneRepresentatives"] = "Nguyễn Văn An – Chủ tịch UBND",
        });
        Assert.Equal(HttpStatusCode.Redirect, visit.StatusCode);
        await InspectionData.SendReportAsync(app, a, ReportPeriodKind.HalfYear, new DateTime(2026, 6, 30, 9, 0, 0));
        var frozen = (await province.GetPageAsync(url)).Text();
        Assert.Contains("0/2 báo cáo đến hạn gửi đúng hạn; 1 gửi muộn; 1 chưa gửi", frozen, StringComparison.Ordinal);
        Assert.Contains("Kết quả chốt theo dữ liệu đến hết ngày kiểm tra 01/07/2026", frozen, StringComparison.Ordinal);
        await using (var db = app.SystemDb())
        {
            var reports = await db.InspectionEntries.SingleAsync(e => e.Measure == ChecklistMeasure.ReportsOnTime && e.CommuneId == a.Commune.Id);
            Assert.Equal((ItemVerdict?)ItemVerdict.NotMet, reports.Verdict);
            Assert.Equal(0, reports.Score);
            Assert.Contains(reports.Details, d => d.EndsWith($"/reports/commune?plan={a.Plan.Id}&period=q1", StringComparison.Ordinal));
        }

        // The commune can no longer change its answers.
        var late = await coordinator.GetPageAsync(url);
        Assert.Null(late.QuerySelector("form[action*='handler=Answer']"));
        var lateAnswer = await coordinator.Client.PostAsync($"{url}?handler=Answer", Form(late, ("entry", $"{entryId}"), ("answer", "Sửa sau"), ("version", "1")));
        Assert.Equal(HttpStatusCode.Forbidden, lateAnswer.StatusCode);
        Assert.Contains("đã chốt", await lateAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The inspector scores, writes findings and the conclusion, then closes; the record is the .docx.
        var review = await province.GetPageAsync(url);
        var values = new Dictionary<string, object?> { ["Review.Conclusion"] = $"Kết luận riêng của xã mã {a.Commune.Code}", ["Review.Recommendations"] = "Gửi báo cáo đúng hạn." };
        foreach (var score in review.QuerySelectorAll("input[name$='.Score']"))
        {
            var name = score.GetAttribute("name")!;
            if (string.IsNullOrEmpty(score.GetAttribute("value")))
            {
                values[name] = "4,5";
                values[name.Replace(".Score", ".Verdict", StringComparison.Ordinal)] = "Met";
                values[name.Replace(".Score", ".Finding", StringComparison.Ordinal)] = "Có ảnh niêm yết.";
            }
        }

        Assert.Equal(HttpStatusCode.Redirect, (await province.SubmitAsync(review, "form[action*='handler=Review']", values)).StatusCode);
        var closing = await province.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await province.SubmitAsync(closing, "form[action*='handler=Close']", [])).StatusCode);
        await using (var db = app.SystemDb())
        {
            Assert.Equal(InspectionStatus.Closed, (await db.Inspections.SingleAsync(i => i.CommuneId == a.Commune.Id && i.Year == 2026)).Status);
        }

        var record = await coordinator.Client.GetAsync($"{url}?handler=Record");
        Assert.Equal(HttpStatusCode.OK, record.StatusCode);
        var paragraphs = DocxParagraphs(await record.Content.ReadAsByteArrayAsync());
        var all = string.Join("\n", paragraphs);
        Assert.Contains($"tại {a.Commune.GovernmentName}", all, StringComparison.Ordinal);
        Assert.Contains(ownItem, all, StringComparison.Ordinal);
        Assert.Contains("Đạt", paragraphs);
        Assert.Contains("Chưa đạt", paragraphs);
        Assert.Contains("Nhận xét của Đoàn: Có ảnh niêm yết.", all, StringComparison.Ordinal);
        Assert.Contains($"Kết luận riêng của xã mã {a.Commune.Code}", all, StringComparison.Ordinal);
        Assert.Contains("Trần Văn Bình", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Dự thảo", all, StringComparison.Ordinal);

        // Closed: nothing changes any more.
        var after = await province.GetPageAsync(url);
        Assert.Null(after.QuerySelector("form[action*='handler=Review']"));
        var reviewAgain = await province.Client.PostAsync($"{url}?handler=Review", Form(after, ("Review.Conclusion", "Khác"), ("Review.Version", "99")));
        Assert.Equal(HttpStatusCode.Forbidden, reviewAgain.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Another_province_and_another_commune_reach_nothing_of_an_inspection(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, otherProvinceThan: a);
        var neighbour = await Scenario.CreateAsync(app, sameProvinceAs: b);
        var inspection = await InspectionData.OpenAsync(app, b);
        var file = inspection.Entries.SelectMany(e => e.Files).Single();
        var marker = $"Câu trả lời riêng của xã mã {b.Commune.Code}";
        var url = $"/inspections/details/{inspection.Id}";

        foreach (var user in new[] { a.ProvinceOfficer, a.Coordinator, neighbour.Coordinator, neighbour.Leader })
        {
            using var session = app.Session();
            await session.LoginAsync(user.UserName!);
            var own = await session.GetPageAsync("/inspections?year=2026");
            Assert.DoesNotContain(marker, own.Text(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"{url}?handler=Record")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"{url}?handler=File&file={file.Id}")).StatusCode);
            foreach (var handler in new[] { "Answer", "Visit", "Review", "Close", "Reopen" })
            {
                var post = await session.Client.PostAsync($"{url}?handler={handler}", Form(own, ("entry", $"{file.EntryId}"), ("answer", "x"), ("Visit.VisitOn", "2026-07-01")));
                Assert.True(post.StatusCode == HttpStatusCode.NotFound, $"{user.UserName} POST {handler} answered {(int)post.StatusCode}");
            }

            var open = await session.Client.PostAsync("/inspections?handler=Open", Form(own, ("commune", $"{b.Commune.Id}"), ("year", "2027")));
            Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
        }

        await using var db = app.SystemDb();
        var stored = await db.Inspections.Include(i => i.Entries).SingleAsync(i => i.Id == inspection.Id);
        Assert.Equal((InspectionStatus.Open, 0), (stored.Status, stored.Version));
        Assert.Contains(stored.Entries, e => e.Answer == marker);
        Assert.False(await db.Inspections.AnyAsync(i => i.CommuneId == b.Commune.Id && i.Year == 2027));

        // Its own province's officer and its own staff do see it.
        using var own2 = app.Session();
        await own2.LoginAsync(b.ProvinceOfficer.UserName!);
        Assert.Contains(marker, (await own2.GetPageAsync(url)).Text(), StringComparison.Ordinal);
        Assert.Equal(TestFiles.Png[..8], (await own2.Client.GetByteArrayAsync($"{url}?handler=File&file={file.Id}"))[..8]);
        using var leader = app.Session();
        await leader.LoginAsync(b.Leader.UserName!);
        Assert.Contains(marker, (await leader.GetPageAsync(url)).Text(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Only_the_province_officer_edits_the_checklist(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        await InspectionData.OpenAsync(app, a);
        await using var db = app.SystemDb();
        var item = await db.ChecklistItems.FirstAsync(i => i.ProvinceId == a.Commune.ProvinceId);
        using var session = app.Session();
        await session.LoginAsync(a.Coordinator.UserName!);
        var page = await session.GetPageAsync("/inspections/checklist?year=2026");

        Assert.Contains(item.Title, page.Text(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form.item-form"));
        var save = await session.Client.PostAsync("/inspections/checklist?handler=SaveItem&year=2026", Form(page, ("Item.Id", $"{item.Id}"), ("Item.Title", "Đổi"), ("Item.Score", "1")));
        var delete = await session.Client.PostAsync("/inspections/checklist?handler=DeleteItem&year=2026", Form(page, ("item", $"{item.Id}")));
        var create = await session.Client.PostAsync("/inspections/checklist?handler=Create", Form(page, ("year", "2029")));

        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        db.ChangeTracker.Clear();
        Assert.Equal(item.Title, (await db.ChecklistItems.SingleAsync(i => i.Id == item.Id)).Title);
    }

    private static async Task<int> EntryIdAsync(LoaAppFactory app, Scenario scenario, string title)
    {
        await using var db = app.SystemDb();
        return await db.InspectionEntries.Where(e => e.CommuneId == scenario.Commune.Id && e.Title == title).Select(e => e.Id).SingleAsync();
    }

    private static FormUrlEncodedContent Form(AngleSharp.Html.Dom.IHtmlDocument page, params (string Name, string Value)[] fields) =>
        new([new("__RequestVerificationToken", WebSession.AntiforgeryToken(page)), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    private static List<string> DocxParagraphs(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>().Select(p => p.InnerText).ToList();
    }
}
