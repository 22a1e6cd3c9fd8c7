using Loa.Data;
using Loa.Domain.Accounts;

namespace Loa.Search;

/// <summary>The kinds of things the staff search finds, in the order the results page shows them.</summary>
public enum SearchKind
{
    Plan,
    Task,
    Activity,
    Report,
    Feedback,
    Article,
}

public static class SearchKindText
{
    public static string Label(this SearchKind kind) => kind switch
    {
        SearchKind.Plan => "Kế hoạch",
        SearchKind.Task => "Nhiệm vụ",
        SearchKind.Activity => "Hoạt động",
        SearchKind.Report => "Báo cáo",
        SearchKind.Feedback => "Phản ánh, kiến nghị",
        _ => "Tin, bài",
    };

    /// <summary>The code used in the address (<c>/search?q=…&amp;loai=nhiem-vu</c>).</summary>
    public static string Code(this SearchKind kind) => kind switch
    {
        SearchKind.Plan => "ke-hoach",
        SearchKind.Task => "nhiem-vu",
        SearchKind.Activity => "hoat-dong",
        SearchKind.Report => "bao-cao",
        SearchKind.Feedback => "phan-anh",
        _ => "tin-bai",
    };

    public static SearchKind? FromCode(string? code) => Enum.GetValues<SearchKind>().Where(k => k.Code() == code).Select(k => (SearchKind?)k).FirstOrDefault();
}

/// <summary>
/// Which kinds a person's search covers, the same as the pages they may open: the tenant filter already keeps every
/// row to their commune (or their province's communes); on top of it, feedback is for commune staff (a unit officer
/// only their unit's), news for the coordinator and the leader, and a unit officer sees the unit reports of their own unit.
/// </summary>
public static class SearchAccess
{
    public static IReadOnlyList<SearchKind> Kinds(TenantScope scope) => scope.Role switch
    {
        UserRole.Leader or UserRole.Coordinator => Enum.GetValues<SearchKind>(),
        UserRole.UnitOfficer => [SearchKind.Plan, SearchKind.Task, SearchKind.Activity, SearchKind.Report, SearchKind.Feedback],
        UserRole.ProvinceOfficer => [SearchKind.Plan, SearchKind.Task, SearchKind.Activity, SearchKind.Report],
        _ => [],
    };

    /// <summary>Whether the person sees a feedback assigned to <paramref name="assignedUnitId"/> (besides the tenant filter).</summary>
    public static bool SeesFeedback(TenantScope scope, int? assignedUnitId) => scope.Role switch
    {
        UserRole.Leader or UserRole.Coordinator => true,
        UserRole.UnitOfficer => scope.UnitId is not null && assignedUnitId == scope.UnitId,
        _ => false,
    };

    /// <summary>Whether the person sees the report of unit <paramref name="unitId"/> in a search (a unit officer: their own unit's).</summary>
    public static bool SeesUnitReport(TenantScope scope, int unitId) => scope.Role switch
    {
        UserRole.UnitOfficer => scope.UnitId == unitId,
        UserRole.Leader or UserRole.Coordinator or UserRole.ProvinceOfficer => true,
        _ => false,
    };
}
