using Loa.Plans;
using Loa.Plans.Amendments;

namespace Loa.UnitTests.Plans.Amendments;

/// <summary>The list of changes an amending plan makes to the task table it amends: added, removed, changed field by field.</summary>
public sealed class AmendmentChangesTests
{
    private static KeyTask Task(int id, string label, string name, string lead, int order, int? amends = null, string? timeframe = null) => new()
    {
        Id = id,
        Label = label,
        Name = name,
        Order = order,
        AmendsTaskId = amends,
        Timeframe = timeframe,
        Units = [new() { Role = TaskUnitRole.Lead, Name = lead }],
    };

    [Fact]
    public void Lists_each_added_removed_and_changed_task_with_the_changed_fields()
    {
        var amended = new List<KeyTask>
        {
            Task(1, "1", "Đăng tin", "Phòng VH-XH", 0, timeframe: "Thường xuyên"),
            Task(2, "2", "Làm clip", "Trung tâm PVHCC", 1),
            Task(3, "3", "Pano", "Phòng Kinh tế", 2),
        };
        var clips = Task(12, "1", "Làm clip", "Trung tâm PVHCC", 0, amends: 2);
        var news = Task(11, "1.1", "Đăng tin", "Phòng VH-XH", 0, amends: 1, timeframe: "Quý II/2026");
        news.ParentId = 12;
        var amendment = new List<KeyTask> { clips, news, Task(13, "2", "Tọa đàm", "Phòng VH-XH", 1) };

        var changes = AmendmentChanges.Compare(amended, amendment);

        Assert.Equal(
            [
                "Điều chỉnh nhiệm vụ 2 (nay là 1) (Làm clip): Số thứ tự từ “2” thành “1”.",
                "Điều chỉnh nhiệm vụ 1 (nay là 1.1) (Đăng tin): Số thứ tự từ “1” thành “1.1”; Thuộc nhiệm vụ từ “là nhiệm vụ chính” thành “1”; "
                    + "Thời gian thực hiện từ “Thường xuyên” thành “Quý II/2026”.",
                "Bổ sung nhiệm vụ 2: Tọa đàm.",
                "Bỏ nhiệm vụ 3: Pano.",
            ],
            changes.Select(c => c.Sentence));
    }

    [Fact]
    public void An_unchanged_copy_lists_no_change()
    {
        var amended = new List<KeyTask> { Task(1, "1", "Đăng tin", "Phòng VH-XH", 0) };
        var amendment = new List<KeyTask> { Task(5, "1", "Đăng tin", "Phòng VH-XH", 0, amends: 1) };
        Assert.Empty(AmendmentChanges.Compare(amended, amendment));
    }

    [Fact]
    public void A_task_placed_under_a_new_task_is_listed_as_moved()
    {
        var amended = new List<KeyTask> { Task(1, "1", "Đăng tin", "Phòng VH-XH", 0) };
        var heading = Task(7, "1", "Tuyên truyền trên mạng", "Phòng VH-XH", 0);
        var news = Task(8, "1.1", "Đăng tin", "Phòng VH-XH", 0, amends: 1);
        news.ParentId = 7;

        var changes = AmendmentChanges.Compare(amended, [heading, news]);

        Assert.Equal(
            ["Bổ sung nhiệm vụ 1: Tuyên truyền trên mạng.", "Điều chỉnh nhiệm vụ 1 (nay là 1.1) (Đăng tin): Số thứ tự từ “1” thành “1.1”; Thuộc nhiệm vụ từ “là nhiệm vụ chính” thành “1”."],
            changes.Select(c => c.Sentence));
    }
}
