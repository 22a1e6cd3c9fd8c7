using Loa.Plans;
using Loa.Plans.Editing;
using Loa.Units;

namespace Loa.UnitTests.Plans.Editing;

/// <summary>Saving the whole table: every row checked, and either all of it written onto the plan's tasks or none.</summary>
public sealed class TaskTableSaveTests
{
    private static readonly Unit Culture = new() { Id = 1, Name = "Phòng Văn hóa – Xã hội" };
    private static readonly Unit Centre = new() { Id = 2, Name = "Trung tâm Phục vụ hành chính công" };
    private static readonly Unit[] Units = [Culture, Centre];

    private static Plan Plan()
    {
        var a = new KeyTask { Id = 10, Order = 0, Label = "1", Name = "A", Units = [new() { Role = TaskUnitRole.Lead, Name = Culture.Name, UnitId = 1 }] };
        var b = new KeyTask { Id = 11, Order = 1, Label = "2", Name = "B", Units = [new() { Role = TaskUnitRole.Lead, Name = Centre.Name, UnitId = 2 }] };
        return new Plan { Tasks = [a, b] };
    }

    [Fact]
    public void Each_bad_row_gets_its_own_messages_and_nothing_is_applied()
    {
        var plan = Plan();
        var rows = TaskTable.FromPlan(plan);
        rows[0].Name = " ";
        rows[1].Quantity = "nhiều";
        rows[1].LeadUnitIds = [99];
        rows.Add(new TaskRow { Name = "C" });

        var (_, problems) = TaskTableSave.Apply(plan, rows, Units, new UnitMatcher(Units), new Dictionary<int, int>());

        Assert.Equal(["Hãy ghi nội dung nhiệm vụ."], problems.For(0));
        Assert.Contains(problems.For(1), m => m.StartsWith("Số lượng phải bắt đầu bằng một số nguyên", StringComparison.Ordinal));
        Assert.Contains("Có đơn vị được chọn không thuộc xã, phường của bạn.", problems.For(1));
        Assert.Equal(["Hãy chọn ít nhất một cơ quan chủ trì."], problems.For(2));
        Assert.Equal(["A", "B"], plan.Tasks.Select(t => t.Name));
        Assert.Null(plan.Tasks[1].QuantityText);
    }

    [Fact]
    public void A_sub_row_may_rely_on_its_main_tasks_lead()
    {
        var rows = TaskTable.Normalise([new() { Name = "A", LeadUnitIds = [1] }, new() { Name = "A1", Depth = 1 }]);
        Assert.False(TaskTableSave.Validate(rows, Units).Any);
    }

    [Fact]
    public void Moves_indents_edits_and_additions_are_written_onto_the_tasks_and_a_dropped_task_goes()
    {
        var plan = Plan();
        var rows = TaskTable.FromPlan(plan);
        TaskTable.Apply(rows, "add");
        rows[2].Name = "C mới";
        rows[2].LeadUnitIds = [2];
        rows[2].Timeframe = "Quý II/2026";
        rows[2].Quantity = "03 tin";
        TaskTable.Apply(rows, "indent:2");
        TaskTable.Apply(rows, "up:1");
        rows[0].OtherPartners = "Các thôn";

        var (removed, problems) = TaskTableSave.Apply(plan, rows, Units, new UnitMatcher(Units), new Dictionary<int, int>());

        Assert.False(problems.Any);
        Assert.Empty(removed);
        var b = plan.Tasks.Single(t => t.Name == "B");
        var c = plan.Tasks.Single(t => t.Name == "C mới");
        var a = plan.Tasks.Single(t => t.Name == "A");
        Assert.Equal(("1", 0, (KeyTask?)null), (b.Label, b.Order, b.Parent));
        Assert.Equal(("1.1", 0, b), (c.Label, c.Order, c.Parent));
        Assert.Equal(("2", 1), (a.Label, a.Order));
        Assert.Equal((3, "tin", "Quý II/2026"), (c.QuantityValue, c.QuantityUnit, c.Timeframe));
        Assert.Equal(["Các thôn"], b.Partners.Select(u => u.Name));
        Assert.Equal([2], c.Leads.Select(u => u.UnitId));
        Assert.Contains(c, b.Children);
    }

    [Fact]
    public void A_task_with_recorded_activities_cannot_be_dropped()
    {
        var plan = Plan();
        var rows = TaskTable.FromPlan(plan);
        TaskTable.Apply(rows, "remove:0");

        var (removed, problems) = TaskTableSave.Apply(plan, rows, Units, new UnitMatcher(Units), new Dictionary<int, int> { [10] = 3 });

        Assert.Empty(removed);
        Assert.Equal(["Nhiệm vụ 1 “A” đã có 3 hoạt động được ghi nhận nên không xóa được."], problems.Table);
        Assert.Equal(2, plan.Tasks.Count);
    }

    [Fact]
    public void A_row_naming_a_task_of_no_plan_here_becomes_a_new_task()
    {
        var plan = Plan();
        var rows = TaskTable.FromPlan(plan);
        rows.Add(new TaskRow { Id = 999, Name = "Lạ", LeadUnitIds = [1] });
        rows.Add(new TaskRow { Id = 10, Name = "A lần hai", LeadUnitIds = [1] });
        TaskTable.Normalise(rows);

        var (_, problems) = TaskTableSave.Apply(plan, rows, Units, new UnitMatcher(Units), new Dictionary<int, int>());

        Assert.False(problems.Any);
        Assert.Equal(4, plan.Tasks.Count);
        Assert.Equal(2, plan.Tasks.Count(t => t.Id == 0));
    }
}
