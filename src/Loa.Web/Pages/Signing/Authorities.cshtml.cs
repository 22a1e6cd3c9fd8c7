using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Signing;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Signing;

/// <summary>
/// The trusted certificate authorities: signatures are accepted only with certificates they issued. A province officer manages its
/// province's list; the system administrator the list every province trusts.
/// </summary>
[Authorize(Policy = Policies.TrustManager)]
public sealed class AuthoritiesModel(LoaDbContext db, TimeProvider time, AuditLog audit) : PageModel
{
    public List<TrustedAuthority> Authorities { get; private set; } = [];

    public async Task OnGetAsync() => Authorities = await VisibleAsync();

    public async Task<IActionResult> OnPostAsync(IFormFile? certificate)
    {
        var now = time.GetUtcNow().UtcDateTime;
        string? problem = "Hãy chọn tệp chứng thư của tổ chức cung cấp dịch vụ chứng thực (.cer).";
        CertificateFile? read = null;
        if (certificate is { Length: > 0 and <= CertificateFile.MaxBytes })
        {
            using var content = new MemoryStream();
            await certificate.OpenReadStream().CopyToAsync(content);
            (read, problem) = CertificateFile.Read(content.ToArray(), now);
            if (read is { IsAuthority: false })
            {
                problem = "Đây là chứng thư của một người ký, không phải của tổ chức cấp chứng thư.";
            }
        }

        var province = Province;
        if (read is not null && problem is null
            && await db.TrustedAuthorities.AnyAsync(a => a.Thumbprint == read.Thumbprint && a.ProvinceId == province))
        {
            problem = "Tổ chức này đã có trong danh sách.";
        }

        if (read is null || problem is not null)
        {
            ModelState.AddModelError(string.Empty, problem ?? "Tệp không hợp lệ.");
            Authorities = await VisibleAsync();
            return Page();
        }

        db.TrustedAuthorities.Add(new TrustedAuthority
        {
            ProvinceId = province,
            Name = read.Subject,
            Thumbprint = read.Thumbprint,
            Certificate = read.Base64,
            NotAfter = read.NotAfter,
            AddedAt = now,
            AddedById = db.Scope.UserId,
        });
        await db.SaveChangesAsync();
        await audit.WriteAsync("trust-authority", succeeded: true, nameof(TrustedAuthority), read.Thumbprint, read.Subject);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int authorityId)
    {
        var province = Province;
        var row = await db.TrustedAuthorities.FirstOrDefaultAsync(a => a.Id == authorityId && a.ProvinceId == province);
        if (row is not null)
        {
            db.TrustedAuthorities.Remove(row);
            await db.SaveChangesAsync();
            await audit.WriteAsync("distrust-authority", succeeded: true, nameof(TrustedAuthority), row.Thumbprint, row.Name);
        }

        return RedirectToPage();
    }

    /// <summary>The list this user manages: the province's own, or (system administrator) the list of every province.</summary>
    public int? Province => db.Scope.Role == UserRole.SystemAdmin ? null : db.Scope.ProvinceId;

    private Task<List<TrustedAuthority>> VisibleAsync()
    {
        var province = db.Scope.ProvinceId;
        return db.TrustedAuthorities.AsNoTracking().Where(a => a.ProvinceId == null || a.ProvinceId == province).OrderBy(a => a.Name).ToListAsync();
    }
}
