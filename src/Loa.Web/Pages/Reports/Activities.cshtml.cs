using Loa.Activities;
using Loa.Data;
using Loa.Plans;
using Loa.Reports;
using Loa.Units;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Reports;

/// <summary>
/// The activities behind one figure of a report: a task's total (to date, or this period only), a channel's or a
/// content area's row, or everything. The ids come from the report as it stands — the figures frozen at approval
/// or submission, else computed now — so the list always adds up to the figure it was opened from.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ActivitiesModel(LoaDbContext db, TimeProvider time) : PageModel
{
    private readonly ReportContext context = new(db, time);

    public ReportContext Context => context;

    public string Filter { get; private set; } = "";

    public string? UnitName { get; private set; }

    public IReadOnlyList<Row> Activities { get; private set; } = [];

    /// <summary>Only the activities of "kỳ này" (from the end of the previous period), not the whole year to date.</summary>
    public bool ThisPeriod { get; private set; }

    /// <summary>The first day the figure counts: the period's start for "kỳ này", the reporting year's for the year to date.</summary>
    public DateOnly Since { get; private set; }

    /// <summary>How many activities the figure counted that have been deleted since the report was frozen.</summary>
    public int Gone { get; private set; }

    public async Task<IActionResult> OnGetAsync(int plan, string period, int? unit, int? task, string? span, string? channel, string? area)
    {
        if (!await context.LoadAsync(plan, period))
        {
            return await this.NotFoundAuditedAsync<Plan>(db, plan);
        }

        ReportDocument document;
        if (unit is { } unitId)
        {
            var found = await context.UnitAsync(unitId);
            if (found is null)
            {
                return await this.NotFoundAuditedAsync<Unit>(db, unitId);
            }

            UnitName = found.Name;
            document = await context.UnitDocumentAsync(found, await context.UnitReportAsync(unitId));
        }
        else
        {
            document = await ReportAssembly.ForCommuneAsync(db, context.Plan, context.Province, context.Period.Kind);
        }

        ThisPeriod = span == "period";
        var totalsSpan = document.TotalsAreToDate ? " — lũy kế từ đầu năm" : " — kỳ này";
        List<int> ids;
        var chosen = task is { } taskId ? context.Plan.Tasks.FirstOrDefault(t => t.Id == taskId) : null;
        if (chosen is not null && document.Tasks.FirstOrDefault(l => l.Label == chosen.Label) is { } line)
        {
            ids = line.ActivityIds;
            Filter = $"Nhiệm vụ {chosen.Label}. {chosen.Name}{(ThisPeriod ? " — kỳ này" : " — lũy kế từ đầu năm")}";
        }
        else if (chosen is not null && document.Contributions.FirstOrDefault(l => l.Label == chosen.Label) is { } part)
        {
            ids = part.ActivityIds;
            Filter = $"Nhiệm vụ {chosen.Label}. {chosen.Name} — phần của đơn vị{(ThisPeriod ? ", kỳ này" : ", lũy kế từ đầu năm")}";
        }
        else if (channel is not null)
        {
            ids = document.ByChannel.FirstOrDefault(c => c.Name == channel)?.ActivityIds ?? [];
            Filter = $"Hình thức: {channel}{totalsSpan}";
        }
        else if (area is not null)
        {
            ids = document.ByContentArea.FirstOrDefault(c => c.Name == area)?.ActivityIds ?? [];
            Filter = $"Nội dung: {area}{totalsSpan}";
        }
        else if (span == "year")
        {
            ids = document.OverallToDate.ActivityIds;
            Filter = "Tất cả hoạt động — lũy kế từ đầu năm";
        }
        else
        {
            ids = document.Overall.ActivityIds;
            Filter = $"Tất cả hoạt động{totalsSpan}";
        }

        var periodOnly = ThisPeriod || (task is null && span != "year" && !document.TotalsAreToDate);
        Since = periodOnly ? context.Period.PeriodFrom : context.Period.DataFrom;
        var rows = await db.Activities.AsNoTracking().Where(a => ids.Contains(a.Id))
            .OrderBy(a => a.Date).ThenBy(a => a.Id)
            .Select(a => new Row(
                a.Id,
                a.Date,
                a.Title,
                a.Task!.Label,
                db.Units.Where(u => u.Id == a.UnitId).Select(u => u.Name).First(),
                a.Quantity,
                a.Channel,
                a.Participants,
                a.Views,
                a.Copies))
            .ToListAsync();
        Gone = ids.Count - rows.Count;
        Activities = ThisPeriod ? rows.Where(r => context.Period.CountsThisPeriod(r.Date)).ToList() : rows;
        return Page();
    }

    public sealed record Row(
        int Id, DateOnly Date, string Title, string? TaskLabel, string Unit, int Quantity, ChannelKind Channel, int? Participants, int? Views, int? Copies);
}
