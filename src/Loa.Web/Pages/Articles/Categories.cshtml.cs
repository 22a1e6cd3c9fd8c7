using Loa.Articles;
using Loa.Data;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Articles;

/// <summary>The commune's news categories: add, rename, delete (the articles of a deleted category stay, without one).</summary>
[Authorize(Policy = Policies.ArticleEditor)]
public sealed class CategoriesModel(LoaDbContext db) : PageModel
{
    public IReadOnlyList<ArticleCategory> Categories { get; private set; } = [];

    public IReadOnlyDictionary<int, int> Counts { get; private set; } = new Dictionary<int, int>();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(string? name)
    {
        await LoadAsync();
        var clean = name?.Trim() ?? "";
        if (Problem(clean, null) is { } problem)
        {
            ModelState.AddModelError("name", problem);
            return Page();
        }

        db.ArticleCategories.Add(new ArticleCategory
        {
            ProvinceId = db.Scope.ProvinceId!.Value,
            CommuneId = db.Scope.CommuneId,
            Name = clean,
            Order = Categories.Count == 0 ? 0 : Categories.Max(c => c.Order) + 1,
        });
        await db.SaveChangesAsync();
        TempData["Flash"] = $"Đã thêm chuyên mục “{clean}”.";
        return Redirect("/articles/categories");
    }

    public async Task<IActionResult> OnPostRenameAsync(int id, string? name)
    {
        await LoadAsync();
        var category = Categories.FirstOrDefault(c => c.Id == id);
        if (category is null)
        {
            return await this.NotFoundAuditedAsync<ArticleCategory>(db, id);
        }

        var clean = name?.Trim() ?? "";
        if (Problem(clean, id) is { } problem)
        {
            ModelState.AddModelError("name", problem);
            return Page();
        }

        category.Name = clean;
        await db.SaveChangesAsync();
        TempData["Flash"] = $"Đã đổi tên chuyên mục thành “{clean}”.";
        return Redirect("/articles/categories");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        await LoadAsync();
        var category = Categories.FirstOrDefault(c => c.Id == id);
        if (category is null)
        {
            return await this.NotFoundAuditedAsync<ArticleCategory>(db, id);
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var article in await db.Articles.Where(a => a.CategoryId == id).ToListAsync())
        {
            article.CategoryId = null;
        }

        db.ArticleCategories.Remove(category);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Flash"] = $"Đã xóa chuyên mục “{category.Name}”; các bài của chuyên mục này vẫn còn, không thuộc chuyên mục nào.";
        return Redirect("/articles/categories");
    }

    private string? Problem(string name, int? id) =>
        name.Length == 0 ? "Hãy nhập tên chuyên mục."
        : name.Length > ArticleCategory.NameMax ? "Tên chuyên mục dài quá 100 ký tự."
        : Categories.Any(c => c.Id != id && string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)) ? $"Đã có chuyên mục “{name}”."
        : null;

    private async Task LoadAsync()
    {
        Categories = await ArticleChoices.CategoriesAsync(db, HttpContext.RequestAborted);
        Counts = await db.Articles.AsNoTracking().Where(a => a.CommuneId == db.Scope.CommuneId && a.CategoryId != null)
            .GroupBy(a => a.CategoryId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
    }
}
