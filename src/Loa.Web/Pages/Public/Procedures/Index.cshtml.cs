using Loa.Data;
using Loa.Procedures;
using Loa.Web.Infrastructure.Portal;
using Loa.Web.Infrastructure.Procedures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Loa.Web.Pages.Public.Procedures;

/// <summary>
/// The commune's administrative procedures: search by words (diacritics, case and small typos ignored) or by code,
/// and by field; a GET form, so a search has an address to share. Only the procedures the commune handles.
/// </summary>
[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class IndexModel(LoaDbContext db, ProcedureCatalog catalog) : PortalPageModel(db)
{
    public const int MaxQueryLength = 200;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "field")]
    public string? Field { get; set; }

    public CommuneProcedures Procedures { get; private set; } = null!;

    public IReadOnlyList<(string Field, int Count)> Fields { get; private set; } = [];

    public ProcedureResults Results { get; private set; } = new([], 0);

    public bool Searching => !string.IsNullOrWhiteSpace(Q) || !string.IsNullOrWhiteSpace(Field);

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadProfileAsync();
        Q = Q is { Length: > MaxQueryLength } ? Q[..MaxQueryLength] : Q?.Trim();
        Procedures = await catalog.ForCommuneAsync(Commune.ProvinceId, Commune.Id, HttpContext.RequestAborted);
        Fields = Procedures.Fields();
        if (Field is not null && !Fields.Any(f => f.Field == Field))
        {
            Field = null;
        }

        Results = Procedures.Search(Q, Field);
        return Page();
    }
}
