using System.Globalization;
using Loa.Plans;
using Loa.Plans.Progress;

namespace Loa.UnitTests.Plans.Progress;

/// <summary>Progress of a whole plan: rows with sub-rows (4 with 4.1 … 4.4) are judged by what their sub-rows do.</summary>
public sealed class PlanProgressTests
{
    [Fact]
    public void Every_task_of_the_plan_gets_a_progress()
    {
        var plan = NewPlan();
        var parent = AddTask(plan, 1, "Trong năm 2026");
        AddTask(plan, 2, null, parent: parent);
        AddTask(plan, 3, "Thường xuyên");

        var progress = PlanProgress.Evaluate(plan, [], D("2026-03-01"));

        Assert.Equal([1, 2, 3], progress.Keys.Order());
    }

    [Fact]
    public void A_parent_with_a_target_counts_the_activities_of_its_sub_rows()
    {
        var plan = NewPlan();
        var parent = AddTask(plan, 1, "Trong năm 2026", target: 4);
        AddTask(plan, 2, null, parent: parent);
        AddTask(plan, 3, null, parent: parent);

        var progress = PlanProgress.Evaluate(plan, [(2, D("2026-03-01"), 2), (3, D("2026-04-01"), 1), (1, D("2026-04-02"), 1)], D("2026-05-01"));

        Assert.Equal(4, progress[1].Done);
        Assert.Equal(3, progress[1].ActivityCount);
        Assert.Equal(ProgressStatus.Completed, progress[1].Status);
        Assert.Equal(2, progress[2].Done);
        Assert.Equal(1, progress[3].Done);
    }

    [Fact]
    public void A_parent_counts_activities_of_sub_rows_of_its_sub_rows()
    {
        var plan = NewPlan();
        var top = AddTask(plan, 1, "Trong năm 2026", target: 3);
        var middle = AddTask(plan, 2, null, parent: top);
        AddTask(plan, 3, null, parent: middle);

        var progress = PlanProgress.Evaluate(plan, [(3, D("2026-03-01"), 3)], D("2026-05-01"));

        Assert.Equal(3, progress[1].Done);
        Assert.Equal(3, progress[2].Done);
        Assert.Equal(ProgressStatus.Completed, progress[1].Status);
    }

    [Fact]
    public void A_parent_is_late_when_one_of_its_sub_rows_is_late()
    {
        var plan = NewPlan();
        var parent = AddTask(plan, 1, "Thường xuyên");
        AddTask(plan, 2, "Quý I/2026", target: 2, parent: parent);
        AddTask(plan, 3, "Trong năm 2026", target: 1, parent: parent);

        var progress = PlanProgress.Evaluate(plan, [(3, D("2026-03-15"), 1)], D("2026-04-15"));

        Assert.Equal(ProgressStatus.Overdue, progress[2].Status);
        Assert.Equal(ProgressStatus.Completed, progress[3].Status);
        Assert.True(progress[1].IsLate);
        Assert.Equal(ProgressStatus.Overdue, progress[1].Status);
        Assert.Contains("1/2", progress[1].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parent_whose_sub_rows_are_all_completed_is_completed()
    {
        var plan = NewPlan();
        var parent = AddTask(plan, 1, "Trong năm 2026");
        AddTask(plan, 2, null, target: 1, parent: parent);
        AddTask(plan, 3, null, target: 2, parent: parent);

        var progress = PlanProgress.Evaluate(plan, [(2, D("2026-02-01"), 1), (3, D("2026-03-01"), 2)], D("2026-04-01"));

        Assert.Equal(ProgressStatus.Completed, progress[1].Status);
    }

    [Fact]
    public void A_parent_with_sub_rows_on_time_is_not_late()
    {
        var plan = NewPlan();
        var parent = AddTask(plan, 1, "Định kỳ 01 lần/quý");
        AddTask(plan, 2, null, parent: parent);
        AddTask(plan, 3, null, parent: parent);

        var progress = PlanProgress.Evaluate(plan, [(2, D("2026-02-01"), 1), (3, D("2026-03-01"), 1)], D("2026-04-15"));

        Assert.Equal(ProgressStatus.OnTrack, progress[2].Status);
        Assert.Equal(ProgressStatus.OnTrack, progress[3].Status);
        Assert.False(progress[1].IsLate);
    }

    [Fact]
    public void A_sub_row_without_a_timeframe_takes_its_parents()
    {
        var plan = NewPlan();
        var parent = AddTask(plan, 1, "Quý I/2026");
        AddTask(plan, 2, null, target: 1, parent: parent);

        var progress = PlanProgress.Evaluate(plan, [], D("2026-04-15"));

        // over the whole year one item would still be on time in April; over the first quarter it is overdue
        Assert.Equal(ProgressStatus.Overdue, progress[2].Status);
        Assert.Equal(1, progress[2].TimeElapsed);
    }

    [Fact]
    public void A_sub_row_of_a_sub_row_without_a_timeframe_takes_the_nearest_one()
    {
        var plan = NewPlan();
        var top = AddTask(plan, 1, "Trong năm 2026");
        var middle = AddTask(plan, 2, "Định kỳ 01 lần/quý", parent: top);
        AddTask(plan, 3, null, parent: middle);

        var progress = PlanProgress.Evaluate(plan, [], D("2026-04-15"));

        Assert.Equal(ProgressStatus.Behind, progress[3].Status);
        Assert.Contains("quý 1", progress[3].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sub_row_with_its_own_timeframe_keeps_it()
    {
        var plan = NewPlan();
        var parent = AddTask(plan, 1, "Quý I/2026");
        AddTask(plan, 2, "Quý IV/2026", target: 1, parent: parent);

        var progress = PlanProgress.Evaluate(plan, [], D("2026-04-15"));

        Assert.Equal(ProgressStatus.NotStarted, progress[2].Status);
    }

    [Fact]
    public void Activities_of_other_tasks_are_not_counted()
    {
        var plan = NewPlan();
        AddTask(plan, 1, "Trong năm 2026", target: 2);
        AddTask(plan, 2, "Trong năm 2026", target: 2);

        var progress = PlanProgress.Evaluate(plan, [(2, D("2026-02-01"), 2)], D("2026-03-01"));

        Assert.Equal(0, progress[1].Done);
        Assert.Equal(ProgressStatus.Completed, progress[2].Status);
    }

    private static Plan NewPlan() => new() { Id = 1, Year = 2026, Title = "Kế hoạch CCHC năm 2026" };

    private static KeyTask AddTask(Plan plan, int id, string? timeframe, int? target = null, KeyTask? parent = null)
    {
        var task = new KeyTask
        {
            Id = id,
            PlanId = plan.Id,
            Plan = plan,
            Name = $"Nhiệm vụ {id}",
            Timeframe = timeframe,
            QuantityValue = target,
            Order = parent?.Children.Count ?? plan.Tasks.Count,
            Parent = parent,
            ParentId = parent?.Id,
        };
        parent?.Children.Add(task);
        plan.Tasks.Add(task);
        return task;
    }

    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);
}
