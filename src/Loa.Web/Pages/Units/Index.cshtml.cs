using Loa.Data;
using Loa.Units;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Units;

/// <summary>The commune's units (offices, centres, mass organisations, neighbourhoods) that carry tasks.</summary>
[Authorize(Policy = Policies.UnitManager)]
public sealed class IndexModel(LoaDbContext db) : PageModel
{
    public IReadOnlyList<Row> Units { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Units = await db.Units.AsNoTracking()
            .OrderBy(u => u.IsArchived).ThenBy(u => u.Kind).ThenBy(u => u.Name)
            .Select(u => new Row(u, db.TaskUnits.Count(t => t.UnitId == u.Id), db.Users.Count(x => x.UnitId == u.Id)))
            .ToListAsync();
    }

    public sealed record Row(Unit Unit, int Tasks, int Users);
}
