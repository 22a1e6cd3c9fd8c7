using Loa.Activities;
using Loa.Data;
using Loa.Domain.Accounts;

namespace Loa.UnitTests.Activities;

/// <summary>Who may correct or delete an activity, and record one: the rule of docs/decisions/0020, case by case.</summary>
public sealed class ActivityAccessTests
{
    private const int Commune = 7;
    private const int ServiceCentre = 11;
    private const int CultureOffice = 12;

    private static readonly Activity CentresActivity = new() { Id = 1, CommuneId = Commune, UnitId = ServiceCentre };

    public static TheoryData<string, UserRole, int?, int?, bool> ChangeCases() => new()
    {
        { "the coordinator of the commune", UserRole.Coordinator, Commune, CultureOffice, true },
        { "an officer of the unit that did it", UserRole.UnitOfficer, Commune, ServiceCentre, true },
        { "an officer of another unit of the commune", UserRole.UnitOfficer, Commune, CultureOffice, false },
        { "an officer bound to no unit", UserRole.UnitOfficer, Commune, null, false },
        { "the leader", UserRole.Leader, Commune, null, false },
        { "the province officer", UserRole.ProvinceOfficer, null, null, false },
        { "the coordinator of another commune", UserRole.Coordinator, Commune + 1, CultureOffice, false },
        { "an officer of a unit with the same id in another commune", UserRole.UnitOfficer, Commune + 1, ServiceCentre, false },
    };

    [Theory]
    [MemberData(nameof(ChangeCases))]
    public void Correcting_and_deleting_a_recorded_activity(string who, UserRole role, int? commune, int? unit, bool allowed)
    {
        var scope = new TenantScope { Role = role, CommuneId = commune, UnitId = unit, ProvinceId = 1 };

        var refusal = ActivityAccess.RefusalToChange(scope, CentresActivity, ActivitySource.Recorded);

        Assert.True(allowed == (refusal is null), $"{who}: {refusal ?? "allowed"}");
    }

    [Fact]
    public void An_officer_of_another_unit_is_told_whose_it_is_and_whom_to_ask()
    {
        var scope = new TenantScope { Role = UserRole.UnitOfficer, CommuneId = Commune, UnitId = CultureOffice };

        Assert.Contains("chỉ sửa, xóa được hoạt động của đơn vị mình", ActivityAccess.RefusalToChange(scope, CentresActivity, ActivitySource.Recorded), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ActivitySourceKind.Article, "bài viết")]
    [InlineData(ActivitySourceKind.Survey, "khảo sát, cuộc thi")]
    public void An_activity_kept_by_the_portal_is_changed_by_nobody_by_hand_not_even_the_coordinator(ActivitySourceKind kind, string publication)
    {
        var coordinator = new TenantScope { Role = UserRole.Coordinator, CommuneId = Commune };

        var refusal = ActivityAccess.RefusalToChange(coordinator, CentresActivity, new ActivitySource(kind, 5, "Tin mới"));

        Assert.NotNull(refusal);
        Assert.Contains(publication, refusal, StringComparison.Ordinal);
    }

    public static TheoryData<string, UserRole, int?, int, bool> RecordCases() => new()
    {
        { "the coordinator, for a unit the task names", UserRole.Coordinator, CultureOffice, ServiceCentre, true },
        { "the coordinator, for a unit the task does not name", UserRole.Coordinator, CultureOffice, 99, true },
        { "an officer, for their unit that leads or works on the task", UserRole.UnitOfficer, ServiceCentre, ServiceCentre, true },
        { "an officer, for another unit the task names", UserRole.UnitOfficer, ServiceCentre, CultureOffice, false },
        { "an officer of a unit the task does not name, for their own unit", UserRole.UnitOfficer, 99, 99, false },
        { "the leader", UserRole.Leader, null, ServiceCentre, false },
        { "the province officer", UserRole.ProvinceOfficer, null, ServiceCentre, false },
    };

    [Theory]
    [MemberData(nameof(RecordCases))]
    public void Recording_for_a_unit_on_a_task(string who, UserRole role, int? userUnit, int forUnit, bool allowed)
    {
        var scope = new TenantScope { Role = role, CommuneId = Commune, UnitId = userUnit };
        var taskUnits = new HashSet<int> { ServiceCentre, CultureOffice };

        Assert.True(allowed == ActivityAccess.MayRecordFor(scope, forUnit, taskUnits), who);
    }
}
