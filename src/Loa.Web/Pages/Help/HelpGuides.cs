using Loa.Domain.Accounts;

namespace Loa.Web.Pages.Help;

/// <summary>One role's user guide: its address under /help, who it is for, and what it covers.</summary>
public sealed record HelpGuide(string Slug, UserRole Role, string Title, string Summary);

/// <summary>
/// The user guides, one page per role (Pages/Help/{Slug}.cshtml). Their screenshots live in wwwroot/help and are made by
/// the browser test HelpScreenshotTests (run with LOA_HELP_SCREENSHOTS=1 to make them again); decision record 32.
/// </summary>
public static class HelpGuides
{
    public static readonly IReadOnlyList<HelpGuide> All =
    [
        new("coordinator", UserRole.Coordinator, "Cán bộ đầu mối (Phòng Văn hóa – Xã hội)",
            "Lập hoặc nhập kế hoạch, quản lý đơn vị, theo dõi tiến độ, tổng hợp báo cáo, cổng thông tin."),
        new("unit-officer", UserRole.UnitOfficer, "Cán bộ đơn vị",
            "Xem nhiệm vụ của đơn vị, ghi nhận hoạt động kèm minh chứng, làm báo cáo của đơn vị."),
        new("leader", UserRole.Leader, "Lãnh đạo xã, phường",
            "Duyệt và ban hành kế hoạch, xem tổng quan thực hiện, ký gửi báo cáo."),
        new("province", UserRole.ProvinceOfficer, "Cán bộ tỉnh",
            "Theo dõi các xã, phường của tỉnh, đôn đốc, nhận báo cáo, đưa xã, phường vào sử dụng Loa."),
        new("admin", UserRole.SystemAdmin, "Quản trị hệ thống",
            "Tạo và khóa tài khoản, xem nhật ký, sao lưu."),
    ];

    public static HelpGuide? For(UserRole? role) => All.FirstOrDefault(g => g.Role == role);
}
