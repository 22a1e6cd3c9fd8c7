using Loa.Plans.Editing;

namespace Loa.UnitTests.Plans.Editing;

/// <summary>The table editor's edits: each keeps the table well formed and numbered as plans number it.</summary>
public sealed class TaskTableTests
{
    // 1 A; 2 B (2.1 B1, 2.2 B2); 3 C
    private static List<TaskRow> Table() => TaskTable.Normalise(
    [
        new() { Id = 1, Name = "A" },
        new() { Id = 2, Name = "B" },
        new() { Id = 3, Name = "B1", Depth = 1 },
        new() { Id = 4, Name = "B2", Depth = 1 },
        new() { Id = 5, Name = "C" },
    ]);

    private static string Shape(List<TaskRow> rows) => string.Join(" ", rows.Select(r => $"{r.Label}={r.Name}"));

    [Fact]
    public void Numbers_main_tasks_and_their_sub_rows()
    {
        Assert.Equal("1=A 2=B 2.1=B1 2.2=B2 3=C", Shape(Table()));
    }

    [Fact]
    public void Moving_a_main_task_up_takes_its_sub_rows_and_renumbers()
    {
        var rows = Table();
        Assert.Null(TaskTable.Apply(rows, "up:1"));
        Assert.Equal("1=B 1.1=B1 1.2=B2 2=A 3=C", Shape(rows));
    }

    [Fact]
    public void Moving_a_main_task_down_jumps_over_the_next_task_and_its_sub_rows()
    {
        var rows = Table();
        Assert.Null(TaskTable.Apply(rows, "down:0"));
        Assert.Equal("1=B 1.1=B1 1.2=B2 2=A 3=C", Shape(rows));
        Assert.Null(TaskTable.Apply(rows, "down:0"));
        Assert.Equal("1=A 2=B 2.1=B1 2.2=B2 3=C", Shape(rows));
    }

    [Fact]
    public void Sub_rows_swap_among_themselves_and_cross_into_the_neighbouring_task()
    {
        var rows = Table();
        Assert.Null(TaskTable.Apply(rows, "up:3"));
        Assert.Equal("1=A 2=B 2.1=B2 2.2=B1 3=C", Shape(rows));
        Assert.Null(TaskTable.Apply(rows, "up:2"));
        Assert.Equal("1=A 1.1=B2 2=B 2.1=B1 3=C", Shape(rows));
        Assert.Null(TaskTable.Apply(rows, "down:3"));
        Assert.Equal("1=A 1.1=B2 2=B 3=C 3.1=B1", Shape(rows));
    }

    [Fact]
    public void Ends_of_the_table_refuse_to_move_further_and_change_nothing()
    {
        var rows = Table();
        Assert.Equal("Nhiệm vụ đã ở đầu bảng.", TaskTable.Apply(rows, "up:0"));
        Assert.Equal("Nhiệm vụ đã ở cuối bảng.", TaskTable.Apply(rows, "down:4"));
        Assert.Equal("1=A 2=B 2.1=B1 2.2=B2 3=C", Shape(rows));
    }

    [Fact]
    public void Indent_makes_a_task_the_last_sub_row_of_the_task_above_and_outdent_undoes_it()
    {
        var rows = Table();
        Assert.Null(TaskTable.Apply(rows, "indent:4"));
        Assert.Equal("1=A 2=B 2.1=B1 2.2=B2 2.3=C", Shape(rows));
        Assert.Null(TaskTable.Apply(rows, "outdent:4"));
        Assert.Equal("1=A 2=B 2.1=B1 2.2=B2 3=C", Shape(rows));
    }

    [Fact]
    public void Outdenting_a_middle_sub_row_makes_the_sub_rows_below_it_its_own()
    {
        var rows = Table();
        Assert.Null(TaskTable.Apply(rows, "outdent:2"));
        Assert.Equal("1=A 2=B 3=B1 3.1=B2 4=C", Shape(rows));
    }

    [Fact]
    public void Indent_is_refused_for_the_first_row_a_sub_row_and_a_task_with_sub_rows()
    {
        var rows = Table();
        Assert.NotNull(TaskTable.Apply(rows, "indent:0"));
        Assert.NotNull(TaskTable.Apply(rows, "indent:1"));
        Assert.NotNull(TaskTable.Apply(rows, "indent:2"));
        Assert.Equal("1=A 2=B 2.1=B1 2.2=B2 3=C", Shape(rows));
    }

    [Fact]
    public void Adding_puts_a_main_task_at_the_end_or_a_sub_row_after_the_tasks_last_one()
    {
        var rows = Table();
        Assert.Null(TaskTable.Apply(rows, "add"));
        Assert.Null(TaskTable.Apply(rows, "add:2"));
        Assert.Equal("1=A 2=B 2.1=B1 2.2=B2 2.3= 3=C 4=", Shape(rows));
        Assert.Null(rows[4].Id);
    }

    [Fact]
    public void Removing_a_main_task_removes_its_sub_rows_and_renumbers()
    {
        var rows = Table();
        Assert.Null(TaskTable.Apply(rows, "remove:1"));
        Assert.Equal("1=A 2=C", Shape(rows));
    }

    [Fact]
    public void A_posted_table_is_made_well_formed_and_a_bad_command_changes_nothing()
    {
        var rows = TaskTable.Normalise([new() { Name = "X", Depth = 1 }, new() { Name = "Y", Depth = 7 }]);
        Assert.Equal("1=X 1.1=Y", Shape(rows));
        Assert.NotNull(TaskTable.Apply(rows, "up:9"));
        Assert.NotNull(TaskTable.Apply(rows, "explode:0"));
        Assert.NotNull(TaskTable.Apply(rows, "up:-1"));
        Assert.Equal("1=X 1.1=Y", Shape(rows));
    }
}
