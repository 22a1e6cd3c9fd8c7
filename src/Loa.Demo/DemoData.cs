using Loa.Domain.Accounts;
using Loa.Reports;
using Loa.Units;

namespace Loa.Demo;

/// <summary>
/// What the demo holds: the three communes of the real plans, their units and accounts, a province officer
/// for Đồng Nai and a system administrator. Demo accounts sign in only while demo mode is on.
/// </summary>
public static class DemoData
{
    /// <summary>The one password of every demo account (demo mode only).</summary>
    public const string Password = "Loa-demo-2026";

    public const int Year = 2026;

    public static readonly IReadOnlyList<DemoCommune> Communes =
    [
        new(
            "phuoc-tan-2026.txt", "Phước Tân", "Đồng Nai", "phuoctan", "18/KH-UBND", new DateOnly(2026, 2, 10),
            [
                ("Văn phòng HĐND và UBND", UnitKind.Office),
                ("Phòng Văn hóa – Xã hội", UnitKind.Office),
                ("Phòng Kinh tế, Hạ tầng và Đô thị", UnitKind.Office),
                ("Trung tâm Phục vụ Hành chính công", UnitKind.Centre),
                ("Ủy ban Mặt trận Tổ quốc Việt Nam phường", UnitKind.MassOrganisation),
                ("Đoàn Thanh niên phường", UnitKind.MassOrganisation),
                ("Khu phố 1", UnitKind.Neighbourhood),
                ("Khu phố 2", UnitKind.Neighbourhood),
                ("Khu phố 3", UnitKind.Neighbourhood),
            ],
            "Trung tâm Phục vụ Hành chính công",
            [("lanhdao", UserRole.Leader, "Nguyễn Đắc Tuyên", null), ("daumoi", UserRole.Coordinator, "Trần Thị Mai", "Phòng Văn hóa – Xã hội")]),
        new(
            "canh-vinh-2026.txt", "Canh Vinh", "Gia Lai", "canhvinh", "25/KH-UBND", new DateOnly(2026, 3, 12),
            [
                ("Văn phòng HĐND và UBND", UnitKind.Office),
                ("Phòng Văn hóa – Xã hội", UnitKind.Office),
                ("Phòng Kinh tế", UnitKind.Office),
                ("Trung tâm Phục vụ hành chính công", UnitKind.Centre),
                ("Trung tâm Cung ứng dịch vụ sự nghiệp công", UnitKind.Centre),
                ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", UnitKind.MassOrganisation),
                ("Thôn Hiệp Hòa", UnitKind.Neighbourhood),
                ("Thôn Hiệp Vinh", UnitKind.Neighbourhood),
            ],
            "Trung tâm Cung ứng dịch vụ sự nghiệp công",
            [("lanhdao", UserRole.Leader, "Vũ Trọng Tuyên", null), ("daumoi", UserRole.Coordinator, "Lê Văn Hùng", "Phòng Văn hóa – Xã hội")]),
        new(
            "hung-phu-2026.txt", "Hưng Phú", "Cần Thơ", "hungphu", "30/KH-UBND", new DateOnly(2026, 2, 25),
            [
                ("Văn phòng HĐND và UBND", UnitKind.Office),
                ("Phòng Văn hóa – Xã hội", UnitKind.Office),
                ("Phòng Kinh tế, Hạ tầng và Đô thị", UnitKind.Office),
                ("Trung tâm Phục vụ hành chính công", UnitKind.Centre),
                ("Ủy ban Mặt trận Tổ quốc Việt Nam phường", UnitKind.MassOrganisation),
                ("Hội Liên hiệp Phụ nữ phường", UnitKind.MassOrganisation),
                ("Khu vực 1", UnitKind.Neighbourhood),
                ("Khu vực 2", UnitKind.Neighbourhood),
            ],
            "Phòng Văn hóa – Xã hội",
            [("lanhdao", UserRole.Leader, "Nguyễn Thị Trúc Linh", null), ("daumoi", UserRole.Coordinator, "Phạm Minh Tâm", "Phòng Văn hóa – Xã hội")]),
    ];

    /// <summary>The unit officers' names, one per commune, in the order of <see cref="Communes"/>.</summary>
    public static readonly IReadOnlyList<string> UnitOfficerNames = ["Đỗ Thị Hạnh", "Rơ Châm Y Phương", "Huỳnh Văn Lộc"];

    /// <summary>
    /// How far each commune has got with the reports already due (by <see cref="DemoCommune.Slug"/>). Phước Tân's
    /// quý I is left for visitors (and the browser journey) to walk from the unit to the province.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<ReportPeriodKind, DemoReportState>> Reports =
        new Dictionary<string, IReadOnlyDictionary<ReportPeriodKind, DemoReportState>>
        {
            ["phuoctan"] = new Dictionary<ReportPeriodKind, DemoReportState>
            {
                [ReportPeriodKind.HalfYear] = DemoReportState.OnTime,
                [ReportPeriodKind.NineMonths] = DemoReportState.InProgress,
            },
            ["canhvinh"] = new Dictionary<ReportPeriodKind, DemoReportState>
            {
                [ReportPeriodKind.Quarter1] = DemoReportState.OnTime,
                [ReportPeriodKind.HalfYear] = DemoReportState.OnTime,
                [ReportPeriodKind.NineMonths] = DemoReportState.Late,
            },
            ["hungphu"] = new Dictionary<ReportPeriodKind, DemoReportState>
            {
                [ReportPeriodKind.Quarter1] = DemoReportState.OnTime,
                [ReportPeriodKind.HalfYear] = DemoReportState.Late,
                [ReportPeriodKind.NineMonths] = DemoReportState.InProgress,
            },
        };

    public const string ProvinceOfficerUserName = "tinh.dongnai";

    public const string AdminUserName = "quantri";
}

/// <summary>One demo commune: its plan text, its units, the number its plan was issued with, and its accounts.</summary>
public sealed record DemoCommune(
    string PlanFile,
    string Locality,
    string ProvinceLocality,
    string Slug,
    string PlanNumber,
    DateOnly IssuedOn,
    IReadOnlyList<(string Name, UnitKind Kind)> Units,
    string UnitOfficerUnit,
    IReadOnlyList<(string Prefix, UserRole Role, string FullName, string? Unit)> Staff)
{
    public string UserName(string prefix) => $"{prefix}.{Slug}";
}
