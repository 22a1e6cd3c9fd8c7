using Loa.Data;
using Loa.Procedures;
using Loa.Web.Infrastructure.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Loa.Web.Pages.Public.Kiosk;

/// <summary>
/// The procedure kiosk of the commune's service centre: a touch screen that searches the commune's procedures with
/// very large type, lists the fields as big buttons, never leads out of the kiosk, and returns to its start when
/// left alone (wwwroot/js/kiosk.js). Without JavaScript it still searches by its form.
/// </summary>
public sealed class IndexModel(LoaDbContext db, ProcedureCatalog catalog) : Pages.Public.PortalPageModel(db)
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "field")]
    public string? Field { get; set; }

    /// <summary>Seconds without a touch before the kiosk returns to its start (?idle=, 10 to 600).</summary>
    [BindProperty(SupportsGet = true, Name = "idle")]
    public int? Idle { get; set; }

    public IReadOnlyList<(string Field, int Count)> Fields { get; private set; } = [];

    public ProcedureResults Results { get; private set; } = new([], 0);

    public int Count { get; private set; }

    public bool Searching => !string.IsNullOrWhiteSpace(Q) || !string.IsNullOrWhiteSpace(Field);

    public async Task<IActionResult> OnGetAsync()
    {
        KioskLayout.Apply(ViewData, Idle);
        Q = Q is { Length: > Procedures.IndexModel.MaxQueryLength } ? Q[..Procedures.IndexModel.MaxQueryLength] : Q?.Trim();
        var procedures = await catalog.ForCommuneAsync(Commune.ProvinceId, Commune.Id, HttpContext.RequestAborted);
        Fields = procedures.Fields();
        Count = procedures.Count;
        if (Field is not null && !Fields.Any(f => f.Field == Field))
        {
            Field = null;
        }

        if (Searching)
        {
            Results = procedures.Search(Q, Field);
        }

        return Page();
    }
}

/// <summary>The kiosk's layout settings.</summary>
internal static class KioskLayout
{
    public static void Apply(Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary viewData, int? idle)
    {
        viewData["IdleSeconds"] = Math.Clamp(idle ?? 90, 10, 600);
    }
}
