using Loa.Inspections;

namespace Loa.UnitTests.Inspections;

/// <summary>An open inspection follows its checklist; a frozen one keeps the items as they were.</summary>
public sealed class InspectionEntriesTests
{
    private static ChecklistItem Item(int id, string title, decimal score = 10) =>
        new() { Id = id, Title = title, MaxScore = score, Order = id, Kind = ChecklistItemKind.Answered };

    [Fact]
    public void An_open_inspection_gains_new_items_follows_edits_and_drops_deleted_unanswered_ones()
    {
        var inspection = new Inspection { ProvinceId = 1, CommuneId = 10 };
        InspectionEntries.Sync(inspection, [Item(1, "A"), Item(2, "B"), Item(3, "C")]);
        inspection.Entries.Single(e => e.ItemId == 3).Answer = "Đã niêm yết";

        InspectionEntries.Sync(inspection, [Item(1, "A sửa", 5), Item(4, "D")]);

        Assert.Equal(["A sửa", "C", "D"], inspection.Entries.OrderBy(e => e.Order).Select(e => e.Title));
        Assert.Equal(5, inspection.Entries.Single(e => e.ItemId == 1).MaxScore);
        Assert.All(inspection.Entries, e => Assert.Equal((1, (int?)10), (e.ProvinceId, e.CommuneId)));
    }

    [Fact]
    public void A_frozen_inspection_keeps_its_entries_whatever_the_checklist_becomes()
    {
        var inspection = new Inspection { ProvinceId = 1, CommuneId = 10 };
        InspectionEntries.Sync(inspection, [Item(1, "A")]);
        inspection.Status = InspectionStatus.Visited;

        InspectionEntries.Sync(inspection, [Item(1, "A sửa"), Item(2, "B")]);

        Assert.Equal("A", Assert.Single(inspection.Entries).Title);
    }

    [Fact]
    public void The_default_checklist_has_every_measure_and_a_hundred_points()
    {
        var checklist = DefaultChecklist.Create(1, 2026, DateTime.UnixEpoch);

        Assert.Equal(100, checklist.TotalScore);
        Assert.Equal(InspectionText.Measures.Order(), checklist.Items.Where(i => i.Kind == ChecklistItemKind.Computed).Select(i => i.Measure).Order());
        Assert.Contains(checklist.Items, i => i.Kind == ChecklistItemKind.Answered);
        Assert.Equal(Enumerable.Range(0, checklist.Items.Count), checklist.Items.Select(i => i.Order));

        var copy = DefaultChecklist.CopyOf(checklist, 2027, DateTime.UnixEpoch);
        Assert.EndsWith("năm 2027", copy.Title, StringComparison.Ordinal);
        Assert.Equal(checklist.Items.Select(i => i.Title), copy.Items.Select(i => i.Title));
    }
}
