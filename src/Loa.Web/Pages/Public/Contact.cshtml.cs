using Loa.Data;
using Loa.Web.Infrastructure.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Loa.Web.Pages.Public;

/// <summary>Where and when the commune receives people, its hotline and its other channels for feedback.</summary>
[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class ContactModel(LoaDbContext db) : PortalPageModel(db)
{
    public async Task<IActionResult> OnGetAsync()
    {
        await LoadProfileAsync();
        return Page();
    }
}
