using Loa.Domain.Geography;

namespace Loa.Plans;

/// <summary>A blank plan laid out with the parts every commune's plan has, ready to be filled in.</summary>
public static class PlanTemplate
{
    public static PlanDocument Blank(Commune commune, int year) => Blank(commune.GovernmentName, commune.Kind.Word(), commune.Locality, year);

    /// <summary>A blank plan of a province (UBND tỉnh / thành phố), which its communes then implement.</summary>
    public static PlanDocument Blank(Province province, int year)
    {
        var plan = Blank(province.GovernmentName, province.Kind, province.Locality, year);
        plan.Recipients = ["Bộ Nội vụ", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", "UBND các xã, phường", "Lưu: VT"];
        return plan;
    }

    private static PlanDocument Blank(string government, string kind, string locality, int year)
    {
        return new PlanDocument
        {
            Issuer = new PlanIssuer { Name = government, Kind = kind, Locality = locality },
            Symbol = "KH-UBND",
            Place = locality,
            Date = new PartialDate { Year = year },
            Year = year,
            Title = $"Thông tin, tuyên truyền cải cách hành chính {kind} {locality} năm {year}",
            Sections =
            [
                Part(null, null, "preamble", $"Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh về công tác thông tin, tuyên truyền cải cách hành chính năm {year}; {government} ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm {year} như sau:"),
                Part("I", "MỤC ĐÍCH, YÊU CẦU", "purpose", null,
                    Part("1", "Mục đích", null, "Nâng cao nhận thức, trách nhiệm của cán bộ, công chức, viên chức và sự tham gia của người dân, doanh nghiệp trong thực hiện cải cách hành chính."),
                    Part("2", "Yêu cầu", null, "Công tác thông tin, tuyên truyền phải kịp thời, thường xuyên, hiệu quả, phù hợp với từng đối tượng; nội dung ngắn gọn, chính xác, dễ hiểu.")),
                Part("II", "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN", null, null,
                    Part("1", "Nội dung tuyên truyền", "contents", null),
                    Part("2", "Hình thức tuyên truyền", "channels", null)),
                Part("III", "NHIỆM VỤ TUYÊN TRUYỀN TRỌNG TÂM", "tasks", "(Có Phụ lục kèm theo)"),
                Part("IV", "KINH PHÍ THỰC HIỆN", "funding", null),
                Part("V", "TỔ CHỨC THỰC HIỆN", "implementation", null),
                Part(null, null, "closing", $"Trên đây là Kế hoạch thông tin, tuyên truyền cải cách hành chính năm {year} của {government}./."),
            ],
            Contents =
            [
                Item("a", "Cải cách thể chế: các văn bản quy phạm pháp luật mới, việc theo dõi thi hành pháp luật."),
                Item("b", "Cải cách thủ tục hành chính: thủ tục, dịch vụ công trực tuyến, cơ chế một cửa, một cửa liên thông, thanh toán trực tuyến."),
                Item("c", "Cải cách tổ chức bộ máy hành chính nhà nước."),
                Item("d", "Cải cách chế độ công vụ: kỷ luật, kỷ cương, văn hóa công vụ, quy tắc ứng xử."),
                Item("đ", "Cải cách tài chính công."),
                Item("e", "Xây dựng và phát triển chính quyền điện tử, chính quyền số; định danh điện tử VNeID."),
                Item("g", "Các Chỉ số PAR INDEX, SIPAS, PAPI, PCI, DTI và giải pháp nâng cao; các kênh tiếp nhận phản ánh, kiến nghị."),
            ],
            Channels =
            [
                Item("a", "Trang thông tin điện tử, chuyên mục cải cách hành chính; mạng xã hội Zalo, Facebook."),
                Item("b", "Hệ thống truyền thanh cơ sở."),
                Item("c", "Hội nghị, tập huấn, đối thoại với người dân, doanh nghiệp."),
                Item("d", "Pano, áp phích, băng rôn, tờ gấp."),
                Item("đ", "Niêm yết, tra cứu thủ tục hành chính tại Trung tâm Phục vụ hành chính công."),
            ],
            Reporting = new Reporting { Periods = ["quarter", "half-year", "nine-months", "year"], Via = "Phòng Văn hóa – Xã hội" },
            Funding = [$"Kinh phí thực hiện Kế hoạch bố trí trong dự toán ngân sách năm {year} của {government} và các nguồn hợp pháp khác."],
            Recipients = ["Sở Nội vụ", $"TT Đảng ủy, HĐND {kind}", $"CT, các PCT UBND {kind}", "Các cơ quan, đơn vị", "Lưu: VT"],
            Signer = new Signer { Authority = "TM. ỦY BAN NHÂN DÂN", Position = "CHỦ TỊCH" },
        };
    }

    private static PlanSection Part(string? label, string? heading, string? role, string? paragraph, params PlanSection[] children) => new()
    {
        Label = label,
        Heading = heading,
        Role = role,
        Paragraphs = paragraph is null ? [] : [paragraph],
        Children = [.. children],
    };

    private static LabeledItem Item(string label, string text) => new() { Label = label, Text = text };
}
