using Loa.Data;
using Loa.Domain.Accounts;

namespace Loa.Activities;

/// <summary>
/// Who may do what with a commune's activities (docs/decisions/0020). The DbContext already hides other communes'
/// activities; within what the user can see:
/// <list type="bullet">
/// <item>reading an activity and its evidence is open to everyone who sees the commune's plan (its staff and its
/// province), since every figure of progress and of the reports is traced to the activities it counts;</item>
/// <item>recording is for the coordinator (for any unit of the commune) and a unit officer (for their own unit, on a
/// task their unit leads or works on);</item>
/// <item>correcting and deleting is for the coordinator and the officers of the unit that did it — not other units,
/// even on a task they share, nor the leader or the province;</item>
/// <item>an activity the portal keeps for an article or a survey changes with that publication, never by hand.</item>
/// </list>
/// </summary>
public static class ActivityAccess
{
    public static bool MayRecord(TenantScope scope) => scope.Role is UserRole.Coordinator or UserRole.UnitOfficer;

    /// <summary>
    /// Whether the user may record an activity of <paramref name="unitId"/> on a task whose lead and partner units
    /// are <paramref name="taskUnitIds"/>.
    /// </summary>
    public static bool MayRecordFor(TenantScope scope, int unitId, IReadOnlySet<int> taskUnitIds) => scope.Role switch
    {
        UserRole.Coordinator => true,
        UserRole.UnitOfficer => scope.UnitId == unitId && taskUnitIds.Contains(unitId),
        _ => false,
    };

    /// <summary>Null when the user may correct or delete the activity; otherwise why not, in Vietnamese.</summary>
    public static string? RefusalToChange(TenantScope scope, Activity activity, ActivitySource source)
    {
        if (source.Kind != ActivitySourceKind.Recorded)
        {
            return $"Hoạt động này được ghi tự động từ {source.Describe()} trên cổng thông tin; hãy sửa hoặc gỡ {source.Describe()}, số liệu sẽ theo.";
        }

        var allowed = activity.CommuneId is not null && activity.CommuneId == scope.CommuneId && scope.Role switch
        {
            UserRole.Coordinator => true,
            UserRole.UnitOfficer => scope.UnitId == activity.UnitId,
            _ => false,
        };
        if (allowed)
        {
            return null;
        }

        return scope.Role == UserRole.UnitOfficer
            ? "Bạn chỉ sửa, xóa được hoạt động của đơn vị mình. Hoạt động này do đơn vị khác ghi nhận; nếu cần sửa, hãy báo đơn vị đó hoặc cán bộ đầu mối."
            : "Chỉ đơn vị đã thực hiện hoạt động và cán bộ đầu mối được sửa, xóa hoạt động.";
    }
}
