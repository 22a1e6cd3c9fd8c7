using Loa.Data;
using Loa.Text;
using Loa.Web.Infrastructure.Portal;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using QRCoder;

namespace Loa.Web.Pages.Portal;

/// <summary>The QR code of the commune's portal address, as SVG (for print) or PNG (for documents), for its staff.</summary>
[Authorize(Policy = Policies.CommuneStaff)]
public sealed class QrModel(LoaDbContext db, PortalDirectory directory, PortalAddress address) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? format, bool download)
    {
        var communeId = db.Scope.CommuneId;
        var code = await db.Communes.AsNoTracking().Where(c => c.Id == communeId).Select(c => c.Code).FirstOrDefaultAsync();
        if (await directory.FindAsync(code, HttpContext.RequestAborted) is not { } commune)
        {
            return NotFound();
        }

        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(address.Of(Request, commune.Path), QRCodeGenerator.ECCLevel.M);
        var name = "ma-qr-" + string.Join('-', VietnameseText.FoldWords(commune.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (format == "png")
        {
            var png = new PngByteQRCode(data).GetGraphic(20);
            return download ? File(png, "image/png", name + ".png") : File(png, "image/png");
        }

        var svg = System.Text.Encoding.UTF8.GetBytes(new SvgQRCode(data).GetGraphic(10));
        return download ? File(svg, "image/svg+xml", name + ".svg") : File(svg, "image/svg+xml");
    }
}
