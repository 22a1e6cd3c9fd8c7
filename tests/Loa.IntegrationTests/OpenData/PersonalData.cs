using Loa.Data;
using Loa.Feedbacks;
using Loa.IntegrationTests.Infrastructure;

namespace Loa.IntegrationTests.OpenData;

/// <summary>Recognisable personal values planted where a leak would come from: feedback, accounts, what staff type.</summary>
public static class PersonalData
{
    public const string CitizenName = "Nguyễn Văn Riêngtư";
    public const string CitizenEmail = "dan.rieng.tu@thu-nghiem.vn";
    public const string CitizenPhone = "0987654321";
    public const string CitizenAddress = "Số 12 ngõ Bímật";
    public const string FeedbackSubject = "Tiêu đề phản ánh riêng XYZ-71";
    public const string FeedbackContent = "Nội dung phản ánh riêng XYZ-72";
    public const string FeedbackAnswer = "Trả lời riêng XYZ-73";
    public const string OfficerEmail = "can.bo.rieng@thu-nghiem.vn";
    public const string OfficerPhone = "0912000111";
    public const string OfficerName = "Trần Thị Cánbộ";
    public const string ActivityNote = "Gọi anh Hùng 0977111222 để lấy ảnh";
    public const string IndexNote = "hỏi chi.ketoan@thu-nghiem.vn";
    public const string ReturnComment = "Ý kiến riêng của lãnh đạo XYZ-74";

    /// <summary>A feedback of the scenario's commune received on 1 June 2026, due 15 June; answered (approved on 10 June) or not yet.</summary>
    public static async Task<Loa.Feedbacks.Feedback> FeedbackAsync(LoaDbContext db, Scenario s, bool answered) => new()
    {
        ProvinceId = s.Commune.ProvinceId,
        CommuneId = s.Commune.Id,
        Number = await FeedbackNumbering.NextAsync(db, s.Commune.Id) + (answered ? 0 : 1),
        TrackingHash = TrackingCode.Hash(TrackingCode.New())!,
        Subject = FeedbackSubject,
        Content = FeedbackContent,
        Name = CitizenName,
        Address = CitizenAddress,
        Phone = CitizenPhone,
        Email = CitizenEmail,
        ConsentAt = new DateTime(2026, 6, 1, 2, 0, 0, DateTimeKind.Utc),
        ReceivedAt = new DateTime(2026, 6, 1, 2, 0, 0, DateTimeKind.Utc),
        DueOn = new DateOnly(2026, 6, 15),
        Status = answered ? FeedbackStatus.Approved : FeedbackStatus.Received,
        Answer = answered ? FeedbackAnswer : null,
        AnsweredAt = answered ? new DateTime(2026, 6, 9, 2, 0, 0, DateTimeKind.Utc) : null,
        ApprovedAt = answered ? new DateTime(2026, 6, 10, 2, 0, 0, DateTimeKind.Utc) : null,
    };

    /// <summary>Everything planted, plus the scenario's account names and full names.</summary>
    public static IEnumerable<string> Values(Scenario s) =>
    [
        CitizenName, CitizenEmail, CitizenPhone, CitizenAddress, FeedbackSubject, FeedbackContent, FeedbackAnswer, OfficerEmail, OfficerPhone,
        OfficerName, ActivityNote, IndexNote, ReturnComment, s.Activity!.Title,
        .. s.Users.Append(s.ProvinceOfficer).SelectMany(u => new[] { u.UserName!, u.FullName }),
    ];
}
