using System.Net;
using Loa.Feedbacks;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using FeedbackItem = Loa.Feedbacks.Feedback;

namespace Loa.IntegrationTests.Feedback;

/// <summary>A citizen's feedback, sent through the portal the way a browser does, or arranged behind the app's back.</summary>
public static class FeedbackData
{
    public const string Name = "Lưu Thị Bích Ngọc";

    public const string Phone = "0913 579 246";

    public const string Address = "Số 48 đường Nguyễn Ái Quốc, tổ 7";

    public const string Email = "ngoc.luu@example.com";

    public static string Content(Scenario scenario) => $"Thời gian chờ chứng thực tại Bộ phận Một cửa quá lâu (riêng của xã mã {scenario.Commune.Code}).";

    public static string Portal(Scenario scenario) => "/x/" + scenario.Commune.Code;

    /// <summary>The values of a complete, valid feedback.</summary>
    public static Dictionary<string, object?> Valid(Scenario scenario) => new()
    {
        ["Input.Category"] = "AdministrativeProcedure",
        ["Input.Subject"] = "Chờ chứng thực quá lâu",
        ["Input.Content"] = Content(scenario),
        ["Input.Name"] = Name,
        ["Input.Address"] = Address,
        ["Input.Phone"] = Phone,
        ["Input.Email"] = Email,
        ["Input.Consent"] = "true",
    };

    /// <summary>Sends the feedback as an anonymous citizen and returns the tracking code the receipt showed.</summary>
    public static async Task<string> SendAsync(
        LoaAppFactory app, Scenario scenario, Dictionary<string, object?>? values = null, IReadOnlyList<(string, string, byte[])>? files = null)
    {
        using var citizen = app.Session();
        var form = await citizen.GetPageAsync(Portal(scenario) + "/feedback?loai=phan-anh");
        var response = await citizen.SubmitAsync(form, "form.feedback-form", values ?? Valid(scenario), files);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sending feedback answered {(int)response.StatusCode}: {await WebSession.Text(response)}");
        Assert.Equal(Portal(scenario) + "/feedback/sent", response.Headers.Location?.OriginalString);
        var receipt = await citizen.GetPageAsync(Portal(scenario) + "/feedback/sent");
        return receipt.QuerySelector("#tracking-code")?.TextContent.Trim() ?? throw new InvalidOperationException("the receipt shows no tracking code");
    }

    public static async Task<FeedbackItem> FindAsync(LoaAppFactory app, string code)
    {
        await using var db = app.SystemDb();
        var hash = TrackingCode.Hash(code);
        return await db.Feedback.IgnoreQueryFilters().Include(f => f.Attachments).AsNoTracking().SingleAsync(f => f.TrackingHash == hash);
    }

    /// <summary>A feedback put straight into the database in the given state; returns it with its (known) code.</summary>
    public static async Task<(FeedbackItem Feedback, string Code)> AddAsync(
        LoaAppFactory app, Scenario scenario, FeedbackStatus status, Action<FeedbackItem>? change = null)
    {
        var code = TrackingCode.New();
        var now = LoaAppFactory.Now.UtcDateTime;
        var f = new FeedbackItem
        {
            ProvinceId = scenario.Commune.ProvinceId,
            CommuneId = scenario.Commune.Id,
            TrackingHash = TrackingCode.Hash(code)!,
            Category = FeedbackCategory.Infrastructure,
            Subject = $"Đèn đường hỏng ({scenario.Commune.Code})",
            Content = Content(scenario),
            Name = Name,
            Address = Address,
            Phone = Phone,
            ConsentAt = now,
            Status = status,
            ReceivedAt = now,
            DueOn = FeedbackDeadline.DueOn(DateOnly.FromDateTime(now)),
        };
        if (status >= FeedbackStatus.Assigned && status != FeedbackStatus.Rejected)
        {
            (f.AssignedUnitId, f.AssignedAt) = (scenario.ServiceCentre.Id, now);
        }

        if (status >= FeedbackStatus.Answered && status != FeedbackStatus.Rejected)
        {
            (f.Answer, f.AnsweredAt) = ($"Câu trả lời của xã mã {scenario.Commune.Code}: đã thay bóng đèn.", now);
        }

        if (status >= FeedbackStatus.Approved && status != FeedbackStatus.Rejected)
        {
            f.ApprovedAt = now;
        }

        if (status == FeedbackStatus.Published)
        {
            (f.PublicSubject, f.PublicQuestion, f.PublishedAt, f.ClosedAt) =
                ($"Đèn đường hỏng (công khai {scenario.Commune.Code})", $"Bản công khai của xã mã {scenario.Commune.Code}", now, now);
        }

        change?.Invoke(f);
        await using var db = app.SystemDb();
        db.Feedback.Add(f);
        await FeedbackNumbering.SaveNewAsync(db, f);
        return (f, code);
    }
}
