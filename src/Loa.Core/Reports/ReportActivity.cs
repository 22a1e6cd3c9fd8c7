using Loa.Activities;

namespace Loa.Reports;

/// <summary>What a report needs of one recorded activity.</summary>
public sealed record ReportActivity(
    int Id,
    int TaskId,
    int UnitId,
    DateOnly Date,
    int Quantity,
    ChannelKind Channel,
    ContentArea ContentArea,
    int? Participants,
    int? Views,
    int? Copies);
