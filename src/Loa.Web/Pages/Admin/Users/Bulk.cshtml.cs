using System.Globalization;
using System.Security.Cryptography;
using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Text;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Admin.Users;

/// <summary>
/// Many accounts of one commune at once, from an .xlsx sheet (decision record 30): download the template, fill it in, upload;
/// the review shows every row as it will be created or why it is refused; nothing is saved until confirmed, then the accepted
/// rows are created in one transaction, each with a temporary password shown once on the answer (the owner must change it at
/// the first sign-in).
/// </summary>
[Authorize(Policy = Policies.AccountManager)]
[RequestSizeLimit(MaxRequest)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequest, ValueLengthLimit = (int)MaxRequest)]
public sealed class BulkModel(
    LoaDbContext db, UserManager<User> users, IDataProtectionProvider protection, AuditLog audit, TimeProvider time) : PageModel
{
    public const long MaxBytes = 2 * 1024 * 1024;

    private const long MaxRequest = (MaxBytes * 3) + (1024 * 1024);

    [BindProperty(SupportsGet = true)]
    public int? Province { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Commune { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The uploaded sheet, carried to the confirmation signed and time-limited, so what is created is what was shown.</summary>
    [BindProperty]
    public string? Payload { get; set; }

    public PlaceLists Lists { get; private set; } = null!;

    public string? CommuneName { get; private set; }

    public IReadOnlyList<AccountBulkRow>? Review { get; private set; }

    /// <summary>The accounts made, with their temporary passwords: shown once, never stored or logged.</summary>
    public IReadOnlyList<(AccountBulkRow Row, string Password)>? Created { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnGetTemplateAsync()
    {
        if (await LoadAsync() is not { } communeId)
        {
            return Page();
        }

        var units = await db.Units.AsNoTracking().Where(u => u.CommuneId == communeId && !u.IsArchived).Select(u => u.Name).ToListAsync();
        Response.Headers.CacheControl = "private, no-store";
        return File(
            AccountSheet.Template(units.Order(VietnameseOrder.Instance)),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "tai-khoan-" + Slugs.From(CommuneName ?? "xa") + ".xlsx");
    }

    public async Task<IActionResult> OnPostReviewAsync()
    {
        if (await LoadAsync() is not { } communeId)
        {
            return Page();
        }

        if (Upload is not { Length: > 0 })
        {
            ModelState.AddModelError(string.Empty, "Hãy chọn tệp Excel (.xlsx) đã điền danh sách tài khoản.");
            return Page();
        }

        if (Upload.Length > MaxBytes)
        {
            ModelState.AddModelError(string.Empty, $"Tệp quá lớn; tối đa {MaxBytes / (1024 * 1024)} MB.");
            return Page();
        }

        using var memory = new MemoryStream();
        await Upload.CopyToAsync(memory);
        var bytes = memory.ToArray();
        if (await ReviewAsync(bytes, communeId) is not { } review)
        {
            return Page();
        }

        Review = review;
        Payload = Protector(communeId).Protect(Convert.ToBase64String(bytes), TimeSpan.FromHours(1));
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        if (await LoadAsync() is not { } communeId)
        {
            return Page();
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(Protector(communeId).Unprotect(Payload ?? ""));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            ModelState.AddModelError(string.Empty, "Bản xem trước đã hết hạn hoặc không hợp lệ. Hãy tải tệp lên lại.");
            return Page();
        }

        // Checked again: someone may have taken a user name since the review.
        if (await ReviewAsync(bytes, communeId) is not { } review)
        {
            return Page();
        }

        var accepted = review.Where(r => r.Accepted).ToList();
        if (accepted.Count == 0)
        {
            Review = review;
            ModelState.AddModelError(string.Empty, "Không có dòng nào tạo được tài khoản. Hãy sửa tệp theo các lý do bên dưới rồi tải lên lại.");
            return Page();
        }

        var provinceId = await db.Communes.AsNoTracking().Where(c => c.Id == communeId).Select(c => c.ProvinceId).FirstAsync();
        var now = time.GetUtcNow().UtcDateTime;
        var created = new List<(AccountBulkRow, string)>();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            foreach (var row in accepted)
            {
                var password = AccountAdministration.TemporaryPassword();
                var user = new User
                {
                    UserName = row.UserName,
                    FullName = row.FullName,
                    Email = row.Email,
                    PhoneNumber = row.Phone,
                    Role = row.Role!.Value,
                    ProvinceId = provinceId,
                    CommuneId = communeId,
                    UnitId = row.UnitId,
                    LockoutEnabled = true,
                    MustChangePassword = true,
                    CreatedAt = now,
                };
                var result = await users.CreateAsync(user, password);
                if (!result.Succeeded)
                {
                    await transaction.RollbackAsync();
                    db.ChangeTracker.Clear();
                    Review = review;
                    ModelState.AddModelError(string.Empty, $"Dòng {row.Line} ({row.UserName}): " + string.Join(" ", result.Errors.Select(e => e.Description))
                        + " Chưa tạo tài khoản nào.");
                    return Page();
                }

                created.Add((row, password));
            }

            await transaction.CommitAsync();
        }

        await audit.WriteAsync(
            "accounts-bulk-created",
            succeeded: true,
            entityType: nameof(Domain.Geography.Commune),
            entityId: communeId.ToString(CultureInfo.InvariantCulture),
            detail: $"{CommuneName}: {created.Count} tài khoản ({string.Join(", ", created.Select(c => c.Item1.UserName))})");
        Created = created;
        Review = null;
        Payload = null;
        Response.Headers.CacheControl = "private, no-store";
        return Page();
    }

    /// <summary>The sheet reviewed for the commune; null (with the reason shown) when the file cannot be read.</summary>
    private async Task<IReadOnlyList<AccountBulkRow>?> ReviewAsync(byte[] bytes, int communeId)
    {
        IReadOnlyList<AccountSheetRow> rows;
        try
        {
            rows = AccountSheet.Read(bytes);
        }
        catch (AccountSheetException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return null;
        }

        if (rows.Count == 0)
        {
            ModelState.AddModelError(string.Empty, "Tệp không có dòng tài khoản nào dưới dòng tiêu đề.");
            return null;
        }

        var provinceId = await db.Communes.AsNoTracking().Where(c => c.Id == communeId).Select(c => c.ProvinceId).FirstAsync();
        var units = (await db.Units.AsNoTracking().Where(u => u.CommuneId == communeId && !u.IsArchived).Select(u => new { u.Id, u.Name }).ToListAsync())
            .Select(u => (u.Id, u.Name)).ToList();
        var names = rows.Select(r => r.UserName.Trim().ToUpperInvariant()).Distinct().ToList();
        var taken = (await db.Users.AsNoTracking().Where(u => names.Contains(u.NormalizedUserName!)).Select(u => u.NormalizedUserName!).ToListAsync())
            .ToHashSet(StringComparer.Ordinal);
        return AccountBulk.Review(rows, User.Manager(), provinceId, communeId, units, taken);
    }

    /// <summary>
    /// Loads the lists and the chosen commune; returns its id when the manager may create accounts there (a coordinator's own
    /// commune; a commune of the province officer's province; any for the administrator).
    /// </summary>
    private async Task<int?> LoadAsync()
    {
        var manager = User.Manager();
        Province = AdminAccess.ProvinceOf(manager) ?? Province;
        Commune = AdminAccess.CommuneOf(manager) ?? Commune;
        Lists = await PlaceLists.LoadAsync(db, manager, Province, Commune);
        if (Commune is not { } communeId)
        {
            return null;
        }

        var commune = await db.Communes.AsNoTracking().FirstOrDefaultAsync(c => c.Id == communeId && (Province == null || c.ProvinceId == Province));
        var role = AdminAccess.AssignableRoles(manager).FirstOrDefault(r => r is UserRole.UnitOfficer or UserRole.Coordinator or UserRole.Leader);
        if (commune is null || role == 0 || !AdminAccess.MayPlace(manager, new AccountHolder(null, role, commune.ProvinceId, commune.Id)))
        {
            Commune = null;
            ModelState.AddModelError(string.Empty, "Hãy chọn một xã, phường trong danh sách.");
            return null;
        }

        Province = commune.ProvinceId;
        CommuneName = commune.Name;
        if (manager.Role == UserRole.SystemAdmin)
        {
            Lists = await PlaceLists.LoadAsync(db, manager, Province, Commune);
        }

        return communeId;
    }

    private ITimeLimitedDataProtector Protector(int communeId) =>
        protection.CreateProtector("Loa.Accounts.Bulk", User.UserId() ?? "", communeId.ToString(CultureInfo.InvariantCulture)).ToTimeLimitedDataProtector();
}
