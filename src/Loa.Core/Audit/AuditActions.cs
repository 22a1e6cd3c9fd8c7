namespace Loa.Audit;

/// <summary>
/// The actions the audit log holds, in Vietnamese, in one place: the label of each action string the code writes, the
/// groups the audit page filters by, and the names of the records the entries are about.
/// </summary>
public static class AuditActions
{
    public const string Export = "audit-export";

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["login"] = "Đăng nhập",
        ["login-password"] = "Đúng mật khẩu, chờ mã xác thực hai bước",
        ["login-failed"] = "Đăng nhập không thành công",
        ["login-locked"] = "Tạm dừng đăng nhập sau nhiều lần sai",
        ["login-refused"] = "Từ chối đăng nhập (đang tạm dừng)",
        ["login-throttled"] = "Chặn đăng nhập vì thử sai quá nhiều",
        ["login-2fa-failed"] = "Sai mã xác thực hai bước",
        ["login-2fa-throttled"] = "Chặn nhập mã xác thực vì sai quá nhiều",
        ["logout"] = "Đăng xuất",
        ["denied"] = "Bị từ chối",
        ["create"] = "Tạo mới",
        ["update"] = "Sửa",
        ["delete"] = "Xóa",
        ["delete-evidence"] = "Xóa tệp minh chứng",
        ["submit"] = "Trình duyệt",
        ["approve"] = "Duyệt",
        ["return"] = "Trả lại",
        ["issue"] = "Ban hành kế hoạch",
        ["send"] = "Gửi báo cáo lên tỉnh",
        ["remind-late-communes"] = "Nhắc các xã, phường chậm",
        ["portal-service-on"] = "Bật sử dụng Loa cho xã, phường (nhận phản ánh, khảo sát)",
        ["portal-service-off"] = "Tắt sử dụng Loa của xã, phường",
        ["feedback-assign"] = "Giao xử lý phản ánh",
        ["feedback-answer"] = "Dự thảo trả lời phản ánh",
        ["feedback-return"] = "Trả lại dự thảo trả lời phản ánh",
        ["feedback-approve"] = "Duyệt trả lời phản ánh",
        ["feedback-publish"] = "Công khai trả lời phản ánh",
        ["feedback-unpublish"] = "Gỡ công khai trả lời phản ánh",
        ["feedback-reject"] = "Đóng phản ánh, hướng dẫn thủ tục khác",
        ["password-changed"] = "Đổi mật khẩu",
        ["password-change-failed"] = "Đổi mật khẩu không thành công",
        ["password-confirm-failed"] = "Nhập lại mật khẩu không đúng",
        ["password-reset-requested"] = "Yêu cầu đặt lại mật khẩu",
        ["password-reset-throttled"] = "Chặn yêu cầu đặt lại mật khẩu vì quá nhiều",
        ["password-reset"] = "Đặt lại mật khẩu",
        ["password-set-by-admin"] = "Quản trị viên đặt mật khẩu tạm",
        ["2fa-enabled"] = "Bật xác thực hai bước",
        ["2fa-disabled"] = "Tắt xác thực hai bước",
        ["2fa-enrol-failed"] = "Bật xác thực hai bước không thành công",
        ["2fa-recovery-codes"] = "Tạo mã khôi phục mới",
        ["account-disabled"] = "Khóa tài khoản",
        ["account-enabled"] = "Mở khóa tài khoản",
        [Export] = "Tải nhật ký hệ thống",
    };

    private static readonly Dictionary<string, string> Records = new(StringComparer.Ordinal)
    {
        ["Plan"] = "Kế hoạch",
        ["KeyTask"] = "Nhiệm vụ",
        ["Activity"] = "Hoạt động",
        ["EvidenceFile"] = "Tệp minh chứng",
        ["Unit"] = "Đơn vị",
        ["IndexResult"] = "Kết quả chỉ số",
        ["Feedback"] = "Phản ánh, kiến nghị",
        ["FeedbackAttachment"] = "Tệp đính kèm phản ánh",
        ["Article"] = "Tin, bài",
        ["ArticleCategory"] = "Chuyên mục tin",
        ["Procedure"] = "Thủ tục hành chính",
        ["CommuneProcedure"] = "Thủ tục của xã",
        ["Province"] = "Tỉnh, thành phố",
        ["Commune"] = "Xã, phường",
        ["User"] = "Tài khoản",
        ["Survey"] = "Khảo sát, cuộc thi",
        ["UnitReport"] = "Báo cáo của đơn vị",
        ["CommuneReport"] = "Báo cáo của xã",
    };

    /// <summary>The groups of the filter, then every action on its own.</summary>
    public static IReadOnlyList<AuditActionGroup> Groups { get; } =
    [
        new("dang-nhap-loi", "Mọi lần đăng nhập không thành công",
            ["login-failed", "login-locked", "login-refused", "login-throttled", "login-2fa-failed", "login-2fa-throttled"]),
        new("thay-doi", "Mọi thay đổi dữ liệu (tạo, sửa, xóa)", ["create", "update", "delete", "delete-evidence"]),
        new("tai-khoan", "Tài khoản, mật khẩu, xác thực hai bước",
        [
            "password-changed", "password-change-failed", "password-confirm-failed", "password-reset-requested", "password-reset-throttled",
            "password-reset", "password-set-by-admin", "2fa-enabled", "2fa-disabled", "2fa-enrol-failed", "2fa-recovery-codes",
            "account-disabled", "account-enabled",
        ]),
        new("quy-trinh", "Trình, duyệt, ban hành, gửi, xử lý phản ánh",
        [
            "submit", "approve", "return", "issue", "send", "remind-late-communes", "feedback-assign", "feedback-answer", "feedback-return",
            "feedback-approve", "feedback-publish", "feedback-unpublish", "feedback-reject",
            "portal-service-on", "portal-service-off",
        ]),
        new("tu-choi", "Bị từ chối (không có quyền, không tìm thấy)", ["denied"]),
    ];

    /// <summary>Every action with a label, in the order of the list above.</summary>
    public static IReadOnlyCollection<string> Known => Labels.Keys;

    /// <summary>The Vietnamese label of an action; an action without one (written by newer code) shows as it is stored.</summary>
    public static string Label(string? action) =>
        action is null ? "" : Labels.TryGetValue(action, out var label) ? label : action;

    /// <summary>The Vietnamese name of the kind of record an entry is about ("Plan" → "Kế hoạch").</summary>
    public static string RecordLabel(string? entityType) =>
        entityType is null ? "" : Records.TryGetValue(entityType, out var label) ? label : entityType;

    /// <summary>The actions a choice of the filter stands for: a group's or a known action; null for no choice or an unknown one.</summary>
    public static IReadOnlyList<string>? Resolve(string? choice)
    {
        var key = choice?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        return Groups.FirstOrDefault(g => g.Key == key)?.Actions ?? (Labels.ContainsKey(key) ? [key] : null);
    }
}

/// <summary>A group of actions offered by the filter ("every failed sign-in").</summary>
public sealed record AuditActionGroup(string Key, string Label, IReadOnlyList<string> Actions);
