using Loa.Data;
using Loa.Procedures;
using Loa.Web.Infrastructure.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Loa.Web.Pages.Public.Kiosk;

/// <summary>One procedure on the kiosk: what to bring, how long, how much, where; the way back to the search it came from.</summary>
public sealed class ProcedureModel(LoaDbContext db, ProcedureCatalog catalog) : Pages.Public.PortalPageModel(db)
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "field")]
    public string? Field { get; set; }

    [BindProperty(SupportsGet = true, Name = "idle")]
    public int? Idle { get; set; }

    public Procedure Procedure { get; private set; } = null!;

    public string? Note { get; private set; }

    public async Task<IActionResult> OnGetAsync(string procedureCode)
    {
        KioskLayout.Apply(ViewData, Idle);
        var found = await Procedures.DetailsModel.FindAsync(Db, catalog, Commune.ProvinceId, Commune.Id, procedureCode, HttpContext.RequestAborted);
        if (found is null)
        {
            return NotFound();
        }

        (Procedure, Note) = found.Value;
        Q = Q is { Length: > 200 } ? Q[..200] : Q;
        return Page();
    }
}
