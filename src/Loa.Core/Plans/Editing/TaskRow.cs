namespace Loa.Plans.Editing;

/// <summary>
/// One row of the task table as the table editor holds it between two posts: the task it stands for (none for a new row),
/// whether it is a main task or a sub-row, and the cells as typed. Nothing is saved until the whole table is.
/// </summary>
public sealed class TaskRow
{
    /// <summary>The task of the plan this row edits; null for a row added in this editing.</summary>
    public int? Id { get; set; }

    /// <summary>0 for a main task, 1 for a sub-row of the main task above it.</summary>
    public int Depth { get; set; }

    /// <summary>The number the row gets in the table ("2", "2.1"), computed by <see cref="TaskTable.Number"/>.</summary>
    public string? Label { get; set; }

    public string? Name { get; set; }

    public List<int> LeadUnitIds { get; set; } = [];

    /// <summary>Leads that are no unit of the commune ("Các cơ quan, đơn vị"), separated by ";".</summary>
    public string? OtherLeads { get; set; }

    public List<int> PartnerUnitIds { get; set; } = [];

    public string? OtherPartners { get; set; }

    public string? Timeframe { get; set; }

    public string? Quantity { get; set; }

    public string? Products { get; set; }

    public bool IsSub => Depth > 0;

    public static TaskRow From(KeyTask task) => new()
    {
        Id = task.Id,
        Depth = task.ParentId is null && task.Parent is null ? 0 : 1,
        Label = task.Label,
        Name = task.Name,
        LeadUnitIds = task.Leads.Select(u => u.UnitId).OfType<int>().ToList(),
        OtherLeads = Join(task.Leads.Where(u => u.UnitId is null).Select(u => u.Name)),
        PartnerUnitIds = task.Partners.Select(u => u.UnitId).OfType<int>().ToList(),
        OtherPartners = Join(task.Partners.Where(u => u.UnitId is null).Select(u => u.Name)),
        Timeframe = task.Timeframe,
        Quantity = task.QuantityText,
        Products = task.Products,
    };

    private static string? Join(IEnumerable<string> names) => string.Join("; ", names) is { Length: > 0 } joined ? joined : null;
}
