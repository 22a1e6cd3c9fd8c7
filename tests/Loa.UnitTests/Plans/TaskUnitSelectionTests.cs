using Loa.Plans;
using Loa.Units;
using Choice = Loa.Plans.TaskUnitSelection.Choice;

namespace Loa.UnitTests.Plans;

/// <summary>Saving a task's form keeps its leads and partners as the plan writes them, in the plan's order.</summary>
public sealed class TaskUnitSelectionTests
{
    private static readonly Unit Culture = new() { Id = 1, Name = "Phòng Văn hóa – Xã hội" };
    private static readonly Unit Centre = new() { Id = 2, Name = "Trung tâm Phục vụ hành chính công" };
    private static readonly Unit Police = new() { Id = 3, Name = "Công an xã" };
    private static readonly UnitMatcher Matcher = new([Culture, Centre, Police]);

    // As imported: the partners in the plan's order (police before the centre), one written short, and a collective name.
    private static KeyTask Task() => new()
    {
        Units =
        [
            new() { Role = TaskUnitRole.Lead, Order = 0, Name = "Phòng VH-XH", UnitId = Culture.Id },
            new() { Role = TaskUnitRole.Partner, Order = 0, Name = "Công an xã", UnitId = Police.Id },
            new() { Role = TaskUnitRole.Partner, Order = 1, Name = "Các cơ quan, đơn vị có liên quan" },
            new() { Role = TaskUnitRole.Partner, Order = 2, Name = "Trung tâm PVHCC", UnitId = Centre.Id },
        ],
    };

    // What the form sends back unchanged: checkboxes in the form's order (by name), then the other names.
    private static Choice[] SameLeads => [new(Culture.Id, Culture.Name)];

    private static Choice[] SamePartners => [new(Police.Id, Police.Name), new(Centre.Id, Centre.Name), new(null, "Các cơ quan, đơn vị có liên quan")];

    private static List<string> Written(KeyTask task, TaskUnitRole role) => task.Units.Where(u => u.Role == role).OrderBy(u => u.Order)
        .Select(u => u.Name).ToList();

    [Fact]
    public void The_same_units_sent_back_change_nothing_neither_order_nor_names()
    {
        var task = Task();

        Assert.False(TaskUnitSelection.Apply(task, SameLeads, [.. SamePartners.Reverse()], Matcher));

        Assert.Equal(["Phòng VH-XH"], Written(task, TaskUnitRole.Lead));
        Assert.Equal(["Công an xã", "Các cơ quan, đơn vị có liên quan", "Trung tâm PVHCC"], Written(task, TaskUnitRole.Partner));
    }

    [Fact]
    public void A_unit_added_comes_after_those_written_and_a_dropped_one_leaves_no_gap()
    {
        var task = Task();
        Choice[] partners = [new(Centre.Id, Centre.Name), new(null, "Các cơ quan, đơn vị có liên quan"), new(null, "Hội Phụ nữ")];

        Assert.True(TaskUnitSelection.Apply(task, SameLeads, partners, Matcher));

        Assert.Equal(["Các cơ quan, đơn vị có liên quan", "Trung tâm PVHCC", "Hội Phụ nữ"], Written(task, TaskUnitRole.Partner));
        Assert.Equal([0, 1, 2], task.Units.Where(u => u.Role == TaskUnitRole.Partner).OrderBy(u => u.Order).Select(u => u.Order));
    }

    [Fact]
    public void A_name_typed_that_is_a_unit_is_linked_to_it()
    {
        var task = new KeyTask();

        TaskUnitSelection.Apply(task, [new(null, "Công an xã")], [], Matcher);

        Assert.Equal(Police.Id, Assert.Single(task.Units).UnitId);
    }
}
