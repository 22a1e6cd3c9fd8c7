using Loa.Plans;
using Loa.Plans.Versions;

namespace Loa.UnitTests.Plans.Versions;

public sealed class PlanDiffTests
{
    private static PlanDocument Plan(params string[] paragraphs) => new()
    {
        Title = "Kế hoạch năm 2026",
        Sections = [new PlanSection { Label = "I", Heading = "MỤC ĐÍCH", Paragraphs = [.. paragraphs] }],
        Tasks = [new PlanTask { Label = "1", Name = "Đăng tin", Lead = ["Phòng Văn hóa – Xã hội"], Quantity = new Quantity { Value = 5, Unit = "số", Text = "05 số" } }],
    };

    [Fact]
    public void Identical_plans_have_no_changes() =>
        Assert.Empty(PlanDiff.Compare(Plan("Một.", "Hai."), Plan("Một.", "Hai.")));

    [Fact]
    public void A_paragraph_inserted_in_the_middle_is_one_addition_not_a_cascade_of_changes()
    {
        var changes = PlanDiff.Compare(Plan("Một.", "Hai.", "Ba."), Plan("Một.", "Mới chèn.", "Hai.", "Ba."));
        var change = Assert.Single(changes);
        Assert.Equal(DiffKind.Added, change.Kind);
        Assert.Equal("Mới chèn.", change.After);
        Assert.Equal("Mục I", change.Label);
    }

    [Fact]
    public void A_changed_quantity_shows_the_words_that_changed()
    {
        var after = Plan("Một.");
        after.Tasks[0].Quantity = new Quantity { Value = 7, Unit = "số", Text = "07 số" };
        var change = Assert.Single(PlanDiff.Compare(Plan("Một."), after));
        Assert.Equal(DiffKind.Changed, change.Kind);
        Assert.Equal("Nhiệm vụ 1 — số lượng", change.Label);
        Assert.Equal([new WordChange(DiffKind.Removed, "05"), new WordChange(DiffKind.Added, "07"), new WordChange(DiffKind.Same, "số")], change.Words);
    }

    [Fact]
    public void A_removed_task_and_a_new_title_are_reported()
    {
        var after = Plan("Một.");
        after.Title = "Kế hoạch năm 2027";
        after.Tasks = [];
        var changes = PlanDiff.Compare(Plan("Một."), after);
        Assert.Contains(changes, c => c.Kind == DiffKind.Changed && c.Label == "Trích yếu" && c.Words.Contains(new WordChange(DiffKind.Added, "2027")));
        Assert.Contains(changes, c => c.Kind == DiffKind.Removed && c.Label == "Nhiệm vụ 1" && c.Before == "Đăng tin");
    }

    [Fact]
    public void Every_sample_plan_compared_with_itself_changed_in_one_word_shows_exactly_that_word()
    {
        foreach (var name in Loa.Demo.DemoPlanTexts.Names)
        {
            var plan = Loa.Plans.Parsing.PlanTextParser.Parse(Loa.Demo.DemoPlanTexts.Read(name));
            var edited = PlanJson.Deserialize(PlanJson.Serialize(plan));
            edited.Recipients[0] = edited.Recipients[0] + " (sửa)";
            var change = Assert.Single(PlanDiff.Compare(plan, edited));
            Assert.Equal("Nơi nhận", change.Label);
            Assert.Contains(new WordChange(DiffKind.Added, "(sửa)"), change.Words);
        }
    }
}
