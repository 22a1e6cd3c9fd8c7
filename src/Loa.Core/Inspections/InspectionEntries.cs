namespace Loa.Inspections;

/// <summary>
/// An inspection's entries: made from the checklist's items while the inspection is open (so a later edit of the
/// checklist does not change a frozen record), frozen with the commune's data at the visit, scored by default from
/// the verdict (met or nothing to judge: the item's points; otherwise none), which the inspector may change.
/// </summary>
public static class InspectionEntries
{
    /// <summary>
    /// Brings an open inspection's entries in line with the checklist: a new item gets an entry, a changed item
    /// updates its entry's wording and points, an item deleted from the checklist takes its unanswered entry away.
    /// </summary>
    public static void Sync(Inspection inspection, IReadOnlyList<ChecklistItem> items)
    {
        if (inspection.IsFrozen)
        {
            return;
        }

        var byItem = inspection.Entries.Where(e => e.ItemId is not null).ToDictionary(e => e.ItemId!.Value);
        foreach (var item in items)
        {
            if (!byItem.TryGetValue(item.Id, out var entry))
            {
                entry = new InspectionEntry { ProvinceId = inspection.ProvinceId, CommuneId = inspection.CommuneId, ItemId = item.Id };
                inspection.Entries.Add(entry);
            }

            (entry.Order, entry.Title, entry.Guidance, entry.MaxScore, entry.Kind, entry.Measure, entry.Threshold) =
                (item.Order, item.Title, item.Guidance, item.MaxScore, item.Kind, item.Measure, item.Threshold);
        }

        var kept = items.Select(i => i.Id).ToHashSet();
        inspection.Entries.RemoveAll(e => (e.ItemId is null || !kept.Contains(e.ItemId.Value)) && e.Answer is null && e.Files.Count == 0);
    }

    /// <summary>Stores each computed entry's result on the facts' day and a score from its verdict.</summary>
    public static void Freeze(Inspection inspection, CommuneFacts facts)
    {
        foreach (var entry in inspection.Entries)
        {
            if (entry.Kind == ChecklistItemKind.Computed && facts.Measure(entry.Measure, entry.Threshold) is { } result)
            {
                entry.Value = Shorten(result.Value, InspectionEntry.ValueMax);
                entry.Verdict = result.Verdict;
                entry.Details = result.Details.Select(d => d.Stored).ToList();
                entry.Score = DefaultScore(result.Verdict, entry.MaxScore);
            }
        }
    }

    /// <summary>Forgets what a visit froze (the answers, findings and evidence stay).</summary>
    public static void Thaw(Inspection inspection)
    {
        foreach (var entry in inspection.Entries.Where(e => e.Kind == ChecklistItemKind.Computed))
        {
            entry.Value = null;
            entry.Verdict = null;
            entry.Details = [];
            entry.Score = null;
        }
    }

    public static decimal DefaultScore(ItemVerdict verdict, decimal maxScore) =>
        verdict is ItemVerdict.Met or ItemVerdict.NotApplicable ? maxScore : 0;

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
