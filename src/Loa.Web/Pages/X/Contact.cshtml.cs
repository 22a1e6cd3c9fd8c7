using Loa.Data;
using Microsoft.AspNetCore.Mvc;

namespace Loa.Web.Pages.X;

/// <summary>Where and when the commune receives people, its hotline and its other channels for feedback.</summary>
public sealed class ContactModel(LoaDbContext db) : PortalPageModel(db)
{
    public async Task<IActionResult> OnGetAsync()
    {
        await LoadProfileAsync();
        return Page();
    }
}
