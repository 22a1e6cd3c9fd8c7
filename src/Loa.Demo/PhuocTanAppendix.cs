using Loa.Plans;

namespace Loa.Demo;

/// <summary>
/// Phước Tân's plan refers to an appendix of key tasks that its text does not include. The demo supplies
/// a plausible one, so that its units have tasks to record activities against; the README says so.
/// </summary>
internal static class PhuocTanAppendix
{
    public static List<PlanTask> Tasks() =>
    [
        Task(
            "1",
            "Tổ chức Chương trình đối thoại trực tiếp giữa lãnh đạo phường với người dân, doanh nghiệp về giải quyết thủ tục hành chính",
            ["Văn phòng HĐND và UBND"],
            ["Phòng Văn hóa – Xã hội", "Trung tâm Phục vụ Hành chính công"],
            "Quý III/2026",
            "01 cuộc",
            "Hội nghị đối thoại"),
        Task(
            "2",
            "Đăng tải tin, bài về cải cách hành chính trên Trang thông tin điện tử phường",
            ["Phòng Văn hóa – Xã hội"],
            ["Các phòng chuyên môn", "Trung tâm Phục vụ Hành chính công"],
            "Trong năm 2026",
            "24 tin, bài",
            "Tin, bài viết"),
        Task("3", "Xây dựng video clip hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán trực tuyến", ["Trung tâm Phục vụ Hành chính công"], ["Phòng Văn hóa – Xã hội"], "Trong năm 2026", "04 clip", "Video clip"),
        Task("4", "Tuyên truyền trực quan bằng pano, băng rôn về cải cách hành chính, chuyển đổi số", ["Phòng Văn hóa – Xã hội"], ["Các khu phố"], "Trong năm 2026", "06 pano", "Pano, băng rôn"),
        Task("5", "Niêm yết công khai, cập nhật thủ tục hành chính và bộ hồ sơ mẫu tại Trung tâm Phục vụ Hành chính công", ["Trung tâm Phục vụ Hành chính công"], [], "Thường xuyên", null, "Bảng niêm yết, máy tra cứu"),
        Task("6", "Phát thanh chuyên mục cải cách hành chính trên hệ thống truyền thanh phường", ["Phòng Văn hóa – Xã hội"], ["Các khu phố"], "Định kỳ 01 lần/quý", null, "Chuyên mục phát thanh"),
        Task("7", "Hướng dẫn đoàn viên, thanh niên sử dụng dịch vụ công trực tuyến qua Tổ công nghệ số cộng đồng", ["Đoàn Thanh niên phường"], ["Ủy ban Mặt trận Tổ quốc Việt Nam phường"], "Trong năm 2026", "04 buổi", "Buổi hướng dẫn"),
    ];

    private static PlanTask Task(
        string label,
        string name,
        List<string> lead,
        List<string> partners,
        string timeframe,
        string? quantity,
        string products) => new()
        {
            Label = label,
            Name = name,
            Lead = lead,
            Partners = partners,
            Timeframe = timeframe,
            Quantity = quantity is null ? null : Plans.Parsing.QuantityText.Parse(quantity),
            Products = products,
        };
}
