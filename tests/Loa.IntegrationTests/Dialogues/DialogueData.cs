using System.Net;
using AngleSharp.Html.Dom;
using Loa.IntegrationTests.Infrastructure;

namespace Loa.IntegrationTests.Dialogues;

/// <summary>A dialogue scheduled and announced through the pages, and a citizen's question sent through the portal, as a browser does.</summary>
public static class DialogueData
{
    public const string AskerName = "Đoàn Thị Mỹ Hạnh";

    public const string AskerPhone = "0987 654 321";

    public const string AskerAddress = "Số 12 hẻm 34 đường Võ Nguyên Giáp, khu phố 5";

    /// <summary>10 July 2026, 08:00 in Vietnam: nine days after the tests' clock (1 July 2026, 10:00 in Vietnam).</summary>
    public static readonly DateTimeOffset StartsAt = new(2026, 7, 10, 1, 0, 0, TimeSpan.Zero);

    public static string Portal(Scenario scenario) => "/x/" + scenario.Commune.Code;

    public static string Subject(Scenario scenario) => $"Đối thoại về thủ tục đất đai (xã mã {scenario.Commune.Code})";

    public static string Question(Scenario scenario, int n) => $"Hồ sơ cấp giấy chứng nhận của tôi đã quá hạn, xin hỏi lý do (câu {n}, xã mã {scenario.Commune.Code})";

    public static Dictionary<string, object?> Schedule(Scenario scenario) => new()
    {
        ["Input.Kind"] = "Dialogue",
        ["Input.Subject"] = Subject(scenario),
        ["Input.Date"] = "2026-07-10",
        ["Input.Time"] = "08:00",
        ["Input.Place"] = "Hội trường UBND",
        ["Input.ChairId"] = scenario.Leader.Id,
        ["Input.TaskId"] = scenario.ArticlesTask.Id,
        ["Input.Description"] = "Lãnh đạo trả lời các câu hỏi về thủ tục đất đai.",
    };

    public static Dictionary<string, object?> Ask(Scenario scenario, int n) => new()
    {
        ["Input.AskerKind"] = "Citizen",
        ["Input.Content"] = Question(scenario, n),
        ["Input.Name"] = AskerName,
        ["Input.Phone"] = AskerPhone,
        ["Input.Address"] = AskerAddress,
        ["Input.Email"] = "hanh.doan@example.com",
        ["Input.Consent"] = "true",
    };

    /// <summary>The coordinator schedules the dialogue; returns its id.</summary>
    public static async Task<int> ScheduleAsync(WebSession coordinator, Scenario scenario)
    {
        var form = await coordinator.GetPageAsync("/dialogues/create");
        var response = await coordinator.SubmitAsync(form, "form.dialogue-form", Schedule(scenario));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"scheduling answered {(int)response.StatusCode}: {await WebSession.Text(response)}");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Takes a step of the details page by its button ("announce", "held", "approve", "publish", "reopen").</summary>
    public static async Task<HttpResponseMessage> StepAsync(WebSession session, int id, string step)
    {
        var page = await session.GetPageAsync($"/dialogues/details/{id}");
        var button = page.QuerySelector($"#step-{step}") ?? throw new InvalidOperationException($"no step '{step}' on the page: {page.Body!.TextContent}");
        var form = (IHtmlFormElement)button.Closest("form")!;
        return await session.SubmitAsync(page, $"form[action='{form.GetAttribute("action")}']", []);
    }

    /// <summary>A citizen asks through the portal; returns the response of the post.</summary>
    public static async Task<HttpResponseMessage> AskAsync(WebSession citizen, Scenario scenario, int id, Dictionary<string, object?> values)
    {
        var page = await citizen.GetPageAsync($"{Portal(scenario)}/dialogues/{id}");
        return await citizen.SubmitAsync(page, "form.question-form", values);
    }

    /// <summary>
    /// A dialogue of the commune put straight into the database in the given state, on the articles task, with one grouped and
    /// answered question (its asker's details included) and minutes; every text is <paramref name="text"/>.
    /// </summary>
    public static async Task<Loa.Dialogues.Dialogue> AddAsync(LoaAppFactory app, Scenario scenario, Loa.Dialogues.DialogueStatus status, string text)
    {
        await using var db = app.SystemDb();
        var dialogue = new Loa.Dialogues.Dialogue
        {
            ProvinceId = scenario.Commune.ProvinceId,
            CommuneId = scenario.Commune.Id,
            Kind = Loa.Dialogues.DialogueKind.Dialogue,
            Subject = text,
            Description = text,
            StartsAt = StartsAt.UtcDateTime,
            Place = "Hội trường",
            ChairId = scenario.Leader.Id,
            ChairName = scenario.Leader.FullName,
            TaskId = scenario.ArticlesTask.Id,
            Status = status,
            CreatedAt = DateTime.UtcNow,
            CreatedById = scenario.Coordinator.Id,
            AnnouncedAt = DateTime.UtcNow,
            Attendance = 50,
            Conclusion = text,
        };
        var group = new Loa.Dialogues.DialogueQuestionGroup
        {
            ProvinceId = dialogue.ProvinceId,
            CommuneId = dialogue.CommuneId,
            Title = text,
            Answer = text,
            Order = 1,
        };
        dialogue.Groups.Add(group);
        db.Dialogues.Add(dialogue);
        await db.SaveChangesAsync();
        db.DialogueQuestions.Add(new Loa.Dialogues.DialogueQuestion
        {
            ProvinceId = dialogue.ProvinceId,
            CommuneId = dialogue.CommuneId,
            DialogueId = dialogue.Id,
            Number = 1,
            AskerKind = Loa.Dialogues.AskerKind.Citizen,
            Name = AskerName,
            Address = AskerAddress,
            Phone = AskerPhone,
            Content = text,
            ConsentAt = DateTime.UtcNow,
            ReceivedAt = DateTime.UtcNow,
            GroupId = group.Id,
        });
        await db.SaveChangesAsync();
        return dialogue;
    }
}
