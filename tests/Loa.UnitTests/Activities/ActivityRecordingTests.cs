using Loa.Activities;
using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Plans;
using Loa.Units;

namespace Loa.UnitTests.Activities;

/// <summary>Recording an activity on a key task: for which units, on which plans, from which date.</summary>
public sealed class ActivityRecordingTests
{
    private const int Commune = 7;
    private static readonly DateOnly Today = new(2026, 7, 2);

    private static readonly Unit CultureOffice = new() { Id = 11, CommuneId = Commune, Name = "Phòng Văn hóa - Xã hội" };
    private static readonly Unit ServiceCentre = new() { Id = 12, CommuneId = Commune, Name = "Trung tâm Phục vụ hành chính công" };
    private static readonly Unit Economy = new() { Id = 13, CommuneId = Commune, Name = "Phòng Kinh tế" };
    private static readonly Unit Youth = new() { Id = 14, CommuneId = Commune, Name = "Đoàn Thanh niên" };
    private static readonly Unit[] AllUnits = [CultureOffice, ServiceCentre, Economy, Youth];

    private static Plan IssuedPlan(int year = 2026) => new() { Id = 1, CommuneId = Commune, Status = PlanStatus.Issued, Year = year };

    /// <summary>Task 2.1 led by the service centre; its parent row 2 has Youth as partner.</summary>
    private static KeyTask SubTask()
    {
        var parent = new KeyTask
        {
            Id = 20,
            Units = [new KeyTaskUnit { Role = TaskUnitRole.Partner, UnitId = Youth.Id }, new KeyTaskUnit { Role = TaskUnitRole.Partner, Name = "Khu phố 3" }],
        };
        return new KeyTask { Id = 21, Parent = parent, ParentId = 20, Units = [new KeyTaskUnit { Role = TaskUnitRole.Lead, UnitId = ServiceCentre.Id }] };
    }

    private static TenantScope Coordinator => new() { Role = UserRole.Coordinator, CommuneId = Commune, ProvinceId = 1 };

    private static TenantScope OfficerOf(Unit unit) => new() { Role = UserRole.UnitOfficer, CommuneId = Commune, ProvinceId = 1, UnitId = unit.Id };

    [Fact]
    public void The_units_of_a_task_are_its_own_and_its_parent_rows_named_units()
    {
        Assert.Equal(new HashSet<int> { ServiceCentre.Id, Youth.Id }, ActivityRecording.TaskUnitIds(SubTask()));
    }

    [Fact]
    public void The_coordinator_records_for_every_unit_the_tasks_own_first_then_by_name()
    {
        var recording = new ActivityRecording(Coordinator, SubTask(), IssuedPlan(), AllUnits);

        Assert.Equal(["Đoàn Thanh niên", "Trung tâm Phục vụ hành chính công", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội"], recording.Units.Select(u => u.Name));
        Assert.Equal(Youth.Id, recording.DefaultUnitId);
        Assert.True(recording.MayUse(Economy.Id));
        Assert.Null(recording.Refusal(Today));
    }

    [Theory]
    [InlineData(12, true)]
    [InlineData(14, true)]
    [InlineData(11, false)]
    [InlineData(13, false)]
    public void A_unit_officer_records_only_for_their_unit_when_it_leads_or_helps(int unitId, bool allowed)
    {
        var unit = AllUnits.Single(u => u.Id == unitId);

        var recording = new ActivityRecording(OfficerOf(unit), SubTask(), IssuedPlan(), [unit]);

        Assert.Equal(allowed, recording.MayUse(unitId));
        Assert.Equal(allowed ? null : "Đơn vị của bạn không chủ trì hay phối hợp nhiệm vụ này.", recording.Refusal(Today));
    }

    [Fact]
    public void A_unit_officer_never_records_for_another_unit_even_one_of_the_task()
    {
        var recording = new ActivityRecording(OfficerOf(Youth), SubTask(), IssuedPlan(), AllUnits);

        Assert.Equal([Youth.Id], recording.Units.Select(u => u.Id));
        Assert.False(recording.MayUse(ServiceCentre.Id));
        Assert.False(recording.MayUse(null));
    }

    [Theory]
    [InlineData(UserRole.Leader)]
    [InlineData(UserRole.ProvinceOfficer)]
    [InlineData(UserRole.SystemAdmin)]
    public void Nobody_else_records(UserRole role)
    {
        var recording = new ActivityRecording(new TenantScope { Role = role, CommuneId = Commune }, SubTask(), IssuedPlan(), AllUnits);

        Assert.Empty(recording.Units);
        Assert.NotNull(recording.Refusal(Today));
    }

    [Theory]
    [InlineData(PlanStatus.Draft)]
    [InlineData(PlanStatus.Submitted)]
    [InlineData(PlanStatus.Approved)]
    public void A_plan_not_yet_issued_takes_no_activity(PlanStatus status)
    {
        var plan = IssuedPlan();
        plan.Status = status;

        var refusal = new ActivityRecording(Coordinator, SubTask(), plan, AllUnits).Refusal(Today);

        Assert.Equal("Kế hoạch chưa ban hành nên chưa ghi nhận kết quả được.", refusal);
    }

    [Theory]
    [InlineData(PlanLevel.Province)]
    [InlineData(PlanLevel.Unit)]
    public void Only_the_communes_plan_takes_activities(PlanLevel level)
    {
        var plan = IssuedPlan();
        (plan.CommuneId, plan.UnitId) = level == PlanLevel.Province ? ((int?)null, (int?)null) : (Commune, ServiceCentre.Id);
        Assert.Equal(level, plan.Level);

        var refusal = new ActivityRecording(Coordinator, SubTask(), plan, AllUnits).Refusal(Today);

        Assert.StartsWith("Kết quả được ghi nhận theo kế hoạch của xã, phường", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_years_plan_takes_activities_from_its_first_day()
    {
        var recording = new ActivityRecording(Coordinator, SubTask(), IssuedPlan(2027), AllUnits);

        Assert.Equal(
            "Kế hoạch năm 2027 chưa bắt đầu: kết quả được ghi nhận từ ngày 01/01/2027. Việc làm trong năm 2026 ghi vào kế hoạch năm 2026.",
            recording.Refusal(Today));
        Assert.Null(recording.Refusal(new DateOnly(2027, 1, 1)));
    }

    [Theory]
    [InlineData(2026, "2026-07-02")]
    [InlineData(2025, "2025-12-31")]
    public void A_new_activity_starts_today_or_on_the_last_day_of_a_past_plan_year(int year, string expected)
    {
        var recording = new ActivityRecording(Coordinator, SubTask(), IssuedPlan(year), AllUnits);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), recording.DefaultDate(Today));
    }
}
