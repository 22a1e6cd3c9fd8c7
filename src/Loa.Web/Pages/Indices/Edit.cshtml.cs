using Loa.Data;
using Loa.Domain;
using Loa.Indices;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Indices;

/// <summary>
/// Records, corrects or deletes one year's result of an index: a commune's coordinator or leader for the commune,
/// the province officer for the province. One result per index, year and commune (or province).
/// </summary>
[Authorize(Policy = Policies.IndexEditor)]
public sealed class EditModel(LoaDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public IndexForm Result { get; set; } = new();

    public int? ResultId { get; private set; }

    public string Whose { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int? id, IndexKind? kind)
    {
        ResultId = id;
        await LoadWhoseAsync();
        if (id is null)
        {
            Result = new IndexForm { Year = VietnamTime.Today(time).Year - 1, Kind = kind is { } k && IndexKindText.All.Contains(k) ? k : IndexKind.ParIndex };
            return Page();
        }

        var result = await FindAsync(id.Value, tracked: false);
        if (result is null)
        {
            return await this.NotFoundAuditedAsync<IndexResult>(db, id.Value);
        }

        Result = IndexForm.From(result);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        ResultId = id;
        await LoadWhoseAsync();
        IndexResult? result = null;
        if (id is not null)
        {
            result = await FindAsync(id.Value, tracked: true);
            if (result is null)
            {
                return await this.NotFoundAuditedAsync<IndexResult>(db, id.Value);
            }
        }

        if (ModelState.IsValid)
        {
            foreach (var (field, message) in Result.Problems(VietnamTime.Today(time).Year))
            {
                ModelState.AddModelError($"{nameof(Result)}.{field}", message);
            }

            var communeId = db.Scope.CommuneId;
            if (await db.IndexResults.AnyAsync(r => r.Id != (id ?? 0) && r.CommuneId == communeId && r.Kind == Result.Kind && r.Year == Result.Year))
            {
                ModelState.AddModelError($"{nameof(Result)}.{nameof(IndexForm.Year)}", $"Đã có kết quả {Result.Kind.Abbreviation()} năm {Result.Year} của {Whose}: hãy sửa kết quả đó.");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (result is null)
        {
            result = new IndexResult { ProvinceId = db.Scope.ProvinceId ?? 0, CommuneId = db.Scope.CommuneId };
            db.IndexResults.Add(result);
        }
        else
        {
            db.Entry(result).Property(r => r.Version).OriginalValue = Result.Version;
        }

        Result.ApplyTo(result);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, Conflicts.Message("Kết quả chỉ số này"));
            return Page();
        }

        TempData["Flash"] = $"Đã lưu kết quả {result.Kind.Abbreviation()} năm {result.Year}.";
        return Redirect("/indices#" + result.Kind.ToString().ToLowerInvariant());
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, bool confirm)
    {
        var result = await FindAsync(id, tracked: true);
        if (result is null)
        {
            return await this.NotFoundAuditedAsync<IndexResult>(db, id);
        }

        if (!confirm)
        {
            TempData["Flash"] = "Chưa xóa: hãy đánh dấu ô xác nhận trước khi bấm Xóa.";
            return Redirect($"/indices/edit/{id}");
        }

        db.IndexResults.Remove(result);
        await db.SaveChangesAsync();
        TempData["Flash"] = $"Đã xóa kết quả {result.Kind.Abbreviation()} năm {result.Year}.";
        return Redirect("/indices");
    }

    /// <summary>A result the user may change: their commune's (commune staff) or their province's own (province officer), never the other level's.</summary>
    private Task<IndexResult?> FindAsync(int id, bool tracked)
    {
        var communeId = db.Scope.CommuneId;
        var query = tracked ? db.IndexResults : db.IndexResults.AsNoTracking();
        return query.FirstOrDefaultAsync(r => r.Id == id && r.CommuneId == communeId);
    }

    private async Task LoadWhoseAsync()
    {
        Whose = db.Scope.CommuneId is { } communeId
            ? await db.Communes.AsNoTracking().Where(c => c.Id == communeId).Select(c => c.Name).FirstOrDefaultAsync() ?? ""
            : await db.Provinces.AsNoTracking().Where(p => p.Id == db.Scope.ProvinceId).Select(p => p.Name).FirstOrDefaultAsync() ?? "";
    }
}
