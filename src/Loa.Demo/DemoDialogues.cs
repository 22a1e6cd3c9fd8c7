using Loa.Data;
using Loa.Dialogues;
using Loa.Domain;
using Loa.Domain.Accounts;
using Loa.Domain.Geography;
using Loa.Plans;
using Loa.Text;

namespace Loa.Demo;

/// <summary>
/// Phước Tân's dialogues: one held twenty days ago with its minutes published (two topics answered, attendance, a conclusion,
/// counted as an activity of the plan's dialogue task), one held yesterday whose minutes wait to be recorded, and one announced
/// for ten days ahead with citizens' questions waiting to be grouped. Other demo communes have none, so that the demo shows an empty start too.
/// </summary>
internal static class DemoDialogues
{
    public const string Locality = "Phước Tân";

    private static readonly (string Name, string Phone, string Question)[] Askers =
    [
        ("Trần Thị Ngọc Lan", "0903 112 233", "Hồ sơ đăng ký biến động đất đai nộp trực tuyến bao lâu thì có kết quả, có phải đến Bộ phận Một cửa nộp bản giấy nữa không?"),
        ("Lê Văn Phúc", "0918 445 566", "Đề nghị phường hướng dẫn người cao tuổi cài đặt và dùng tài khoản định danh điện tử để nộp hồ sơ trực tuyến."),
        ("Nguyễn Hoàng Minh (Công ty TNHH Minh Phát)", "0937 778 899", "Doanh nghiệp muốn biết lịch tiếp nhận hồ sơ ngoài giờ hành chính vào sáng thứ Bảy."),
    ];

    public static async Task SeedAsync(
        LoaDbContext db, Commune commune, Plan plan, User leader, string coordinatorId, DateOnly today, CancellationToken cancellationToken)
    {
        if (commune.Locality != Locality)
        {
            return;
        }

        var tasks = plan.Tasks.Where(t => t.Id != 0).OrderBy(t => t.Order).ToList();
        var task = tasks.FirstOrDefault(t => VietnameseText.Fold(t.Name).Contains("doi thoai", StringComparison.Ordinal)) ?? tasks[0];
        var chair = $"{leader.FullName}, Chủ tịch UBND {commune.Kind.Word()} {commune.Locality}";
        var now = DateTime.UtcNow;
        Dialogue New(DateOnly day, string subject, DialogueStatus status) => new()
        {
            ProvinceId = commune.ProvinceId,
            CommuneId = commune.Id,
            Kind = DialogueKind.Dialogue,
            Subject = subject,
            StartsAt = VietnamTime.ToUtc(day.ToDateTime(new TimeOnly(8, 0))),
            Place = $"Hội trường UBND {commune.Kind.Word()} {commune.Locality}",
            ChairId = leader.Id,
            ChairName = chair,
            TaskId = task.Id,
            Status = status,
            CreatedAt = now,
            CreatedById = coordinatorId,
            AnnouncedAt = now,
        };

        var past = New(today.AddDays(-20), "Cải cách thủ tục hành chính và chuyển đổi số trong giải quyết hồ sơ", DialogueStatus.Published);
        (past.HeldAt, past.Attendance, past.CitizenAttendance, past.BusinessAttendance) = (past.StartsAt.AddHours(3), 126, 98, 17);
        past.Conclusion = "Chủ tịch UBND phường giao Trung tâm Phục vụ hành chính công bố trí cán bộ hướng dẫn nộp hồ sơ trực tuyến tại Bộ phận Một cửa "
            + "vào các buổi sáng; Phòng Kinh tế rà soát, rút ngắn thời gian giải quyết hồ sơ đất đai; Đoàn Thanh niên tổ chức hỗ trợ người cao tuổi "
            + "sử dụng tài khoản định danh điện tử trong tháng tới.";
        (past.MinutesRecordedAt, past.MinutesRecordedById, past.MinutesApprovedAt, past.MinutesApprovedById, past.PublishedAt) =
            (past.HeldAt, coordinatorId, past.HeldAt.Value.AddDays(2), leader.Id, past.HeldAt.Value.AddDays(2));
        past.Groups =
        [
            Group(commune, 1, "Thời gian giải quyết hồ sơ đất đai", "Ông Phạm Văn Tâm, Trưởng Phòng Kinh tế",
                "Hồ sơ nộp trực tuyến được giải quyết trong thời hạn như hồ sơ giấy; người dân không phải nộp lại bản giấy, chỉ xuất trình bản gốc khi nhận kết quả."),
            Group(commune, 2, "Hỗ trợ người cao tuổi dùng dịch vụ công trực tuyến", "Bà Võ Thị Hằng, Giám đốc Trung tâm Phục vụ hành chính công",
                "Từ tháng này, mỗi sáng thứ Ba và thứ Năm có cán bộ và đoàn viên thanh niên hướng dẫn trực tiếp tại Bộ phận Một cửa."),
        ];
        var upcoming = New(today.AddDays(10), "Giải quyết thủ tục hành chính cho người dân và doanh nghiệp năm " + today.Year, DialogueStatus.Announced);
        upcoming.Description = "Chủ tịch UBND phường đối thoại trực tiếp với người dân, doanh nghiệp về việc giải quyết thủ tục hành chính. "
            + "Mời người dân, doanh nghiệp gửi câu hỏi trước trên cổng thông tin.";
        var held = New(today.AddDays(-1), "Hỗ trợ doanh nghiệp thực hiện thủ tục đầu tư, xây dựng", DialogueStatus.Held);
        held.HeldAt = held.StartsAt.AddHours(2);
        held.Groups =
        [
            Group(commune, 1, "Thời gian cấp giấy phép xây dựng", "Ông Phạm Văn Tâm, Trưởng Phòng Kinh tế",
                "Giấy phép xây dựng nhà ở riêng lẻ được cấp trong 15 ngày kể từ khi nhận đủ hồ sơ; hồ sơ nộp trực tuyến được ưu tiên tiếp nhận."),
        ];
        db.Dialogues.AddRange(past, upcoming, held);
        await db.SaveChangesAsync(cancellationToken);

        for (var i = 0; i < Askers.Length; i++)
        {
            var (name, phone, question) = Askers[i];
            db.DialogueQuestions.Add(Question(upcoming, i + 1, name, phone, question, now.AddHours(-30 + (i * 5))));
            db.DialogueQuestions.Add(Question(past, i + 1, name, phone, question, past.StartsAt.AddDays(-3 + i)));
            db.DialogueQuestions.Add(Question(held, i + 1, name, phone, question, held.StartsAt.AddDays(-3 + i)));
        }

        await db.SaveChangesAsync(cancellationToken);
        var pastQuestions = db.DialogueQuestions.Local.Where(q => q.DialogueId == past.Id).OrderBy(q => q.Number).ToList();
        (pastQuestions[0].GroupId, pastQuestions[1].GroupId, pastQuestions[2].GroupId) = (past.Groups[0].Id, past.Groups[1].Id, past.Groups[1].Id);
        foreach (var question in pastQuestions)
        {
            DialogueRetention.Anonymise(question, now); // the demo's past askers keep no details
        }

        foreach (var question in db.DialogueQuestions.Local.Where(q => q.DialogueId == held.Id && q.Number <= 2))
        {
            question.GroupId = held.Groups[0].Id;
        }

        await DialogueActivities.SyncAsync(db, past, coordinatorId, "/x/" + commune.Code, now, cancellationToken);
        await DialogueActivities.SyncAsync(db, held, coordinatorId, "/x/" + commune.Code, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static DialogueQuestionGroup Group(Commune commune, int order, string title, string person, string answer) => new()
    {
        ProvinceId = commune.ProvinceId,
        CommuneId = commune.Id,
        Order = order,
        Title = title,
        AnswerPerson = person,
        Answer = answer,
        AnsweredAt = DateTime.UtcNow,
    };

    private static DialogueQuestion Question(Dialogue dialogue, int number, string name, string phone, string text, DateTime at) => new()
    {
        ProvinceId = dialogue.ProvinceId,
        CommuneId = dialogue.CommuneId,
        DialogueId = dialogue.Id,
        Number = number,
        AskerKind = name.Contains("Công ty", StringComparison.Ordinal) ? AskerKind.Business : AskerKind.Citizen,
        Name = name,
        Address = "Khu phố 3, phường Phước Tân",
        Phone = phone,
        Content = text,
        ConsentAt = at,
        ReceivedAt = at,
    };
}
