using Loa.Data;
using Loa.Procedures;
using Loa.Web.Infrastructure.Procedures;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Procedures;

/// <summary>
/// The province officer's list of everyday words for procedure search ("làm giấy khai sinh" = "đăng ký khai sinh"):
/// one line per meaning, used at once by the portals and kiosks of the province's communes and by no other province.
/// The page starts from the default list; a list with a mistake is shown again with each line's problem and not saved.
/// A search box tries the saved list on the province's catalogue.
/// </summary>
[Authorize(Policy = Policies.ProvinceOfficer)]
public sealed class SynonymsModel(LoaDbContext db, ProcedureCatalog catalog, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Text { get; set; }

    /// <summary>The version of the list the form showed (0: the default, never saved).</summary>
    [BindProperty]
    public int Version { get; set; }

    /// <summary>A search to try the saved list with.</summary>
    [BindProperty(SupportsGet = true, Name = "thu")]
    public string? Try { get; set; }

    public bool IsDefault { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public ProcedureResults? Tried { get; private set; }

    public int Pairs { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var list = await LoadAsync();
        Text = list?.Text ?? ProcedureSynonyms.DefaultText;
        Version = list?.Version ?? 0;
        IsDefault = list is null;
        Pairs = ProcedureSynonyms.Parse(Text).Synonyms.Pairs.Count;
        if (!string.IsNullOrWhiteSpace(Try))
        {
            Try = Try.Length > 200 ? Try[..200] : Try.Trim();
            var index = await catalog.ForProvinceAsync(db.Scope.ProvinceId!.Value, HttpContext.RequestAborted);
            Tried = index.Search(Try, limit: 5);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var provinceId = db.Scope.ProvinceId!.Value;
        var (synonyms, problems) = ProcedureSynonyms.Parse(Text);
        if (problems.Count > 0)
        {
            Problems = problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var list = await LoadAsync();
        if ((list?.Version ?? 0) != Version)
        {
            ModelState.AddModelError(string.Empty, "Danh sách vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        if (list is null)
        {
            list = new ProcedureSynonymList { ProvinceId = provinceId, Version = 1 };
            db.ProcedureSynonymLists.Add(list);
        }

        list.Text = (Text ?? "").Trim();
        list.UpdatedAt = time.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(string.Empty, "Danh sách vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        catalog.Changed(provinceId);
        TempData["Flash"] = $"Đã lưu danh sách từ đồng nghĩa ({synonyms.Pairs.Count} cách gõ). Cổng thông tin và màn hình tra cứu của các xã, phường dùng danh sách mới ngay.";
        return Redirect("/procedures/synonyms");
    }

    private Task<ProcedureSynonymList?> LoadAsync() =>
        db.ProcedureSynonymLists.FirstOrDefaultAsync(s => s.ProvinceId == db.Scope.ProvinceId);
}
