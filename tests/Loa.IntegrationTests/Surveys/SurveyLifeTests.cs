using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Loa.IntegrationTests.Infrastructure;
using Loa.Surveys;
using Microsoft.EntityFrameworkCore;
using Cell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using Row = DocumentFormat.OpenXml.Spreadsheet.Row;

namespace Loa.IntegrationTests.Surveys;

/// <summary>A survey built by the coordinator, published, answered once per person by the public, counted, charted and exported.</summary>
[Collection(AppCollection.Name)]
public sealed class SurveyLifeTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_survey_is_built_published_answered_once_per_person_and_its_figures_add_up(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        using var staff = app.Session();
        await staff.LoginAsync(a.Coordinator.UserName!);

        // build: a blank survey with a required choice, a required scale and an optional comment
        var created = await staff.SubmitAsync(await staff.GetPageAsync("/surveys/create"), "form", new() { ["Start"] = "survey", ["Title"] = $"Lấy ý kiến về giờ làm việc {a.Commune.Code}" });
        SurveyData.AssertRedirect(created, "create");
        var edit = created.Headers.Location!.OriginalString;
        var id = int.Parse(edit.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (kind, text, options, required) in new[]
        {
            ("PickOne", "Ông/Bà thường đến vào buổi nào?", "Sáng\nChiều\nSáng thứ Bảy", true),
            ("Scale", "Ông/Bà hài lòng với giờ tiếp nhận hiện nay?", "", true),
            ("Text", "Góp ý khác", "", false),
        })
        {
            var added = await staff.SubmitAsync(await staff.GetPageAsync(edit), "details.add-question form", new()
            {
                ["question.Kind"] = kind,
                ["question.Text"] = text,
                ["question.Options"] = options,
                ["question.Required"] = required ? "true" : null,
            });
            SurveyData.AssertRedirect(added, "add question " + text);
        }

        // a choice with one option is refused in Vietnamese and adds nothing
        var refused = await staff.SubmitAsync(
            await staff.GetPageAsync(edit), "details.add-question form", new() { ["question.Kind"] = "PickOne", ["question.Text"] = "Một phương án", ["question.Options"] = "Chỉ một" });
        Assert.Contains("ít nhất 2 phương án", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // a draft is not on the portal
        var portal = $"/x/{a.Commune.Code}/surveys";
        using var citizen = app.Session();
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.Client.GetAsync($"{portal}/{id}")).StatusCode);

        var published = await staff.SubmitAsync(await staff.GetPageAsync($"/surveys/details/{id}"), "form.publish", new() { ["closesOn"] = "2026-07-31" });
        SurveyData.AssertRedirect(published, "publish");
        Assert.Contains($"Lấy ý kiến về giờ làm việc {a.Commune.Code}", (await citizen.GetPageAsync(portal)).Text(), StringComparison.Ordinal);

        // required questions left out: a message per question, nothing saved
        var form = await citizen.GetPageAsync($"{portal}/{id}");
        var fields = SurveyData.Fields(form);
        Assert.Equal(3, fields.Count);
        var missing = await citizen.SubmitAsync(form, "form.take-form", new() { [fields[2]] = "Chỉ góp ý" });
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var shownAgain = WebSession.Parse(await missing.Content.ReadAsStringAsync(), $"{portal}/{id}");
        var errors = shownAgain.ValidationErrors();
        Assert.Contains("Câu 1: hãy chọn một phương án.", errors);
        Assert.Contains("Câu 2: hãy chọn một mức từ 1 đến 5.", errors);
        Assert.Equal(0, await SurveyData.ResponsesAsync(app, id, submittedOnly: false));

        // answered (from the page shown with the messages: a form's stamp is good for one sending); the same browser cannot answer again
        var answer = new Dictionary<string, object?> { [fields[0]] = "0", [fields[1]] = "5", [fields[2]] = "Nên mở cửa sớm hơn" };
        SurveyData.AssertRedirect(await citizen.SubmitAsync(shownAgain, "form.take-form", answer), "answer");
        var again = await citizen.GetPageAsync($"{portal}/{id}");
        Assert.Contains("Bạn đã tham gia rồi", again.Text(), StringComparison.Ordinal);
        Assert.Null(again.QuerySelector("form.take-form"));
        var second = await citizen.SubmitAsync(form, "form.take-form", new() { [fields[0]] = "1", [fields[1]] = "1" });
        Assert.Contains("Bạn đã tham gia rồi", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // two more people
        foreach (var (when, score) in new[] { ("0", "4"), ("2", "4") })
        {
            using var other = app.Session();
            var page = await other.GetPageAsync($"{portal}/{id}");
            SurveyData.AssertRedirect(await other.SubmitAsync(page, "form.take-form", new() { [fields[0]] = when, [fields[1]] = score }), "another answer");
        }

        Assert.Equal(3, await SurveyData.ResponsesAsync(app, id));

        // the figures: Sáng 2, Chiều 0, Sáng thứ Bảy 1; scale 4,4,5 → average 4,33; one comment
        var details = await staff.GetPageAsync($"/surveys/details/{id}");
        var rows = details.QuerySelectorAll("figure.chart").Select(
            f => f.QuerySelectorAll("tbody tr").Select(r => r.TextContent.Trim().Split('\n').Select(x => x.Trim()).Where(x => x.Length > 0).ToList()).ToList()).ToList();
        Assert.Equal([["Sáng", "2"], ["Chiều", "0"], ["Sáng thứ Bảy", "1"]], rows[0]);
        Assert.Equal(["0", "0", "0", "2", "1"], rows[1].Select(r => r[1]));
        Assert.Contains("Điểm trung bình 4,33/5", details.Text(), StringComparison.Ordinal);
        Assert.Contains("Nên mở cửa sớm hơn", details.Text(), StringComparison.Ordinal);

        // the export holds one row per response with the answers in words
        var export = await staff.Client.GetAsync($"/surveys/export/{id}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), false);
        var sheetRows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(4, sheetRows.Count);
        var cells = sheetRows.Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Contains("Câu 1. Ông/Bà thường đến vào buổi nào?", cells[0]);
        Assert.Contains(cells.Skip(1), r => r.Contains("Sáng thứ Bảy") && r.Contains("4 – Hài lòng"));
        Assert.Contains(cells.Skip(1), r => r.Contains("Nên mở cửa sớm hơn") && r.Contains("5 – Rất hài lòng"));

        // closed: gone from the open list, answers refused, results still public
        SurveyData.AssertRedirect(await staff.SubmitAsync(await staff.GetPageAsync($"/surveys/details/{id}"), "form[action*='handler=Close']", new()), "close");
        using var late = app.Session();
        var closedPage = await late.GetPageAsync($"{portal}/{id}");
        Assert.Null(closedPage.QuerySelector("form.take-form"));
        Assert.Contains("đã kết thúc", closedPage.Text(), StringComparison.Ordinal);
        Assert.Equal(3, await SurveyData.ResponsesAsync(app, id));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Once_per_phone_number_refuses_the_same_number_from_another_browser_and_keeps_no_number(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var survey = await SurveyData.AddAsync(app, a, SurveyStatus.Open, "Theo số điện thoại " + a.Commune.Code);
        await using (var db = app.SystemDb())
        {
            var s = await db.Surveys.SingleAsync(x => x.Id == survey.Id);
            s.OncePer = OncePer.Phone;
            foreach (var q in await db.SurveyQuestions.Where(q => q.SurveyId == survey.Id).ToListAsync())
            {
                q.Required = false;
            }

            await db.SaveChangesAsync();
        }

        var url = $"/x/{a.Commune.Code}/surveys/{survey.Id}";
        using (var first = app.Session())
        {
            var page = await first.GetPageAsync(url);
            var noPhone = await (await first.SubmitAsync(page, "form.take-form", new())).Content.ReadAsStringAsync();
            Assert.Contains("Hãy nhập số điện thoại", noPhone, StringComparison.Ordinal);
            var withPhone = new Dictionary<string, object?> { ["phone"] = "0912 345 678" };
            SurveyData.AssertRedirect(await first.SubmitAsync(WebSession.Parse(noPhone, url), "form.take-form", withPhone), "first answer");
        }

        using (var second = app.Session())
        {
            var page = await second.GetPageAsync(url);
            var refused = await second.SubmitAsync(page, "form.take-form", new() { ["phone"] = "+84912345678" });
            Assert.Contains("Bạn đã tham gia rồi", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await using var check = app.SystemDb();
        var stored = await check.SurveyResponses.IgnoreQueryFilters().SingleAsync(r => r.SurveyId == survey.Id);
        Assert.Null(stored.Phone);
        Assert.DoesNotContain("912345678", stored.RespondentHash, StringComparison.Ordinal);
        Assert.NotEqual(Loa.Surveys.RespondentIdentity.Hash(survey.Id, OncePer.Phone, "0912345678", []), stored.RespondentHash); // keyed with the installation's secret
    }
}
