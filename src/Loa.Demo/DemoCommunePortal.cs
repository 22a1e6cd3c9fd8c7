using Loa.Articles;
using Loa.Domain;
using Loa.Domain.Geography;
using Loa.Feedbacks;
using Loa.Text;
using Loa.Units;

namespace Loa.Demo;

/// <summary>
/// The public side of a generated commune, kept cheap for 3,321 communes: its four news categories, four articles
/// (three published over the last two months, one draft) and five pieces of citizen feedback (two answered and
/// published, one with a unit, one just received, one closed as a complaint). Built in memory and saved with the
/// commune's batch, so a commune is written whole or not at all. Everything comes from the given random, so the same
/// seed gives the same portal; the feedback's tracking codes are drawn from it too (80 bits, distinct in practice).
/// The three real communes have their own, richer news and feedback (<see cref="DemoArticles"/>, <see cref="DemoFeedback"/>).
/// </summary>
internal static class DemoCommunePortal
{
    public const int ArticlesPerCommune = 4;

    public const int FeedbackPerCommune = 5;

    /// <summary>Categories and articles: the caller saves them.</summary>
    public static List<Article> Articles(Commune commune, string authorId, string authorName, DateOnly today, Random random)
    {
        var categories = ArticleCategory.Defaults
            .Select((name, i) => new ArticleCategory { ProvinceId = commune.ProvinceId, CommuneId = commune.Id, Name = name, Order = i })
            .ToList();
        var word = commune.Kind.Word();
        var gov = $"UBND {word} {commune.Locality}";
        (int Category, int DaysAgo, ArticleStatus Status, string Title, string Summary, string Body)[] items =
        [
            (0, 3 + random.Next(10), ArticleStatus.Published, $"{commune.Name} đẩy mạnh tiếp nhận hồ sơ trực tuyến toàn trình",
                $"Trung tâm Phục vụ hành chính công {word} hướng dẫn người dân nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia.",
                $"<p>Thực hiện Kế hoạch cải cách hành chính năm {today.Year}, {gov} chỉ đạo Trung tâm Phục vụ hành chính công hướng dẫn người dân, "
                + "doanh nghiệp nộp hồ sơ trực tuyến toàn trình.</p><p>Công chức và đoàn viên thanh niên trực tại Bộ phận Một cửa để hướng dẫn "
                + "đăng nhập bằng tài khoản định danh điện tử VNeID, điền tờ khai và thanh toán lệ phí trực tuyến.</p>"),
            (1, 15 + random.Next(15), ArticleStatus.Published, "Liên thông đăng ký khai sinh, thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi",
                "Cha mẹ chỉ cần nộp một bộ hồ sơ điện tử cho cả ba thủ tục.",
                "<p>Nhóm thủ tục liên thông được thực hiện trực tuyến trên Cổng Dịch vụ công quốc gia và ứng dụng VNeID.</p>"
                + $"<ul><li>Giấy chứng sinh.</li><li>Tài khoản định danh điện tử mức độ 2 của cha hoặc mẹ.</li></ul><p>Mọi vướng mắc, liên hệ {gov}.</p>"),
            (3, 35 + random.Next(25), ArticleStatus.Published, "Hỏi – đáp: Chứng thực bản sao ở đâu sau khi sắp xếp đơn vị hành chính?",
                "Trung tâm Phục vụ hành chính công trả lời câu hỏi của người dân về chứng thực bản sao.",
                "<p><strong>Hỏi:</strong> Tôi cần chứng thực bản sao giấy tờ, nộp ở đâu?</p>"
                + "<p><strong>Trả lời:</strong> Tại Trung tâm Phục vụ hành chính công "
                + $"của {commune.Name} hoặc tổ chức hành nghề công chứng; lệ phí 2.000 đồng/trang.</p>"),
            (2, 0, ArticleStatus.Draft, "Dự thảo: Triển khai thanh toán không dùng tiền mặt tại Bộ phận Một cửa",
                "Bản nháp, chưa đăng.", "<p>Nội dung đang được hoàn thiện.</p>"),
        ];
        return items.Select(item =>
        {
            var publishAt = item.Status == ArticleStatus.Draft ? (DateTime?)null : DemoClock.At(today.AddDays(-item.DaysAgo), 8, 30);
            var created = DemoClock.At(today.AddDays(-item.DaysAgo - 1), 15);
            return new Article
            {
                ProvinceId = commune.ProvinceId,
                CommuneId = commune.Id,
                Title = item.Title,
                Slug = Slugs.From(item.Title, Article.SlugMax),
                Summary = item.Summary,
                Body = HtmlSanitiser.Sanitise(item.Body),
                Kind = ArticleKind.News,
                Category = categories[item.Category],
                Status = item.Status,
                PublishAt = publishAt,
                Views = item.Status == ArticleStatus.Published ? 20 + random.Next(400) : 0,
                AuthorId = authorId,
                AuthorName = authorName,
                CreatedAt = created,
                UpdatedAt = created,
            };
        }).ToList();
    }

    /// <summary>Five pieces of feedback numbered 1–5 in the order received: the caller saves them.</summary>
    public static List<Feedback> Feedback(Commune commune, IReadOnlyList<Unit> units, DemoStaff staff, DateOnly today, Random random)
    {
        var service = units.FirstOrDefault(u => u.Name == DemoWords.ServiceCentre) ?? units.First(u => u.IsCoordinator);
        var place = units.FirstOrDefault(u => u.Kind == UnitKind.Neighbourhood)?.Name ?? "khu dân cư";
        (int DaysAgo, FeedbackStatus Status, FeedbackCategory Category, string Subject, string Content, string? Answer)[] items =
        [
            (30 + random.Next(20), FeedbackStatus.Published, FeedbackCategory.AdministrativeProcedure, "Thời gian chờ chứng thực bản sao còn lâu",
                $"Sáng thứ Hai tôi đến Bộ phận Một cửa {commune.Name} để chứng thực bản sao, phải chờ gần 2 tiếng. Đề nghị bố trí thêm quầy vào đầu tuần.",
                "Trung tâm Phục vụ hành chính công đã bố trí thêm 01 quầy chứng thực vào sáng thứ Hai và thứ Ba và máy lấy số thứ tự tự động."),
            (15 + random.Next(10), FeedbackStatus.Published, FeedbackCategory.OnlineService, "Không thanh toán được lệ phí khi nộp hồ sơ trực tuyến",
                "Tôi nộp hồ sơ đăng ký khai sinh trực tuyến nhưng đến bước thanh toán lệ phí thì báo lỗi. Đề nghị hướng dẫn cách xử lý.",
                "Lỗi do hệ thống thanh toán bảo trì; cán bộ đã liên hệ để ông, bà thanh toán lại. Có thể chọn nộp lệ phí khi nhận kết quả."),
            (4 + random.Next(8), FeedbackStatus.Assigned, FeedbackCategory.Infrastructure, "Đèn chiếu sáng đường hẻm bị hỏng nhiều ngày",
                $"Tuyến hẻm chính ở {place} có bóng đèn chiếu sáng bị hỏng hơn hai tuần. Đề nghị sửa chữa sớm.", null),
            (1, FeedbackStatus.Received, FeedbackCategory.OnlineService, "Không đăng nhập được Cổng Dịch vụ công bằng VNeID",
                "Tôi đã kích hoạt tài khoản định danh điện tử mức 2 nhưng đăng nhập Cổng Dịch vụ công quốc gia thì báo lỗi.", null),
            (6 + random.Next(6), FeedbackStatus.Rejected, FeedbackCategory.Other, "Không đồng ý với quyết định xử phạt vi phạm hành chính",
                "Tôi bị xử phạt về việc lấn chiếm vỉa hè nhưng cho rằng không đúng. Đề nghị xem xét lại quyết định.", null),
        ];
        var feedback = items.Select((item, i) =>
        {
            var receivedOn = today.AddDays(-item.DaysAgo);
            var received = DemoClock.At(receivedOn, 8 + (i % 3), 15 * i % 60);
            var step = Math.Max(1, item.DaysAgo / 4);
            var f = new Feedback
            {
                ProvinceId = commune.ProvinceId,
                CommuneId = commune.Id,
                TrackingHash = TrackingCode.Hash(Code(random))!,
                Category = item.Category,
                Subject = item.Subject,
                Content = item.Content,
                Name = DemoWords.PersonName(random),
                Address = $"{place}, {commune.Name}",
                Phone = $"09{random.Next(10_000_000, 99_999_999)}",
                ConsentAt = received,
                Status = item.Status,
                ReceivedAt = received,
                DueOn = FeedbackDeadline.DueOn(receivedOn),
            };
            if (item.Status is FeedbackStatus.Assigned or FeedbackStatus.Published)
            {
                (f.AssignedUnitId, f.AssignedAt, f.AssignedById) = (service.Id, DemoClock.At(receivedOn.AddDays(1), 8, 30), staff.CoordinatorId);
            }

            if (item.Status == FeedbackStatus.Published)
            {
                var published = DemoClock.At(receivedOn.AddDays(2 + step), 16);
                (f.Answer, f.AnsweredAt, f.AnsweredById) = (item.Answer, DemoClock.At(receivedOn.AddDays(1 + step), 15, 10), staff.CoordinatorId);
                (f.ApprovedAt, f.ApprovedById) = (DemoClock.At(receivedOn.AddDays(2 + step), 10), staff.LeaderId);
                (f.PublicSubject, f.PublicQuestion, f.PublishedAt, f.ClosedAt) = (item.Subject, item.Content, published, published);
            }

            if (item.Status == FeedbackStatus.Rejected)
            {
                (f.RejectionKind, f.ClosedAt) = (RejectionKind.Complaint, DemoClock.At(receivedOn.AddDays(1), 9));
                f.RejectionReason = "Nội dung là khiếu nại quyết định hành chính, được giải quyết theo Luật Khiếu nại.";
            }

            return f;
        }).ToList();
        foreach (var (f, number) in feedback.OrderBy(f => f.ReceivedAt).Select((f, i) => (f, i + 1)))
        {
            f.Number = number;
        }

        return feedback;
    }

    /// <summary>A tracking code drawn from the random (the real ones come from <see cref="TrackingCode.New"/>).</summary>
    private static string Code(Random random) =>
        TrackingCode.Group(new string([.. Enumerable.Range(0, TrackingCode.Length)
            .Select(_ => TrackingCode.Alphabet[random.Next(TrackingCode.Alphabet.Length)])]));
}
