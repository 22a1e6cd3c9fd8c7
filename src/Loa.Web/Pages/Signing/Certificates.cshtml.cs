using Loa.Data;
using Loa.Signing;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Signing;

/// <summary>
/// The signed-in person's signing certificates: register the .cer of one's USB token (and, optionally, the signature image the agent
/// draws), or remove one. A document is accepted signed only with a certificate its expected signer registered here.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class CertificatesModel(LoaDbContext db, TimeProvider time, AuditLog audit) : PageModel
{
    public const long MaxImageBytes = 512 * 1024;

    public List<SigningCertificate> Certificates { get; private set; } = [];

    public async Task OnGetAsync() => Certificates = await MineAsync();

    public async Task<IActionResult> OnPostAsync(IFormFile? certificate, IFormFile? image)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (certificate is null)
        {
            ModelState.AddModelError(string.Empty, "Hãy chọn tệp chứng thư số (.cer) của USB ký số.");
            Certificates = await MineAsync();
            return Page();
        }

        using var content = new MemoryStream();
        await certificate.OpenReadStream().CopyToAsync(content);
        var (read, problem) = certificate.Length > CertificateFile.MaxBytes ? (null, "Tệp chứng thư số quá lớn.") : CertificateFile.Read(content.ToArray(), now);
        string? picture = null;
        if (read is not null && image is { Length: > 0 })
        {
            using var png = new MemoryStream();
            await image.OpenReadStream().CopyToAsync(png);
            var bytes = png.ToArray();
            if (image.Length > MaxImageBytes || Loa.Files.FileSignatures.Detect(new MemoryStream(bytes))?.ContentType != "image/png")
            {
                problem = "Ảnh chữ ký phải là tệp PNG (nền trong suốt), không quá 512 KB.";
            }
            else
            {
                picture = Convert.ToBase64String(bytes);
            }
        }

        var userId = db.Scope.UserId!;
        if (read is not null && problem is null && await db.SigningCertificates.AnyAsync(c => c.UserId == userId && c.Thumbprint == read.Thumbprint))
        {
            problem = "Chứng thư số này đã được đăng ký.";
        }

        if (read is null || problem is not null || read.IsAuthority)
        {
            ModelState.AddModelError(string.Empty, problem ?? "Đây là chứng thư của tổ chức cấp chứng thư, không phải của người ký.");
            Certificates = await MineAsync();
            return Page();
        }

        db.SigningCertificates.Add(new SigningCertificate
        {
            UserId = userId,
            Subject = read.Subject,
            Issuer = read.Issuer,
            Thumbprint = read.Thumbprint,
            Certificate = read.Base64,
            SignatureImage = picture,
            NotAfter = read.NotAfter,
            AddedAt = now,
        });
        await db.SaveChangesAsync();
        await audit.WriteAsync("register-certificate", succeeded: true, nameof(SigningCertificate), read.Thumbprint, read.Subject);
        TempData["Flash"] = "Đã đăng ký chứng thư số.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int certificateId)
    {
        var userId = db.Scope.UserId;
        var mine = await db.SigningCertificates.FirstOrDefaultAsync(c => c.Id == certificateId && c.UserId == userId);
        if (mine is not null)
        {
            db.SigningCertificates.Remove(mine);
            await db.SaveChangesAsync();
            await audit.WriteAsync("remove-certificate", succeeded: true, nameof(SigningCertificate), mine.Thumbprint, mine.Subject);
        }

        return RedirectToPage();
    }

    private Task<List<SigningCertificate>> MineAsync()
    {
        var userId = db.Scope.UserId;
        return db.SigningCertificates.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.Id).ToListAsync();
    }
}
