using Loa.Plans;
using Loa.Reports;

namespace Loa.Web.Pages.Reports;

/// <summary>What the figures partial shows: the report, the query that names its plan and period, and the task ids behind its labels.</summary>
public sealed record FiguresView(ReportDocument Report, string Query, int? UnitId, IReadOnlyDictionary<string, int> TaskIds)
{
    public static FiguresView Of(ReportDocument report, ReportContext context, int? unitId = null) =>
        new(
            report,
            context.Query,
            unitId,
            ReportFigures.Ordered(context.Plan).Where(t => t.Label is not null).GroupBy(t => t.Label!).ToDictionary(g => g.Key, g => g.First().Id));
}
