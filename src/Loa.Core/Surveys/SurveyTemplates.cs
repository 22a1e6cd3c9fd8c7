using Loa.Surveys;

namespace Loa.Surveys;

/// <summary>
/// Ready-made surveys a commune starts from: a satisfaction survey modelled on SIPAS (the Ministry of Home Affairs'
/// satisfaction index: its five aspects, as scale questions, with a few choices and an open question), and a
/// knowledge contest of ten questions on administrative reform with their correct answers.
/// </summary>
public static class SurveyTemplates
{
    public static readonly IReadOnlyList<string> SatisfactionScale = ["Rất không hài lòng", "Không hài lòng", "Bình thường", "Hài lòng", "Rất hài lòng"];

    public const string SipasNote = "Phiếu được xây dựng theo mô hình Chỉ số hài lòng về sự phục vụ hành chính (SIPAS), không phải phiếu điều tra chính thức của Bộ Nội vụ.";

    /// <summary>The satisfaction survey of the commune's one-stop service, on the five SIPAS aspects.</summary>
    public static Survey Satisfaction(int provinceId, int communeId, string communeName, DateTime now)
    {
        var survey = New(provinceId, communeId, SurveyKind.Survey, $"Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của {communeName}", now);
        survey.Intro = "Ý kiến của Ông/Bà giúp chúng tôi phục vụ tốt hơn. Phiếu không ghi tên, chỉ mất khoảng 5 phút. " + SipasNote;
        Section(survey, "Thông tin chung", null,
            Choice(
                "Ông/Bà đã thực hiện thủ tục hành chính thuộc lĩnh vực nào?",
                true,
                "Hộ tịch (khai sinh, kết hôn, khai tử…)",
                "Chứng thực",
                "Đất đai",
                "Xây dựng",
                "Lao động, người có công, bảo trợ xã hội",
                "Lĩnh vực khác"),
            Choice("Ông/Bà nộp hồ sơ bằng hình thức nào?", true, "Trực tiếp tại Bộ phận Một cửa", "Trực tuyến trên Cổng Dịch vụ công", "Qua dịch vụ bưu chính công ích"),
            Multiple(
                "Ông/Bà biết thông tin về thủ tục hành chính qua những kênh nào?",
                false,
                "Niêm yết tại Bộ phận Một cửa",
                "Cổng Dịch vụ công, cổng thông tin của xã, phường",
                "Công chức hướng dẫn",
                "Loa truyền thanh, mạng xã hội",
                "Người thân, người quen"));
        Section(survey, "1. Tiếp cận dịch vụ hành chính công", null,
            Scale("Nơi ngồi chờ có đủ chỗ ngồi, thoáng mát, sạch sẽ", true),
            Scale("Trang thiết bị phục vụ (máy tính tra cứu, máy lấy số, bàn viết…) đầy đủ, dễ sử dụng", true),
            Scale("Dễ dàng tìm được nơi nộp hồ sơ, nhận kết quả", true));
        Section(survey, "2. Thủ tục hành chính", null,
            Scale("Thủ tục hành chính được niêm yết công khai, đầy đủ, dễ hiểu", true),
            Scale("Thành phần hồ sơ và số lượng giấy tờ Ông/Bà phải nộp đúng quy định", true),
            Scale("Phí, lệ phí Ông/Bà phải nộp đúng quy định", true),
            Scale("Thời hạn giải quyết ghi trên giấy hẹn đúng quy định", true));
        Section(survey, "3. Công chức trực tiếp giải quyết công việc", null,
            Scale("Công chức có thái độ giao tiếp lịch sự, chú ý lắng nghe ý kiến của Ông/Bà", true),
            Scale("Công chức hướng dẫn kê khai hồ sơ tận tình, chu đáo, dễ hiểu", true),
            Scale("Công chức tuân thủ đúng quy định trong giải quyết công việc (không gây phiền hà, nhũng nhiễu)", true));
        Section(survey, "4. Kết quả giải quyết thủ tục hành chính", null,
            Scale("Kết quả Ông/Bà nhận được đúng quy định, thông tin chính xác", true),
            Scale("Ông/Bà nhận được kết quả đúng hẹn", true));
        Section(survey, "5. Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", null,
            Scale("Cơ quan bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị (hòm thư, đường dây nóng, cổng thông tin)", true),
            Scale("Góp ý, phản ánh, kiến nghị được tiếp nhận, xử lý và trả lời kịp thời", true));
        Section(survey, "Đánh giá chung và góp ý", null,
            Scale("Nhìn chung, Ông/Bà hài lòng đến đâu với sự phục vụ của cơ quan?", true),
            Open("Ông/Bà có góp ý gì để cơ quan phục vụ tốt hơn?", false));
        return survey;
    }

    /// <summary>A contest of ten questions on administrative reform, ten points each, twenty minutes.</summary>
    public static Survey Contest(int provinceId, int communeId, string communeName, DateTime now)
    {
        var survey = New(provinceId, communeId, SurveyKind.Contest, $"Cuộc thi trực tuyến tìm hiểu về cải cách hành chính – {communeName}", now);
        survey.Intro = "Cuộc thi gồm 10 câu hỏi trắc nghiệm, mỗi câu 10 điểm, làm trong 20 phút. Xếp hạng theo điểm, bằng điểm thì ai làm nhanh hơn xếp trên.";
        survey.TimeLimitMinutes = 20;
        survey.ShowRanking = true;
        survey.OncePer = OncePer.Phone;
        Section(survey, "Câu hỏi trắc nghiệm", "Chọn đáp án đúng; câu có nhiều đáp án đúng phải chọn đủ mới được điểm.",
            Quiz(
                "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030 được ban hành kèm theo văn bản nào?",
                [0],
                "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ",
                "Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ",
                "Nghị định số 61/2018/NĐ-CP của Chính phủ",
                "Luật Tổ chức chính quyền địa phương"),
            Quiz("Chương trình tổng thể cải cách hành chính giai đoạn 2021–2030 có bao nhiêu nội dung cải cách?", [2], "4 nội dung", "5 nội dung", "6 nội dung", "7 nội dung"),
            Quiz(
                "Bộ phận Một cửa của xã, phường có nhiệm vụ chính nào?",
                [1],
                "Xét xử các tranh chấp dân sự",
                "Hướng dẫn, tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính",
                "Thu thuế của hộ kinh doanh",
                "Cấp căn cước cho công dân"),
            Quiz(
                "Người dân có thể nộp hồ sơ thủ tục hành chính qua những cách nào? (chọn tất cả các cách đúng)",
                [0, 1, 2],
                "Trực tiếp tại Bộ phận Một cửa",
                "Trực tuyến trên Cổng Dịch vụ công quốc gia",
                "Qua dịch vụ bưu chính công ích",
                "Gửi tin nhắn cho số điện thoại riêng của công chức"),
            Quiz(
                "Chỉ số SIPAS đo lường điều gì?",
                [1],
                "Năng lực cạnh tranh cấp tỉnh",
                "Sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước",
                "Hiệu quả quản trị và hành chính công cấp tỉnh",
                "Mức độ chuyển đổi số của doanh nghiệp"),
            Quiz("PAR INDEX là tên viết tắt của chỉ số nào?", [0], "Chỉ số cải cách hành chính", "Chỉ số năng lực cạnh tranh cấp tỉnh", "Chỉ số chuyển đổi số", "Chỉ số phát triển con người"),
            Quiz(
                "Theo Nghị định số 20/2008/NĐ-CP, một phản ánh, kiến nghị về quy định hành chính phải có những thông tin nào?",
                [2],
                "Chỉ cần nội dung phản ánh",
                "Nội dung phản ánh và số căn cước của người phản ánh",
                "Nội dung phản ánh, kiến nghị; tên, địa chỉ, số điện thoại (hoặc địa chỉ thư tín) của người phản ánh",
                "Xác nhận của trưởng thôn, tổ trưởng tổ dân phố"),
            Quiz(
                "Khi hồ sơ bị giải quyết quá hạn, cơ quan giải quyết phải làm gì với người nộp hồ sơ?",
                [1],
                "Không phải làm gì",
                "Gửi phiếu xin lỗi và hẹn lại ngày trả kết quả",
                "Yêu cầu người dân nộp lại hồ sơ mới",
                "Thu thêm phí giải quyết nhanh"),
            Quiz(
                "Tài khoản định danh điện tử (VNeID) mức độ 2 giúp người dân làm gì?",
                [0],
                "Đăng nhập Cổng Dịch vụ công quốc gia để thực hiện thủ tục hành chính trực tuyến",
                "Thay thế sổ đỏ khi chuyển nhượng đất",
                "Miễn tất cả các loại phí, lệ phí",
                "Bỏ qua bước ký đơn"),
            Quiz(
                "Khi làm thủ tục, người dân có phải nộp bản sao giấy tờ mà thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư không?",
                [1],
                "Có, luôn phải nộp bản sao có chứng thực",
                "Không, cơ quan giải quyết tự khai thác thông tin từ cơ sở dữ liệu",
                "Chỉ nộp nếu công chức yêu cầu miệng",
                "Phải nộp cả bản chính và bản sao"));
        return survey;
    }

    /// <summary>A blank survey or contest with one empty section, for authors who start from scratch.</summary>
    public static Survey Blank(int provinceId, int communeId, SurveyKind kind, string title, DateTime now)
    {
        var survey = New(provinceId, communeId, kind, title, now);
        if (kind == SurveyKind.Contest)
        {
            survey.TimeLimitMinutes = 15;
            survey.ShowRanking = true;
        }

        Section(survey, kind == SurveyKind.Contest ? "Câu hỏi" : "Phần 1", null);
        return survey;
    }

    /// <summary>Adds a section with its questions, in order, to the survey (and the questions to the survey).</summary>
    public static SurveySection Section(Survey survey, string title, string? description, params SurveyQuestion[] questions)
    {
        var section = new SurveySection { Title = title, Description = description, Order = survey.Sections.Count };
        for (var i = 0; i < questions.Length; i++)
        {
            questions[i].Order = i;
            section.Questions.Add(questions[i]);
            survey.Questions.Add(questions[i]);
        }

        survey.Sections.Add(section);
        return section;
    }

    public static SurveyQuestion Choice(string text, bool required, params string[] options) =>
        new() { Kind = QuestionKind.PickOne, Text = text, Required = required, Options = [.. options] };

    public static SurveyQuestion Multiple(string text, bool required, params string[] options) =>
        new() { Kind = QuestionKind.PickMany, Text = text, Required = required, Options = [.. options] };

    public static SurveyQuestion Scale(string text, bool required) =>
        new() { Kind = QuestionKind.Scale, Text = text, Required = required, Options = [.. SatisfactionScale] };

    public static SurveyQuestion Open(string text, bool required) =>
        new() { Kind = QuestionKind.Text, Text = text, Required = required };

    /// <summary>A contest question worth ten points: one correct option makes it "choose one", several "choose all that apply".</summary>
    public static SurveyQuestion Quiz(string text, int[] correct, params string[] options) => new()
    {
        Kind = correct.Length > 1 ? QuestionKind.PickMany : QuestionKind.PickOne,
        Text = text,
        Required = true,
        Options = [.. options],
        CorrectMask = AnswerMask.Mask(correct, options.Length),
        Points = 10,
    };

    private static Survey New(int provinceId, int communeId, SurveyKind kind, string title, DateTime now) => new()
    {
        ProvinceId = provinceId,
        CommuneId = communeId,
        Kind = kind,
        Title = title,
        CreatedAt = now,
        UpdatedAt = now,
    };
}
