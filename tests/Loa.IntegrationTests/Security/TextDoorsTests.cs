using System.Globalization;
using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Loa.IntegrationTests.Surveys;
using Loa.Plans;
using Loa.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Security;

/// <summary>
/// Text that reaches the database by another door than a bound form field — a form read by hand, a plan's JSON in a
/// hidden field — follows the same rule: no NUL byte (PostgreSQL refuses it with a 500), no bidi control. And values a
/// form cannot even read (a yes/no that is neither, a name left out) get a message.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class TextDoorsTests(AppFixture fixture)
{
    private const string Hidden = "\0\u202Egnp.exe\u2066\u0007";

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_survey_answer_read_from_the_form_by_hand_loses_its_NUL_bytes_and_bidi_controls(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var survey = await SurveyData.AddAsync(app, a, SurveyStatus.Open, "Khảo sát " + a.Commune.Code);
        await using (var db = app.SystemDb())
        {
            await db.SurveyQuestions.Where(q => q.SurveyId == survey.Id).ExecuteUpdateAsync(s => s.SetProperty(q => q.Required, false));
        }

        using var citizen = app.Session();
        var page = await citizen.GetPageAsync($"/x/{a.Commune.Code}/surveys/{survey.Id}");
        var field = SurveyData.Fields(page)[^1];
        var response = await citizen.SubmitAsync(page, "form.take-form", new() { [field] = "Cần thêm" + Hidden + " chỗ ngồi" }, multipart: true);

        SurveyData.AssertRedirect(response, "answer");
        await using var check = app.SystemDb();
        var answers = await check.SurveyResponses.IgnoreQueryFilters().Where(r => r.SurveyId == survey.Id).Select(r => r.Answers).SingleAsync();
        Assert.Equal("Cần thêmgnp.exe chỗ ngồi", Assert.Single(answers, x => x.Text is not null).Text);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_plan_whose_JSON_carries_escaped_NUL_bytes_is_created_without_them(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        using var coordinator = app.Session();
        await coordinator.LoginAsync(a.Coordinator.UserName!);
        var page = await coordinator.GetPageAsync("/plans/import");
        var json = PlanJson.Serialize(new PlanDocument { Title = "TITLE", Year = 2027, Recipients = ["Sở Nội vụ"] }, indented: false)
            .Replace("TITLE", "Tuyên truyền\\u0000 năm 2027\\u202E", StringComparison.Ordinal);

        var response = await coordinator.Client.PostAsync("/plans/import?handler=Create", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", WebSession.AntiforgeryToken(page)),
            new("Review.DocumentJson", json),
            new("Review.SourceJson", "[\"\\u0000\"]"),
        ]));

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {await WebSession.Text(response)}");
        await using var db = app.SystemDb();
        Assert.Equal("Tuyên truyền năm 2027", await db.Plans.Where(p => p.CommuneId == a.Commune.Id && p.Year == 2027).Select(p => p.Title).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_yes_no_field_sent_with_a_word_and_a_name_left_out_get_messages_and_change_nothing(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var before = await TenantWalk.SnapshotAsync(app, a);
        using var coordinator = app.Session();
        await coordinator.LoginAsync(a.Coordinator.UserName!);

        var create = await coordinator.GetPageAsync("/units/create");
        var word = await coordinator.SubmitAsync(create, "main form", new() { ["Unit.Name"] = "Đoàn Thanh niên", ["Unit.IsCoordinator"] = "có" });
        Assert.Equal(HttpStatusCode.OK, word.StatusCode);
        var errors = WebSession.Parse(await word.Content.ReadAsStringAsync(), "/units/create").ValidationErrors();
        Assert.Contains("Giá trị “có” không hợp lệ.", errors);

        var edit = await coordinator.GetPageAsync($"/units/edit/{a.Culture.Id.ToString(CultureInfo.InvariantCulture)}");
        var blank = await coordinator.SubmitAsync(edit, "main form", new() { ["Unit.Name"] = "" });
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Contains("Hãy nhập tên đơn vị.", WebSession.Parse(await blank.Content.ReadAsStringAsync(), "/units/edit").ValidationErrors());

        var import = await coordinator.GetPageAsync("/plans/import");
        var token = WebSession.AntiforgeryToken(import);
        var nothing = await coordinator.Client.PostAsync("/plans/import?handler=Create", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
        Assert.Contains("Không có dữ liệu kế hoạch", await nothing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(before, await TenantWalk.SnapshotAsync(app, a));
    }
}
