using Loa.Activities;
using Loa.Demo;
using Loa.Plans;
using Loa.Plans.Progress;
using Loa.Units;
using Loa.UnitTests.Plans;

namespace Loa.UnitTests.Demo;

/// <summary>The demo's recorded activities must look like real ones: inside each task's time, never in the future, reach in the right measure.</summary>
public sealed class DemoActivitiesTests
{
    private static readonly DateOnly IssuedOn = new(2026, 2, 20);
    private static readonly DateOnly Today = new(2026, 9, 15);

    private static readonly Unit[] Units =
    [
        new() { Id = 1, Name = "Phòng Văn hóa – Xã hội", IsCoordinator = true },
        new() { Id = 2, Name = "Phòng Kinh tế, Hạ tầng và Đô thị" },
        new() { Id = 3, Name = "Trung tâm Phục vụ hành chính công" },
        new() { Id = 4, Name = "Phòng Kinh tế" },
    ];

    [Theory]
    [InlineData(SamplePlans.CanhVinh)]
    [InlineData(SamplePlans.HungPhu)]
    public void Activities_fall_inside_their_tasks_time_and_never_after_today(string name)
    {
        var plan = Plan(name);

        var activities = DemoActivities.For(plan, _ => "user", 1, IssuedOn, Today);

        Assert.NotEmpty(activities);
        Assert.All(activities, a =>
        {
            var task = a.Task!;
            var timeframe = TimeframeReader.Read(task.Timeframe ?? task.Parent?.Timeframe, plan.Year);
            Assert.Empty(task.Children);
            Assert.InRange(a.Date, Max(IssuedOn, timeframe.Start), Min(Today, timeframe.End));
            Assert.Equal(plan.CommuneId, a.CommuneId);
            Assert.Equal(1, a.Quantity);
        });
    }

    [Theory]
    [InlineData(SamplePlans.CanhVinh)]
    [InlineData(SamplePlans.HungPhu)]
    public void Reach_is_recorded_in_the_measure_that_fits_the_channel(string name)
    {
        var activities = DemoActivities.For(Plan(name), _ => "user", 1, IssuedOn, Today);

        Assert.All(activities, a =>
        {
            Assert.True(a.Reach > 0);
            var measure = a.Channel.Measure();
            Assert.Equal(measure == ReachMeasure.Participants, a.Participants is not null);
            Assert.Equal(measure == ReachMeasure.Views, a.Views is not null);
            Assert.Equal(measure == ReachMeasure.Copies, a.Copies is not null);
        });
    }

    [Fact]
    public void A_task_never_gets_more_than_its_target()
    {
        var plan = Plan(SamplePlans.HungPhu);

        var activities = DemoActivities.For(plan, _ => "user", 1, IssuedOn, new DateOnly(2026, 12, 31));

        Assert.All(
            activities.GroupBy(a => a.Task!).Where(g => g.Key.QuantityValue is not null),
            g => Assert.True(g.Sum(a => a.Quantity) <= g.Key.QuantityValue));
    }

    [Theory]
    [InlineData(SamplePlans.CanhVinh)]
    [InlineData(SamplePlans.HungPhu)]
    public void Activities_are_recorded_by_the_lead_unit_or_else_the_coordinator(string name)
    {
        const int coordinator = 99;

        var activities = DemoActivities.For(Plan(name), id => $"user-{id}", coordinator, IssuedOn, Today);

        Assert.All(activities, a =>
        {
            var lead = a.Task!.Leads.Select(l => l.UnitId).FirstOrDefault(id => id is not null) ?? coordinator;
            Assert.Equal((lead, $"user-{lead}"), (a.UnitId, a.RecordedById));
        });
        Assert.Contains(activities, a => a.UnitId != coordinator);
    }

    [Fact]
    public void The_same_plan_and_day_give_the_same_activities()
    {
        static string Digest(List<Activity> activities) =>
            string.Join("\n", activities.Select(a => $"{a.Task!.Label} {a.Date:yyyy-MM-dd} {a.Channel} {a.Title} {a.Reach}"));

        var first = DemoActivities.For(Plan(SamplePlans.CanhVinh), _ => "user", 1, IssuedOn, Today);
        var second = DemoActivities.For(Plan(SamplePlans.CanhVinh), _ => "user", 1, IssuedOn, Today);

        Assert.Equal(Digest(first), Digest(second));
    }

    [Fact]
    public void Nothing_is_recorded_before_the_plan_is_issued()
    {
        Assert.Empty(DemoActivities.For(Plan(SamplePlans.HungPhu), _ => "user", 1, IssuedOn, IssuedOn.AddDays(-1)));
    }

    private static Plan Plan(string name)
    {
        var plan = new Plan { ProvinceId = 1, CommuneId = 7 };
        PlanMapper.Fill(plan, SamplePlans.Plan(name), new UnitMatcher(Units));
        foreach (var (task, i) in plan.Tasks.Select((t, i) => (t, i)))
        {
            task.Id = i + 1;
        }

        return plan;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
