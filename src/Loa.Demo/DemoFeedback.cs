using Loa.Data;
using Loa.Domain;
using Loa.Domain.Accounts;
using Loa.Domain.Geography;
using Loa.Feedbacks;
using Loa.Units;

namespace Loa.Demo;

/// <summary>
/// Nine pieces of citizen feedback per demo commune, one or more in every state of the workflow: three answered and
/// published, one approved, one waiting for approval, two with a unit (one overdue), one just received, one closed
/// as a complaint. Their tracking codes are known (<see cref="Code"/>, e.g. PT26-0000-0000-0001) so the demo can
/// show the look-up.
/// </summary>
public static class DemoFeedback
{
    private sealed record Item(
        int DaysAgo,
        FeedbackStatus Status,
        FeedbackCategory Category,
        string Subject,
        string Content,
        string Name,
        string Phone,
        string? Email,
        string UnitHint,
        string? Answer,
        string? PublicQuestion = null,
        RejectionKind? Rejection = null,
        string? RejectionReason = null);

    /// <summary>The known code of the demo commune's n-th feedback (1–9): "PT26-0000-0000-0001" for Phước Tân.</summary>
    public static string Code(string slug, int n) =>
        $"{Prefix(slug)}-0000-0000-{n.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)}";

    public static void Add(LoaDbContext db, Commune commune, string slug, IReadOnlyList<Unit> units, IReadOnlyList<User> staff, DateOnly today)
    {
        var coordinator = staff.First(u => u.Role == UserRole.Coordinator);
        var leader = staff.First(u => u.Role == UserRole.Leader);
        var neighbourhood = units.FirstOrDefault(u => u.Kind == UnitKind.Neighbourhood)?.Name ?? "khu dân cư";
        var place = $"{neighbourhood}, {commune.Name}";
        var added = new List<Feedback>();
        foreach (var (item, index) in Items(place, commune.Name).Select((item, i) => (item, i + 1)))
        {
            var receivedOn = today.AddDays(-item.DaysAgo);
            var received = At(receivedOn, 8 + (index % 3), 15 * index % 60);
            var unit = units.FirstOrDefault(u => u.Name.Contains(item.UnitHint, StringComparison.OrdinalIgnoreCase)) ?? units.First(u => u.IsCoordinator);
            var officer = staff.FirstOrDefault(u => u.Role == UserRole.UnitOfficer && u.UnitId == unit.Id) ?? coordinator;
            var f = new Feedback
            {
                ProvinceId = commune.ProvinceId,
                CommuneId = commune.Id,
                TrackingHash = TrackingCode.Hash(Code(slug, index))!,
                Category = item.Category,
                Subject = item.Subject,
                Content = item.Content,
                Name = item.Name,
                Address = $"Số {10 + (index * 7)}, {place}",
                Phone = item.Phone,
                Email = item.Email,
                ConsentAt = received,
                Status = item.Status,
                ReceivedAt = received,
                DueOn = FeedbackDeadline.DueOn(receivedOn),
            };
            var step = Math.Max(1, item.DaysAgo / 4);
            if (item.Status is FeedbackStatus.Assigned or FeedbackStatus.Answered or FeedbackStatus.Approved or FeedbackStatus.Published)
            {
                (f.AssignedUnitId, f.AssignedAt, f.AssignedById) = (unit.Id, At(receivedOn.AddDays(1), 8, 30), coordinator.Id);
            }

            if (item.Status is FeedbackStatus.Answered or FeedbackStatus.Approved or FeedbackStatus.Published)
            {
                (f.Answer, f.AnsweredAt, f.AnsweredById) = (item.Answer, At(receivedOn.AddDays(1 + step), 15, 10), officer.Id);
            }

            if (item.Status is FeedbackStatus.Approved or FeedbackStatus.Published)
            {
                (f.ApprovedAt, f.ApprovedById) = (At(receivedOn.AddDays(2 + step), 10, 0), leader.Id);
            }

            if (item.Status == FeedbackStatus.Published)
            {
                var published = At(receivedOn.AddDays(2 + step), 16, 0);
                (f.PublicSubject, f.PublicQuestion, f.PublishedAt, f.ClosedAt) = (item.Subject, item.PublicQuestion ?? item.Content, published, published);
            }

            if (item.Status == FeedbackStatus.Rejected)
            {
                (f.RejectionKind, f.RejectionReason, f.ClosedAt) = (item.Rejection, item.RejectionReason, At(receivedOn.AddDays(1), 9, 0));
            }

            db.Feedback.Add(f);
            added.Add(f);
        }

        foreach (var (f, number) in added.OrderBy(f => f.ReceivedAt).Select((f, i) => (f, i + 1)))
        {
            f.Number = number;
        }
    }

    private static string Prefix(string slug) => slug switch
    {
        "phuoctan" => "PT26",
        "canhvinh" => "CV26",
        "hungphu" => "HP26",
        _ => "DM26",
    };

    /// <summary>Local time in Vietnam (UTC+7) as UTC.</summary>
    private static DateTime At(DateOnly day, int hour, int minute) => VietnamTime.ToUtc(day.ToDateTime(new TimeOnly(hour, minute)));

    private static Item[] Items(string place, string commune) =>
    [
        new(41, FeedbackStatus.Published, FeedbackCategory.AdministrativeProcedure,
            "Thời gian chứng thực bản sao tại Bộ phận Một cửa còn lâu",
            $"Sáng thứ Hai tôi đến Bộ phận Một cửa {commune} để chứng thực bản sao giấy tờ cho con đi học. Chỉ có một quầy chứng thực nên phải chờ gần 2 tiếng. Đề nghị bố trí thêm cán bộ vào các buổi sáng đầu tuần và có số thứ tự để người dân biết thời gian chờ. Tôi là Nguyễn Văn Hùng, ở {place}.",
            "Nguyễn Văn Hùng", "0912 345 678", null, "Phục vụ",
            $"Cảm ơn ông đã phản ánh. Sau khi kiểm tra, từ ngày 01 của tháng tiếp theo, Trung tâm Phục vụ hành chính công đã bố trí thêm 01 quầy chứng thực vào sáng thứ Hai và thứ Ba, đồng thời đưa vào sử dụng máy lấy số thứ tự tự động. Người dân cũng có thể đặt lịch hẹn trước qua Cổng Dịch vụ công quốc gia hoặc số điện thoại đường dây nóng để được phục vụ đúng giờ. Thời gian chờ trung bình hiện nay dưới 20 phút.",
            $"Người dân phản ánh: tại Bộ phận Một cửa {commune}, vào sáng thứ Hai chỉ có một quầy chứng thực bản sao nên phải chờ gần 2 tiếng. Đề nghị bố trí thêm cán bộ vào các buổi sáng đầu tuần và có số thứ tự để người dân biết thời gian chờ."),
        new(30, FeedbackStatus.Published, FeedbackCategory.OnlineService,
            "Không thanh toán được lệ phí khi nộp hồ sơ trực tuyến",
            "Tôi nộp hồ sơ đăng ký khai sinh trực tuyến cho cháu nhưng đến bước thanh toán lệ phí bản sao trích lục thì báo lỗi, đã thử nhiều lần bằng hai ngân hàng khác nhau. Đề nghị hướng dẫn cách xử lý để không phải lên trụ sở.",
            "Trần Thị Lan", "0987 654 321", "lan.tran@example.com", "Phục vụ",
            "Lỗi thanh toán xảy ra do hệ thống thanh toán trực tuyến bảo trì trong ngày bà nộp hồ sơ. Hồ sơ của bà vẫn được tiếp nhận và cán bộ đã liên hệ để bà thanh toán lại. Khi gặp lỗi tương tự, người dân có thể chọn hình thức nộp lệ phí khi nhận kết quả, hoặc gọi đường dây nóng để cán bộ hỗ trợ. Trung tâm Phục vụ hành chính công đã đăng video hướng dẫn thanh toán trực tuyến trên trang tin của xã, phường."),
        new(24, FeedbackStatus.Published, FeedbackCategory.Infrastructure,
            "Đèn chiếu sáng đường hẻm bị hỏng nhiều ngày",
            $"Tuyến hẻm chính ở {place} có 3 bóng đèn chiếu sáng bị hỏng hơn hai tuần, buổi tối rất tối, học sinh đi học thêm về không an toàn. Đề nghị địa phương cho sửa chữa sớm.",
            "Lê Văn Phúc", "0903 112 233", null, "Kinh tế",
            "Phòng Kinh tế đã phối hợp với đơn vị quản lý chiếu sáng kiểm tra và thay thế 03 bóng đèn hỏng trong vòng 05 ngày làm việc sau khi nhận phản ánh. Đề nghị người dân tiếp tục thông báo qua cổng thông tin hoặc cho trưởng khu dân cư khi phát hiện hư hỏng để được xử lý kịp thời.",
            $"Người dân phản ánh: tuyến hẻm chính tại khu dân cư có 3 bóng đèn chiếu sáng bị hỏng hơn hai tuần, buổi tối rất tối, không an toàn cho học sinh. Đề nghị sửa chữa sớm."),
        new(17, FeedbackStatus.Approved, FeedbackCategory.Regulation,
            "Đề nghị hướng dẫn rõ hồ sơ đăng ký hộ kinh doanh",
            "Trên mạng có nhiều hướng dẫn khác nhau về hồ sơ đăng ký hộ kinh doanh, tôi không biết cần những giấy tờ gì và nộp ở đâu sau khi sắp xếp lại xã, phường. Đề nghị niêm yết rõ và đăng lên cổng thông tin.",
            "Phạm Thị Thu", "0938 220 441", null, "Kinh tế",
            "Hồ sơ đăng ký hộ kinh doanh gồm: giấy đề nghị đăng ký hộ kinh doanh; bản sao giấy tờ pháp lý của cá nhân; biên bản họp thành viên hộ gia đình (nếu các thành viên cùng đăng ký). Hồ sơ nộp tại Bộ phận Một cửa hoặc trực tuyến trên Cổng Dịch vụ công quốc gia; thời hạn giải quyết 03 ngày làm việc. Danh mục đầy đủ đã được niêm yết tại trụ sở và đăng trong mục Thủ tục hành chính của cổng thông tin."),
        new(11, FeedbackStatus.Answered, FeedbackCategory.StaffConduct,
            "Cán bộ tiếp nhận hồ sơ hướng dẫn chưa nhiệt tình",
            "Khi tôi hỏi về thủ tục đăng ký thường trú, cán bộ trả lời ngắn gọn, không giải thích giấy tờ còn thiếu nên tôi phải đi lại hai lần. Mong cán bộ hướng dẫn đầy đủ một lần bằng văn bản.",
            "Võ Minh Tâm", "0976 555 120", null, "Phục vụ",
            "Trung tâm Phục vụ hành chính công ghi nhận phản ánh và xin lỗi ông vì sự bất tiện. Trung tâm đã nhắc nhở cán bộ liên quan, đồng thời áp dụng phiếu hướng dẫn hoàn thiện hồ sơ ghi rõ giấy tờ còn thiếu, trao cho người dân ngay lần đầu đến liên hệ."),
        new(20, FeedbackStatus.Assigned, FeedbackCategory.Infrastructure,
            "Rác thải tập kết không đúng nơi quy định",
            $"Tại góc đường gần chợ ở {place} thường xuyên có người đổ rác sai giờ, gây mùi hôi và mất mỹ quan. Đề nghị có biển báo và kiểm tra xử lý.",
            "Huỳnh Thị Mỹ", "0909 876 543", null, "Kinh tế", null),
        new(3, FeedbackStatus.Assigned, FeedbackCategory.AdministrativeProcedure,
            "Đề nghị trả kết quả qua bưu điện cho người cao tuổi",
            "Bố mẹ tôi đã lớn tuổi, đi lại khó khăn. Đề nghị cho biết có thể nhận kết quả thủ tục hành chính qua dịch vụ bưu chính công ích không và chi phí thế nào.",
            "Đặng Quốc Bảo", "0868 123 987", "baodang@example.com", "Phục vụ", null),
        new(1, FeedbackStatus.Received, FeedbackCategory.OnlineService,
            "Không đăng nhập được Cổng Dịch vụ công bằng VNeID",
            "Tôi đã kích hoạt tài khoản định danh điện tử mức 2 nhưng khi đăng nhập Cổng Dịch vụ công quốc gia thì báo lỗi. Đề nghị hướng dẫn cách khắc phục.",
            "Ngô Thị Hồng", "0345 678 901", null, "Phục vụ", null),
        new(8, FeedbackStatus.Rejected, FeedbackCategory.Other,
            "Không đồng ý với quyết định xử phạt vi phạm hành chính",
            "Tôi bị lập biên bản và ra quyết định xử phạt về việc lấn chiếm vỉa hè nhưng tôi cho rằng không đúng vì phần đất đó thuộc nhà tôi. Đề nghị xem xét lại quyết định.",
            "Bùi Văn Lợi", "0918 246 810", null, "Văn phòng", null,
            Rejection: RejectionKind.Complaint,
            RejectionReason: "Nội dung đề nghị xem xét lại quyết định xử phạt là khiếu nại quyết định hành chính, được giải quyết theo Luật Khiếu nại. Đề nghị ông gửi đơn khiếu nại đến Chủ tịch Ủy ban nhân dân theo hướng dẫn dưới đây."),
    ];
}
