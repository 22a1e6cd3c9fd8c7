using System.Security.Cryptography;
using Loa.Data;
using Loa.Procedures;
using Loa.Web.Infrastructure.Procedures;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loa.Web.Pages.Procedures;

/// <summary>
/// The province officer imports the province's catalogue from an export of the national procedure database
/// (.xlsx or .csv): the file is read and checked, the officer sees how many procedures are new, changed or the same
/// and every problem with its line, then confirms. A file with any problem imports nothing.
/// </summary>
[Authorize(Policy = Policies.ProvinceOfficer)]
[RequestSizeLimit(MaxRequest)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequest, ValueLengthLimit = (int)MaxRequest)]
public sealed class ImportModel(LoaDbContext db, ProcedureCatalog catalog, IDataProtectionProvider protection, TimeProvider time) : PageModel
{
    private const long MaxRequest = (ProcedureImport.MaxBytes * 3) + (1024 * 1024);

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The checked file, carried to the confirmation signed and time-limited so that what is imported is what was shown.</summary>
    [BindProperty]
    public string? Payload { get; set; }

    [BindProperty]
    public string? FileName { get; set; }

    public ProcedureFile? Checked { get; private set; }

    public ProcedureImportSummary? Preview { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostReadAsync()
    {
        if (Upload is not { Length: > 0 })
        {
            ModelState.AddModelError(string.Empty, "Hãy chọn tệp danh mục thủ tục (.xlsx hoặc .csv).");
            return Page();
        }

        if (Upload.Length > ProcedureImport.MaxBytes)
        {
            ModelState.AddModelError(string.Empty, $"Tệp quá lớn; tối đa {ProcedureImport.MaxBytes / (1024 * 1024)} MB.");
            return Page();
        }

        using var memory = new MemoryStream();
        await Upload.CopyToAsync(memory);
        var bytes = memory.ToArray();
        Checked = ProcedureImport.Read(bytes);
        FileName = Path.GetFileName(Upload.FileName);
        if (Checked.Ok)
        {
            Preview = await ProcedureImport.PreviewAsync(db, db.Scope.ProvinceId!.Value, Checked.Rows);
            Payload = Protector().Protect(Convert.ToBase64String(bytes), TimeSpan.FromHours(1));
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(Protector().Unprotect(Payload ?? ""));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            ModelState.AddModelError(string.Empty, "Phiên xem trước đã hết hạn hoặc không hợp lệ. Hãy chọn lại tệp và đọc lại.");
            return Page();
        }

        Checked = ProcedureImport.Read(bytes);
        if (!Checked.Ok)
        {
            ModelState.AddModelError(string.Empty, "Tệp có lỗi nên chưa nhập thủ tục nào.");
            return Page();
        }

        var provinceId = db.Scope.ProvinceId!.Value;
        var summary = await ProcedureImport.ApplyAsync(db, provinceId, Checked.Rows, time.GetUtcNow().UtcDateTime);
        catalog.Changed(provinceId);
        TempData["Flash"] = $"Đã nhập danh mục thủ tục{(string.IsNullOrEmpty(FileName) ? "" : $" từ tệp {FileName}")}: {summary.Created} thủ tục mới, {summary.Updated} thủ tục được cập nhật, {summary.Unchanged} thủ tục không đổi.";
        return Redirect("/procedures");
    }

    private ITimeLimitedDataProtector Protector() =>
        protection.CreateProtector(
            "Loa.Procedures.Import", db.Scope.UserId ?? "", db.Scope.ProvinceId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "").ToTimeLimitedDataProtector();
}
