using System.Globalization;
using System.Security;
using System.Security.Cryptography;
using System.Text;
using Loa.Activities;
using Loa.Articles;
using Loa.Data;
using Loa.Domain;
using Loa.Domain.Accounts;
using Loa.Domain.Geography;
using Loa.Plans;
using Loa.Text;
using Microsoft.EntityFrameworkCore;

namespace Loa.Demo;

/// <summary>
/// The news of a demo commune's portal: its categories and eight articles of the kinds a commune writes — news of
/// the one-stop shop, a new procedure, a video, an infographic (drawn here as SVG), the SIPAS result, a question
/// answered, one scheduled for a few days ahead and one draft. Those that serve a task of the plan count for it.
/// </summary>
public static class DemoArticles
{
    /// <summary>The type of the demo's infographics; uploads are never SVG (see <c>UploadPolicies.ArticleImage</c>).</summary>
    public const string InfographicType = "image/svg+xml";

    public static async Task SeedAsync(LoaDbContext db, Commune commune, Plan plan, User author, DateOnly today, CancellationToken cancellationToken)
    {
        var categories = ArticleCategory.Defaults
            .Select((name, i) => new ArticleCategory { ProvinceId = commune.ProvinceId, CommuneId = commune.Id, Name = name, Order = i })
            .ToList();
        db.ArticleCategories.AddRange(categories);
        await db.SaveChangesAsync(cancellationToken);

        var tasks = await db.Tasks.AsNoTracking().Where(t => t.PlanId == plan.Id).Include(t => t.Children).ToListAsync(cancellationToken);
        var leaves = tasks.Where(t => t.Children.Count == 0).OrderBy(t => t.Id).ToList();
        KeyTask? TaskFor(ChannelKind kind) => leaves.FirstOrDefault(t => ChannelKindGuess.FromText($"{t.Name} {t.Products}") == kind);
        var articleTask = TaskFor(ChannelKind.Article) ?? leaves.FirstOrDefault();
        var videoTask = TaskFor(ChannelKind.Video) ?? articleTask;
        var socialTask = TaskFor(ChannelKind.SocialMedia) ?? articleTask;

        var name = commune.Name;
        var gov = $"UBND {commune.Kind.Word()} {commune.Locality}";
        var morning = new TimeOnly(8, 30);
        DateTime At(int daysAgo, TimeOnly time) => ToUtc(today.AddDays(-daysAgo).ToDateTime(time));

        // one picture in the commune's library, shown in the first article (the file is drawn by DemoArticleImages)
        var picture = new ArticlePicture
        {
            ProvinceId = commune.ProvinceId,
            CommuneId = commune.Id,
            StoredName = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"demo-picture-{commune.Id}")))[..32],
            ContentType = InfographicType,
            FileName = "5-buoc-nop-ho-so-truc-tuyen.svg",
            Bytes = Infographic(commune.Name).Length,
            UploadedAt = At(5, morning),
            UploadedById = author.Id,
        };
        db.ArticlePictures.Add(picture);
        var pictureUrl = ArticleBody.PictureUrl(commune.Code, picture.StoredName);
        var random = new Random(commune.Id);
        var items = new List<(Article Article, KeyTask? Task, int DaysAgo, ArticleStatus Status)>
        {
            (New("Tin cải cách hành chính", ArticleKind.News, $"{name} đẩy mạnh tiếp nhận hồ sơ trực tuyến toàn trình",
                $"Từ đầu năm, Trung tâm Phục vụ hành chính công {commune.Kind.Word()} đã hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia; tỷ lệ hồ sơ trực tuyến tăng rõ rệt.",
                $"""
                <p>Thực hiện Kế hoạch cải cách hành chính năm {today.Year}, {gov} chỉ đạo Trung tâm Phục vụ hành chính công tăng cường hướng dẫn người dân, doanh nghiệp nộp hồ sơ trực tuyến toàn trình trên <a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a>.</p>
                <p><img src="{pictureUrl}" alt="Năm bước nộp hồ sơ trực tuyến" width="400"></p>
                <h2>Có người hướng dẫn tận nơi</h2>
                <p>Tại Bộ phận Một cửa, công chức và đoàn viên thanh niên tình nguyện trực hướng dẫn người dân đăng nhập bằng tài khoản định danh điện tử VNeID mức độ 2, điền tờ khai và thanh toán lệ phí trực tuyến.</p>
                <ul>
                <li>Hồ sơ được tiếp nhận và trả kết quả qua mạng, không phải đi lại nhiều lần.</li>
                <li>Người dân được giảm lệ phí với một số thủ tục khi nộp trực tuyến.</li>
                <li>Kết quả có thể nhận qua dịch vụ bưu chính công ích tại nhà.</li>
                </ul>
                <blockquote>“Lần đầu tôi được hướng dẫn nộp hồ sơ trên điện thoại, chỉ mất khoảng mười phút”, một người dân cho biết.</blockquote>
                <p>Thời gian tới, {gov} tiếp tục đẩy mạnh tuyên truyền để người dân chủ động sử dụng dịch vụ công trực tuyến.</p>
                """), articleTask, 4, ArticleStatus.Published),
            (New("Thủ tục hành chính mới", ArticleKind.News, "Liên thông đăng ký khai sinh, thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi",
                "Cha mẹ chỉ cần nộp một bộ hồ sơ điện tử để đồng thời đăng ký khai sinh, đăng ký thường trú và được cấp thẻ bảo hiểm y tế cho con.",
                $"""
                <p>Nhóm thủ tục hành chính liên thông đăng ký khai sinh – đăng ký thường trú – cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi được thực hiện trực tuyến trên Cổng Dịch vụ công quốc gia và ứng dụng VNeID.</p>
                <h2>Hồ sơ cần chuẩn bị</h2>
                <ol>
                <li>Giấy chứng sinh (bản điện tử hoặc bản chụp).</li>
                <li>Tài khoản định danh điện tử mức độ 2 của cha hoặc mẹ.</li>
                <li>Giấy tờ chứng minh nơi cư trú nếu thông tin chưa có trong Cơ sở dữ liệu quốc gia về dân cư.</li>
                </ol>
                <h2>Thời hạn giải quyết</h2>
                <table><thead><tr><th>Thủ tục</th><th>Thời hạn</th></tr></thead>
                <tbody><tr><td>Đăng ký khai sinh</td><td>Trong ngày</td></tr><tr><td>Đăng ký thường trú</td><td>07 ngày làm việc</td></tr><tr><td>Cấp thẻ bảo hiểm y tế</td><td>Trong ngày</td></tr></tbody></table>
                <p>Mọi vướng mắc, người dân liên hệ Trung tâm Phục vụ hành chính công {commune.Kind.Word()} để được hướng dẫn.</p>
                """), articleTask, 11, ArticleStatus.Published),
            (New("Tin cải cách hành chính", ArticleKind.Video, "Video: Hướng dẫn nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia",
                "Video hướng dẫn từng bước đăng nhập bằng tài khoản VNeID, chọn thủ tục, điền tờ khai và theo dõi kết quả hồ sơ.",
                "<p>Video do Trung tâm Phục vụ hành chính công phối hợp với Đoàn Thanh niên thực hiện, hướng dẫn người dân tự nộp hồ sơ trực tuyến tại nhà.</p><p>Người dân có thể xem lại video tại Bộ phận Một cửa hoặc trên trang Zalo của Ủy ban nhân dân.</p>",
                video: "https://www.youtube.com/watch?v=Hm1Jb7qHbDU"), videoTask, 18, ArticleStatus.Published),
            (New("Chuyển đổi số", ArticleKind.Infographic, "Infographic: 5 bước nộp hồ sơ trực tuyến",
                "Năm bước đơn giản để nộp hồ sơ thủ tục hành chính trực tuyến, không phải đến Bộ phận Một cửa.",
                "<p>Lưu lại hình ảnh để làm theo khi nộp hồ sơ. Cần hỗ trợ, hãy gọi đường dây nóng của Ủy ban nhân dân.</p>"), socialTask, 25, ArticleStatus.Published),
            (New("Tin cải cách hành chính", ArticleKind.News, $"Chỉ số hài lòng của người dân (SIPAS) năm {today.Year - 1}: {name} tiếp tục cải thiện",
                $"Kết quả khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính năm {today.Year - 1} cho thấy nhiều tiêu chí được cải thiện.",
                $"""
                <p>Theo kết quả khảo sát năm {today.Year - 1}, người dân đánh giá cao thái độ phục vụ của công chức tại Bộ phận Một cửa và việc công khai thủ tục hành chính.</p>
                <p>Các tiêu chí cần tiếp tục cải thiện là <strong>tiếp nhận, xử lý góp ý, phản ánh, kiến nghị</strong> và thời gian chờ đợi khi cao điểm.</p>
                <p>{gov} đề nghị các bộ phận khắc phục hạn chế, phấn đấu nâng cao Chỉ số SIPAS năm {today.Year}.</p>
                """), null, 40, ArticleStatus.Published),
            (New("Hỏi – đáp", ArticleKind.News, "Hỏi – đáp: Sau khi sắp xếp đơn vị hành chính, chứng thực bản sao ở đâu?",
                "Người dân hỏi nơi chứng thực bản sao từ bản chính sau khi sắp xếp đơn vị hành chính cấp xã; Trung tâm Phục vụ hành chính công trả lời.",
                $"""
                <p><strong>Hỏi:</strong> Tôi cần chứng thực bản sao sổ hộ khẩu cũ và giấy tờ đất. Sau khi sắp xếp đơn vị hành chính, tôi nộp ở đâu?</p>
                <p><strong>Trả lời:</strong> Người dân đến Trung tâm Phục vụ hành chính công của {name} hoặc bất kỳ tổ chức hành nghề công chứng nào. Khi đi mang theo bản chính và bản sao cần chứng thực; lệ phí 2.000 đồng/trang, từ trang thứ ba trở đi 1.000 đồng/trang.</p>
                <p>Có thể đặt lịch trước qua đường dây nóng để không phải chờ.</p>
                """), null, 55, ArticleStatus.Published),
            (New("Chuyển đổi số", ArticleKind.News, "Triển khai thanh toán không dùng tiền mặt tại Bộ phận Một cửa",
                "Từ tuần tới, người dân có thể nộp phí, lệ phí bằng mã QR hoặc chuyển khoản ngay tại quầy tiếp nhận hồ sơ.",
                $"<p>{gov} phối hợp với các ngân hàng triển khai thanh toán không dùng tiền mặt đối với phí, lệ phí thủ tục hành chính tại Bộ phận Một cửa.</p><p>Người dân quét mã QR tại quầy, biên lai điện tử được gửi ngay vào thư điện tử hoặc tin nhắn.</p>"),
                articleTask, -3, ArticleStatus.Scheduled),
            (New("Tin cải cách hành chính", ArticleKind.News, "Dự thảo: Kế hoạch đối thoại giữa lãnh đạo và người dân về thủ tục hành chính",
                "Bản nháp, chưa đăng.",
                "<p>Nội dung đang được Phòng Văn hóa – Xã hội hoàn thiện.</p>"), null, 0, ArticleStatus.Draft),
        };

        Article New(string category, ArticleKind kind, string title, string summary, string body, string? video = null) => new()
        {
            ProvinceId = commune.ProvinceId,
            CommuneId = commune.Id,
            Title = title,
            Slug = Slugs.From(title, Article.SlugMax),
            Summary = summary,
            Body = HtmlSanitiser.Sanitise(body),
            Kind = kind,
            Category = categories.First(c => c.Name == category),
            VideoUrl = video,
            AuthorId = author.Id,
            AuthorName = author.FullName,
        };

        var now = DateTime.UtcNow;
        foreach (var (article, task, daysAgo, status) in items)
        {
            article.Status = status;
            article.PublishAt = status == ArticleStatus.Draft ? null : At(daysAgo, daysAgo < 0 ? new TimeOnly(7, 0) : morning);
            article.Views = status == ArticleStatus.Published ? 80 + random.Next(900) : 0;
            article.TaskId = task?.Id;
            article.CreatedAt = (article.PublishAt ?? now).AddDays(-1);
            article.UpdatedAt = article.CreatedAt;
            if (article.Kind == ArticleKind.Infographic)
            {
                article.CoverImage = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"demo-infographic-{commune.Id}")))[..32];
                article.CoverContentType = InfographicType;
                article.CoverAlt = "Năm bước nộp hồ sơ trực tuyến: đăng nhập bằng VNeID, chọn thủ tục, điền tờ khai và đính kèm giấy tờ, thanh toán phí, lệ phí, theo dõi và nhận kết quả.";
            }

            db.Articles.Add(article);
            await db.SaveChangesAsync(cancellationToken);
            await ArticleActivities.SyncAsync(db, article, $"/x/{commune.Code}/news/{article.Id}-{article.Slug}", now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>The demo's infographic: five steps to file online, 800 × 1000, text in the commune's name.</summary>
    public static byte[] Infographic(string communeName)
    {
        string E(string text) => SecurityElement.Escape(text);
        (string Title, string Line)[] steps =
        [
            ("Đăng nhập", "Tài khoản định danh điện tử VNeID mức độ 2"),
            ("Chọn thủ tục", "Tìm theo tên thủ tục trên dichvucong.gov.vn"),
            ("Điền tờ khai", "Đính kèm bản chụp giấy tờ theo hướng dẫn"),
            ("Nộp phí, lệ phí", "Thanh toán trực tuyến, nhận biên lai điện tử"),
            ("Nhận kết quả", "Theo dõi hồ sơ, nhận tại nhà qua bưu điện"),
        ];
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="800" height="1000" viewBox="0 0 800 1000" font-family="Arial, Helvetica, sans-serif">
            <rect width="800" height="1000" fill="#fdf7ef"/>
            <rect width="800" height="190" fill="#a31d1d"/>
            <text x="400" y="70" fill="#f5c518" font-size="26" font-weight="bold" text-anchor="middle">CẢI CÁCH HÀNH CHÍNH · {E(communeName.ToUpper(CultureInfo.GetCultureInfo("vi-VN")))}</text>
            <text x="400" y="125" fill="#ffffff" font-size="44" font-weight="bold" text-anchor="middle">5 BƯỚC NỘP HỒ SƠ TRỰC TUYẾN</text>
            <text x="400" y="165" fill="#ffffff" font-size="22" text-anchor="middle">Không cần đến Bộ phận Một cửa</text>
            """);
        for (var i = 0; i < steps.Length; i++)
        {
            var y = 250 + (i * 140);
            svg.Append(CultureInfo.InvariantCulture, $"""
                <rect x="60" y="{y}" width="680" height="110" rx="18" fill="#ffffff" stroke="#e2c9a8" stroke-width="2"/>
                <circle cx="125" cy="{y + 55}" r="38" fill="#a31d1d"/>
                <text x="125" y="{y + 68}" fill="#ffffff" font-size="36" font-weight="bold" text-anchor="middle">{i + 1}</text>
                <text x="190" y="{y + 48}" fill="#7f1616" font-size="30" font-weight="bold">{E(steps[i].Title)}</text>
                <text x="190" y="{y + 85}" fill="#374151" font-size="22">{E(steps[i].Line)}</text>
                """);
        }

        svg.Append("""
            <rect y="940" width="800" height="60" fill="#7f1616"/>
            <text x="400" y="978" fill="#ffffff" font-size="22" text-anchor="middle">Cổng Dịch vụ công quốc gia: dichvucong.gov.vn · Tổng đài 1022</text>
            </svg>
            """);
        return Encoding.UTF8.GetBytes(svg.ToString());
    }

    private static DateTime ToUtc(DateTime vietnamLocal) => VietnamTime.ToUtc(vietnamLocal);
}
