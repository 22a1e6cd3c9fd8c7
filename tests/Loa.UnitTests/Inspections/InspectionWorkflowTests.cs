using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Inspections;

namespace Loa.UnitTests.Inspections;

/// <summary>Each step of an inspection, by state and role: who may, what it does, and the Vietnamese refusal otherwise.</summary>
public sealed class InspectionWorkflowTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly DateTime Now = new(2026, 11, 20, 3, 0, 0, DateTimeKind.Utc);

    private static TenantScope Province(int province = 1) => new() { Role = UserRole.ProvinceOfficer, ProvinceId = province, UserName = "tinh" };

    private static TenantScope Commune(UserRole role, int commune = 10) => new() { Role = role, ProvinceId = 1, CommuneId = commune, UserName = "xa" };

    private static Inspection NewInspection(InspectionStatus status = InspectionStatus.Open) => new()
    {
        Id = 5,
        ProvinceId = 1,
        CommuneId = 10,
        Year = 2026,
        Status = status,
        Entries =
        [
            new InspectionEntry { Title = "Kế hoạch", Kind = ChecklistItemKind.Computed, Measure = ChecklistMeasure.PlanOnTime, MaxScore = 10 },
            new InspectionEntry { Title = "Niêm yết", Kind = ChecklistItemKind.Answered, MaxScore = 5 },
        ],
    };

    private static CommuneFacts Facts(DateOnly day) =>
        new(day, new DateOnly(2026, 3, 31), new PlanFact(7, "KH", true, new DateOnly(2026, 3, 1), "05/KH-UBND"), [], [], [], [], [], []);

    [Theory]
    [InlineData(UserRole.Coordinator, true)]
    [InlineData(UserRole.Leader, true)]
    [InlineData(UserRole.UnitOfficer, false)]
    public void The_communes_coordinator_and_leader_answer_while_open(UserRole role, bool allowed)
    {
        Assert.Equal(allowed, InspectionWorkflow.Refusal(InspectionStep.Answer, NewInspection(), Commune(role), Today) is null);
    }

    [Fact]
    public void Another_commune_or_province_may_not_answer_nor_inspect()
    {
        var inspection = NewInspection();

        var otherCommune = Commune(UserRole.Coordinator, commune: 11);
        Assert.Equal(InspectionWorkflow.NotAllowed, InspectionWorkflow.Refusal(InspectionStep.Answer, inspection, otherCommune, Today));
        Assert.Equal(InspectionWorkflow.NotAllowed, InspectionWorkflow.Refusal(InspectionStep.Answer, inspection, Province(province: 2), Today));
        Assert.Equal(InspectionWorkflow.NotAllowed, InspectionWorkflow.Refusal(InspectionStep.Visit, inspection, Province(province: 2), Today, Today));
        Assert.Equal(InspectionWorkflow.NotAllowed, InspectionWorkflow.Refusal(InspectionStep.Visit, inspection, Commune(UserRole.Leader), Today, Today));
    }

    [Fact]
    public void Answers_are_refused_once_the_results_are_frozen()
    {
        Assert.Contains("đã chốt", InspectionWorkflow.Refusal(InspectionStep.Answer, NewInspection(InspectionStatus.Visited), Commune(UserRole.Coordinator), Today));
        Assert.NotNull(InspectionWorkflow.Refusal(InspectionStep.Answer, NewInspection(InspectionStatus.Closed), Province(), Today));
    }

    [Fact]
    public void The_visit_freezes_the_computed_entries_with_the_visit_days_facts_and_scores_them()
    {
        var inspection = NewInspection();
        var visit = new DateOnly(2026, 11, 18);

        var refusal = InspectionWorkflow.Apply(InspectionStep.Visit, inspection, Province(), Now, Today, visit, Facts(visit));

        Assert.Null(refusal);
        Assert.Equal(InspectionStatus.Visited, inspection.Status);
        Assert.Equal(visit, inspection.VisitOn);
        Assert.Equal(Now, inspection.FrozenAt);
        var computed = inspection.Entries[0];
        Assert.Equal(ItemVerdict.Met, computed.Verdict);
        Assert.Equal(10, computed.Score);
        Assert.Contains("05/KH-UBND", computed.Value, StringComparison.Ordinal);
        Assert.Equal(["Kế hoạch: KH\t/plans/details/7"], computed.Details);
        Assert.Null(inspection.Entries[1].Verdict);
        Assert.Null(inspection.Entries[1].Score);
    }

    [Fact]
    public void The_visit_day_must_be_given_not_in_the_future_and_in_the_year_or_the_next()
    {
        var inspection = NewInspection();

        Assert.Equal("Hãy nhập ngày kiểm tra.", InspectionWorkflow.Refusal(InspectionStep.Visit, inspection, Province(), Today));
        Assert.Equal("Ngày kiểm tra không được sau hôm nay.", InspectionWorkflow.Refusal(InspectionStep.Visit, inspection, Province(), Today, Today.AddDays(1)));
        Assert.Contains("năm 2026", InspectionWorkflow.Refusal(InspectionStep.Visit, inspection, Province(), Today, new DateOnly(2025, 12, 1)));
        Assert.Equal(InspectionStatus.Open, inspection.Status);
    }

    [Fact]
    public void Closing_needs_a_conclusion_and_every_score_then_stamps_the_time()
    {
        var inspection = NewInspection(InspectionStatus.Visited);
        inspection.Entries[0].Score = 10;

        Assert.Contains("kết luận", InspectionWorkflow.Apply(InspectionStep.Close, inspection, Province(), Now, Today));
        inspection.Conclusion = "Xã thực hiện tốt.";
        Assert.Contains("chấm điểm", InspectionWorkflow.Apply(InspectionStep.Close, inspection, Province(), Now, Today));
        inspection.Entries[1].Score = 4.5m;

        Assert.Null(InspectionWorkflow.Apply(InspectionStep.Close, inspection, Province(), Now, Today));
        Assert.Equal(InspectionStatus.Closed, inspection.Status);
        Assert.Equal(Now, inspection.ClosedAt);
        Assert.Contains("hoàn thành", InspectionWorkflow.Refusal(InspectionStep.Review, inspection, Province(), Today));
        Assert.NotNull(InspectionWorkflow.Refusal(InspectionStep.Reopen, inspection, Province(), Today));
    }

    [Fact]
    public void Review_before_the_visit_is_refused_and_reopening_thaws_the_frozen_results()
    {
        Assert.Contains("ngày kiểm tra", InspectionWorkflow.Refusal(InspectionStep.Review, NewInspection(), Province(), Today));
        var inspection = NewInspection();
        InspectionWorkflow.Apply(InspectionStep.Visit, inspection, Province(), Now, Today, Today, Facts(Today));

        Assert.Null(InspectionWorkflow.Apply(InspectionStep.Reopen, inspection, Province(), Now, Today));

        Assert.Equal(InspectionStatus.Open, inspection.Status);
        Assert.Null(inspection.VisitOn);
        Assert.Null(inspection.Entries[0].Verdict);
        Assert.Empty(inspection.Entries[0].Details);
    }
}
