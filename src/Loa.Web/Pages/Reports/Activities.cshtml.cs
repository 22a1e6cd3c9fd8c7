using Loa.Data;
using Loa.Domain.Activities;
using Loa.Domain.Plans;
using Loa.Reports;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Reports;

/// <summary>The activities behind one figure of a report: a task's total, a channel's or a content area's count, or everything.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ActivitiesModel(LoaDbContext db, TimeProvider time) : PageModel
{
    private readonly ReportContext context = new(db, time);

    public ReportContext Context => context;

    public string Filter { get; private set; } = "";

    public IReadOnlyList<Row> Activities { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int plan, string period, int? unit, int? task, string? channel, string? area)
    {
        if (!await context.LoadAsync(plan, period))
        {
            return await this.NotFoundAuditedAsync<Plan>(db, plan);
        }

        var counted = await ReportAssembly.ActivitiesAsync(db, plan, context.Period);
        var filtered = counted.Where(a => unit is null || a.UnitId == unit);
        if (task is { } taskId && context.Plan.Tasks.FirstOrDefault(t => t.Id == taskId) is { } chosen)
        {
            var ids = chosen.Children.Select(c => c.Id).Append(chosen.Id).ToHashSet();
            filtered = filtered.Where(a => ids.Contains(a.TaskId));
            Filter = $"Nhiệm vụ {chosen.Label}. {chosen.Name}";
        }
        else if (channel is not null)
        {
            filtered = filtered.Where(a => a.Channel.Label() == channel);
            Filter = $"Hình thức: {channel}";
        }
        else if (area is not null)
        {
            filtered = filtered.Where(a => a.ContentArea.Label() == area);
            Filter = $"Nội dung: {area}";
        }
        else
        {
            Filter = "Tất cả hoạt động";
        }

        var idList = filtered.Select(a => a.Id).ToList();
        Activities = await db.Activities.AsNoTracking().Where(a => idList.Contains(a.Id))
            .OrderBy(a => a.Date).ThenBy(a => a.Id)
            .Select(a => new Row(a.Id, a.Date, a.Title, a.Task!.Label, db.Units.Where(u => u.Id == a.UnitId).Select(u => u.Name).First(), a.Quantity, a.Channel, a.Participants, a.Views, a.Copies))
            .ToListAsync();
        return Page();
    }

    public sealed record Row(int Id, DateOnly Date, string Title, string? TaskLabel, string Unit, int Quantity, ChannelKind Channel, int? Participants, int? Views, int? Copies);
}
