using Loa.Domain.Geography;
using Loa.Portal;

namespace Loa.Demo;

/// <summary>What a demo commune's portal says about it: plausible, and marked as demo data where it could be mistaken for real.</summary>
internal static class DemoPortal
{
    public static PortalProfile Profile(Commune commune, string areaCode, DateTime now) => new()
    {
        ProvinceId = commune.ProvinceId,
        CommuneId = commune.Id,
        Intro = $"Chào mừng bạn đến với trang cải cách hành chính của {commune.Name}. Tại đây, người dân và doanh nghiệp tra cứu thủ tục hành chính, " +
            "nộp hồ sơ trực tuyến, gửi phản ánh, kiến nghị, theo dõi kết quả thực hiện kế hoạch tuyên truyền và tham gia khảo sát sự hài lòng.",
        Address = $"Bộ phận Một cửa, Trụ sở UBND {commune.Kind.Word()} {commune.Locality}",
        OfficeHours = "Sáng 7h30–11h30, chiều 13h30–17h00, từ thứ Hai đến thứ Sáu; sáng thứ Bảy tiếp nhận hồ sơ hộ tịch",
        Hotline = $"{areaCode} 3800 {commune.Code[..3]}",
        Email = $"motcua.{Text.VietnameseText.FoldWords(commune.Locality).Replace(" ", "", StringComparison.Ordinal)}@example.gov.vn",
        Channels =
        [
            $"Hộp thư góp ý đặt tại Bộ phận Một cửa UBND {commune.Kind.Word()} {commune.Locality}",
            "Tổng đài 1022 của tỉnh (tiếp nhận phản ánh, kiến nghị 24/7)",
            "Cổng Dịch vụ công quốc gia: mục Phản ánh, kiến nghị",
            "Số điện thoại, địa chỉ thư điện tử trên đây là số liệu trình diễn.",
        ],
        UpdatedAt = now,
    };
}
