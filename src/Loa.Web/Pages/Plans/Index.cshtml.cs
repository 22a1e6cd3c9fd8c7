using Loa.Data;
using Loa.Plans;
using Loa.Text;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Plans;

/// <summary>The plans the user may see: the commune's own, or for a province officer those of the province's communes.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(LoaDbContext db) : PageModel
{
    public IReadOnlyList<Row> Plans { get; private set; } = [];

    public string? Query { get; private set; }

    public PlanStatus? Status { get; private set; }

    public bool IsProvince => db.Scope.CommuneId is null;

    public async Task OnGetAsync(string? q, PlanStatus? status)
    {
        Query = q;
        Status = status;
        var plans = db.Plans.Visible(db.Scope).AsNoTracking();
        if (status is { } s)
        {
            plans = plans.Where(p => p.Status == s);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var folded = VietnameseText.FoldWords(q);
            plans = plans.Where(p => db.Communes.Any(c => c.Id == p.CommuneId && c.SearchName.Contains(folded)));
        }

        // Newest year first; within a year by the issuer's place in Vietnamese alphabetical order, which the database
        // cannot do (SQLite and PostgreSQL both put "Đ…" after "Z"), so the year's rows are sorted here.
        var found = await plans
            .OrderByDescending(p => p.Year).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.IssuerLocality,
                Row = new Row(
                p.Id,
                p.Year,
                p.Title,
                p.IssuerName,
                p.Number,
                p.Symbol,
                p.Status,
                p.Status == PlanStatus.Draft ? p.ReturnComment : null,
                p.IssuedOn,
                p.UnitId != null ? PlanLevel.Unit : p.CommuneId == null ? PlanLevel.Province : PlanLevel.Commune,
                db.Tasks.Count(t => t.PlanId == p.Id),
                db.Activities.Count(a => a.PlanId == p.Id))
            })
            .Take(500)
            .ToListAsync();
        Plans = [.. found.OrderByDescending(p => p.Row.Year).ThenBy(p => p.IssuerLocality, VietnameseOrder.Instance).Select(p => p.Row)];
    }

    public sealed record Row(
        int Id,
        int Year,
        string Title,
        string Issuer,
        string? Number,
        string Symbol,
        PlanStatus Status,
        string? ReturnComment,
        DateOnly? IssuedOn,
        PlanLevel Level,
        int Tasks,
        int Activities);
}
