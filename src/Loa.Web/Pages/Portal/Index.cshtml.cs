using Loa.Data;
using Loa.Portal;
using Loa.Web.Infrastructure.Portal;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Portal;

/// <summary>
/// The commune's portal as its staff manage it: where each part stands (news, surveys and contests, feedback,
/// procedures, the kiosk) with the way into it, the address and QR code to print on every poster and leaflet,
/// and what the portal says about the commune (welcome, address, hours, hotline, other channels).
/// </summary>
[Authorize(Policy = Policies.UnitManager)]
public sealed class IndexModel(LoaDbContext db, PortalDirectory directory, PortalAddress address, TimeProvider time) : PageModel
{
    [BindProperty]
    public ProfileForm Profile { get; set; } = new();

    public PortalCommune Commune { get; private set; } = null!;

    public string PublicUrl { get; private set; } = "";

    public PortalSections Sections { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        Profile = ProfileForm.From(await db.PortalProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.CommuneId == Commune.Id));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var profile = await db.PortalProfiles.FirstOrDefaultAsync(p => p.CommuneId == Commune.Id);
        if (profile is null)
        {
            profile = new PortalProfile { ProvinceId = Commune.ProvinceId, CommuneId = Commune.Id };
            db.PortalProfiles.Add(profile);
        }
        else
        {
            db.Entry(profile).Property(p => p.Version).OriginalValue = Profile.Version;
        }

        Profile.ApplyTo(profile);
        profile.UpdatedAt = time.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, Conflicts.Message("Thông tin cổng"));
            return Page();
        }

        TempData["Flash"] = "Đã lưu thông tin trên cổng thông tin của xã, phường.";
        return RedirectToPage();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var communeId = db.Scope.CommuneId;
        var code = await db.Communes.AsNoTracking().Where(c => c.Id == communeId).Select(c => c.Code).FirstOrDefaultAsync();
        if (await directory.FindAsync(code, HttpContext.RequestAborted) is not { } commune)
        {
            return NotFound();
        }

        Commune = commune;
        PublicUrl = address.Of(Request, commune.Path);
        Sections = await PortalSections.LoadAsync(db, commune.Id, time, HttpContext.RequestAborted);
        return null;
    }
}
