using Loa.Data;
using Loa.Procedures;
using Loa.Web.Infrastructure.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Public.Procedures;

/// <summary>One procedure, with everything a citizen needs to prepare the file: documents, time, fees, where, online service, legal basis.</summary>
public sealed class DetailsModel(LoaDbContext db, ProcedureCatalog catalog) : PortalPageModel(db)
{
    public Procedure Procedure { get; private set; } = null!;

    /// <summary>What the commune adds for this procedure (desk, hours).</summary>
    public string? Note { get; private set; }

    public async Task<IActionResult> OnGetAsync(string procedureCode)
    {
        await LoadProfileAsync();
        var found = await FindAsync(Db, catalog, Commune.ProvinceId, Commune.Id, procedureCode, HttpContext.RequestAborted);
        if (found is null)
        {
            return NotFound();
        }

        (Procedure, Note) = found.Value;
        return Page();
    }

    /// <summary>The procedure of that code if the commune handles it, with the commune's note.</summary>
    public static async Task<(Procedure Procedure, string? Note)?> FindAsync(
        LoaDbContext db, ProcedureCatalog catalog, int provinceId, int communeId, string? code, CancellationToken cancellationToken)
    {
        if (code is not { Length: > 0 and <= 30 })
        {
            return null;
        }

        var procedure = await db.Procedures.AsNoTracking().FirstOrDefaultAsync(p => p.Code == code && p.ProvinceId == provinceId, cancellationToken);
        if (procedure is null || !(await catalog.ForCommuneAsync(provinceId, communeId, cancellationToken)).Handles(procedure.Id))
        {
            return null;
        }

        var note = await db.CommuneProcedures.AsNoTracking().Where(c => c.CommuneId == communeId && c.ProcedureId == procedure.Id)
            .Select(c => c.Note).FirstOrDefaultAsync(cancellationToken);
        return (procedure, note);
    }
}
