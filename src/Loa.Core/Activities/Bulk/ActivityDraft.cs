namespace Loa.Activities.Bulk;

/// <summary>A row of the sheet as it will be saved: every field checked by the rules of the one-activity form.</summary>
public sealed record ActivityDraft(
    int Line,
    int TaskId,
    string TaskText,
    int UnitId,
    string UnitName,
    DateOnly Date,
    ChannelKind Channel,
    ContentArea ContentArea,
    string Title,
    string? Description,
    int Quantity,
    int? Participants,
    int? Views,
    int? Copies)
{
    /// <summary>The reach written in the sheet, whichever measure the channel takes.</summary>
    public int? Reach => Participants ?? Views ?? Copies;

    public Activity ToActivity(Plans.Plan plan, string userId, DateTime now) => new()
    {
        ProvinceId = plan.ProvinceId,
        CommuneId = plan.CommuneId,
        PlanId = plan.Id,
        TaskId = TaskId,
        UnitId = UnitId,
        Date = Date,
        Title = Title,
        Description = Description,
        Quantity = Quantity,
        Channel = Channel,
        ContentArea = ContentArea,
        Participants = Participants,
        Views = Views,
        Copies = Copies,
        RecordedById = userId,
        RecordedAt = now,
    };
}

/// <summary>One row of the sheet after checking: the draft to save, or the problem of each refused cell (in Vietnamese).</summary>
public sealed record CheckedRow(SheetRow Source, ActivityDraft? Draft, IReadOnlyDictionary<SheetColumn, string> Problems)
{
    public int Line => Source.Line;

    public bool Accepted => Draft is not null;
}
