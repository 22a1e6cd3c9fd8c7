using Loa.Data;
using Loa.Procedures;
using Loa.Text;
using Loa.Web.Infrastructure.Procedures;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Procedures;

/// <summary>
/// The commune's list of administrative procedures, chosen from the province's catalogue by the coordinator or the
/// leader (by field, by search, a whole field at once); until the commune chooses, its portal shows the catalogue's
/// commune-level procedures. The province officer sees the catalogue and imports it.
/// </summary>
[Authorize(Policy = Policies.ProcedureManager)]
public sealed class IndexModel(LoaDbContext db, ProcedureCatalog catalog, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "field")]
    public string? Field { get; set; }

    /// <summary>The procedures ticked among those shown.</summary>
    [BindProperty]
    public List<int> Selected { get; set; } = [];

    /// <summary>The procedures the form showed: only their choice changes.</summary>
    [BindProperty]
    public List<int> Shown { get; set; } = [];

    public bool IsCommune => db.Scope.CommuneId is not null;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<(string Field, int Total, int Chosen)> Fields { get; private set; } = [];

    public int CatalogueCount { get; private set; }

    public int ChosenCount { get; private set; }

    /// <summary>False while the commune has not saved a choice (commune-level procedures are shown as chosen).</summary>
    public bool HasChosen { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    /// <summary>Saves the ticks of the procedures shown; <paramref name="addField"/> or <paramref name="removeField"/> takes or leaves a whole field.</summary>
    public async Task<IActionResult> OnPostAsync(string? addField, string? removeField)
    {
        if (db.Scope.CommuneId is not { } communeId)
        {
            return Forbid();
        }

        var provinceId = db.Scope.ProvinceId!.Value;
        var catalogue = await db.Procedures.Where(p => p.ProvinceId == provinceId).Select(p => new { p.Id, p.Field, p.Level }).ToListAsync();
        var known = catalogue.Select(p => p.Id).ToHashSet();
        var existing = await db.CommuneProcedures.Where(c => c.CommuneId == communeId).ToListAsync();

        // What the commune has now: its saved list, or (never saved) the commune-level procedures it is shown with.
        var current = existing.Count > 0
            ? existing.Select(c => c.ProcedureId).ToHashSet()
            : catalogue.Where(p => Procedure.IsCommuneLevel(p.Level)).Select(p => p.Id).ToHashSet();
        var wanted = new HashSet<int>(current);
        foreach (var id in Shown.Where(known.Contains))
        {
            wanted.Remove(id);
        }

        wanted.UnionWith(Selected.Where(id => known.Contains(id) && Shown.Contains(id)));
        if (addField is { Length: > 0 })
        {
            wanted.UnionWith(catalogue.Where(p => p.Field == addField).Select(p => p.Id));
        }

        if (removeField is { Length: > 0 })
        {
            wanted.ExceptWith(catalogue.Where(p => p.Field == removeField).Select(p => p.Id));
        }

        if (wanted.Count == 0)
        {
            ModelState.AddModelError(string.Empty, "Chưa lưu: hãy chọn ít nhất một thủ tục mà xã, phường tiếp nhận.");
            await LoadAsync();
            return Page();
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.CommuneProcedures.RemoveRange(existing.Where(c => !wanted.Contains(c.ProcedureId)));
        var have = existing.Select(c => c.ProcedureId).ToHashSet();
        foreach (var id in wanted.Where(id => !have.Contains(id)))
        {
            db.CommuneProcedures.Add(new CommuneProcedure { ProvinceId = provinceId, CommuneId = communeId, ProcedureId = id, UpdatedAt = now });
        }

        await db.SaveChangesAsync();
        catalog.CommuneChanged(communeId);
        TempData["Flash"] = $"Đã lưu danh sách: xã, phường tiếp nhận {wanted.Count} thủ tục hành chính.";
        return Redirect("/procedures" + Pages.Public.Procedures.ProcedureText.Query(Q, Field));
    }

    private async Task LoadAsync()
    {
        var provinceId = db.Scope.ProvinceId;
        var communeId = db.Scope.CommuneId;
        var all = await db.Procedures.AsNoTracking().Where(p => p.ProvinceId == provinceId && p.CommuneId == null).ToListAsync();
        all = [.. all.OrderBy(p => p.Field, VietnameseOrder.Instance).ThenBy(p => p.Name, VietnameseOrder.Instance)];
        CatalogueCount = all.Count;
        var chosen = communeId is null
            ? []
            : await db.CommuneProcedures.AsNoTracking().Where(c => c.CommuneId == communeId).ToDictionaryAsync(c => c.ProcedureId);
        HasChosen = chosen.Count > 0;
        bool IsChosen(Procedure p) => HasChosen ? chosen.ContainsKey(p.Id) : Procedure.IsCommuneLevel(p.Level);
        ChosenCount = all.Count(IsChosen);
        Fields = all.GroupBy(p => p.Field).Select(g => (g.Key, g.Count(), g.Count(IsChosen))).OrderBy(f => f.Key, VietnameseOrder.Instance).ToList();

        var words = VietnameseText.FoldWords(Q).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Rows = all
            .Where(p => string.IsNullOrEmpty(Field) || p.Field == Field)
            .Where(p => words.Length == 0 || words.All(w => VietnameseText.FoldWords($"{p.Code} {p.Name} {p.Field}").Contains(w, StringComparison.Ordinal)))
            .Select(p => new Row(p, IsChosen(p), chosen.GetValueOrDefault(p.Id)))
            .ToList();
    }

    public sealed record Row(Procedure Procedure, bool Chosen, CommuneProcedure? Choice);
}
