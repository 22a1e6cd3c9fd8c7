using Loa.Plans;

namespace Loa.UnitTests.Plans;

/// <summary>Work counts toward the plan of the year it was done in, and pickers offer that plan's tasks first.</summary>
public sealed class PlanYearCreditTests
{
    [Theory]
    [InlineData(2026, "2026-01-01", true)]
    [InlineData(2026, "2026-12-31", true)]
    [InlineData(2027, "2026-12-07", false)]
    [InlineData(2026, "2027-01-01", false)]
    [InlineData(2026, "2025-12-31", false)]
    public void Work_counts_only_toward_a_plan_whose_year_contains_its_date(int planYear, string date, bool counts)
    {
        Assert.Equal(counts, PlanYearCredit.Credits(planYear, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_problem_names_the_date_the_plan_it_counts_for_and_the_plan_chosen()
    {
        Assert.Null(PlanYearCredit.Problem(2026, new DateOnly(2026, 12, 7), "Bài đăng ngày 07/12/2026"));
        Assert.Equal(
            "Bài đăng ngày 07/12/2026 được tính cho kế hoạch năm 2026, không tính cho kế hoạch năm 2027. Hãy chọn nhiệm vụ của kế hoạch năm 2026.",
            PlanYearCredit.Problem(2027, new DateOnly(2026, 12, 7), "Bài đăng ngày 07/12/2026"));
    }

    [Fact]
    public void The_plan_of_the_dates_year_comes_first_then_the_others_newest_first_each_keeping_its_tasks_order()
    {
        var tasks = new[]
        {
            (Plan: 25, Year: 2025, Task: "1"),
            (Plan: 27, Year: 2027, Task: "1"),
            (Plan: 26, Year: 2026, Task: "2"),
            (Plan: 26, Year: 2026, Task: "1"),
            (Plan: 27, Year: 2027, Task: "2"),
        };

        var groups = PlanYearCredit.Group(tasks, t => (t.Plan, t.Year), new DateOnly(2026, 12, 7));

        Assert.Equal([2026, 2027, 2025], groups.Select(g => g.Year));
        Assert.Equal([true, false, false], groups.Select(g => g.Counts));
        Assert.Equal(["2", "1"], groups[0].Tasks.Select(t => t.Task));
        Assert.Equal("Kế hoạch năm 2027 (chỉ tính việc làm trong năm 2027)", groups[1].Heading);
    }

    [Fact]
    public void After_new_year_the_new_plan_comes_first()
    {
        var tasks = new[] { (Plan: 26, Year: 2026), (Plan: 27, Year: 2027) };

        Assert.Equal([2027, 2026], PlanYearCredit.Group(tasks, t => (t.Plan, t.Year), new DateOnly(2027, 1, 2)).Select(g => g.Year));
    }

    [Theory]
    [InlineData("2", "Tổ chức hội nghị", "Năm 2027 · 2. Tổ chức hội nghị")]
    [InlineData("", "Nhiệm vụ khác", "Năm 2027 · Nhiệm vụ khác")]
    [InlineData(null, "Nhiệm vụ khác", "Năm 2027 · Nhiệm vụ khác")]
    public void A_task_is_named_with_its_plans_year(string? label, string name, string expected)
    {
        Assert.Equal(expected, PlanYearCredit.TaskName(2027, label, name));
    }
}
