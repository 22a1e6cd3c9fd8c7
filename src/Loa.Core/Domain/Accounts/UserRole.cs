namespace Loa.Domain.Accounts;

public enum UserRole
{
    /// <summary>Quản trị hệ thống: provinces, communes, accounts.</summary>
    SystemAdmin = 1,

    /// <summary>Cán bộ tỉnh (Sở Nội vụ / UBND tỉnh): sees its communes, read-only.</summary>
    ProvinceOfficer = 2,

    /// <summary>Lãnh đạo (Chủ tịch / Phó Chủ tịch): approves and issues.</summary>
    Leader = 3,

    /// <summary>Cán bộ đầu mối (Phòng Văn hóa – Xã hội): drafts the plan, assigns tasks, manages units.</summary>
    Coordinator = 4,

    /// <summary>Cán bộ đơn vị: records what its unit did.</summary>
    UnitOfficer = 5,

    /// <summary>Cán bộ Bộ Nội vụ: reads every province's and commune's figures, writes no commune's data (decision record 39).</summary>
    NationalOfficer = 6,
}

public static class UserRoleText
{
    public static string Label(this UserRole role) => role switch
    {
        UserRole.SystemAdmin => "Quản trị hệ thống",
        UserRole.ProvinceOfficer => "Cán bộ tỉnh",
        UserRole.Leader => "Lãnh đạo",
        UserRole.Coordinator => "Cán bộ đầu mối (Văn hóa – Xã hội)",
        UserRole.UnitOfficer => "Cán bộ đơn vị",
        UserRole.NationalOfficer => "Cán bộ Bộ Nội vụ",
        _ => role.ToString(),
    };
}
