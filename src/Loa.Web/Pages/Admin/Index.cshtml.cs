using Loa.Data;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Admin;

/// <summary>The system administrator's overview: provinces, communes, accounts, and the ways to each.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(LoaDbContext db) : PageModel
{
    public int Provinces { get; private set; }

    public int Communes { get; private set; }

    public int InService { get; private set; }

    public int Accounts { get; private set; }

    public int Locked { get; private set; }

    public async Task OnGetAsync()
    {
        Provinces = await db.Provinces.CountAsync();
        Communes = await db.Communes.CountAsync();
        InService = await db.Communes.CountAsync(c => c.InService);
        Accounts = await db.Users.CountAsync();
        Locked = await db.Users.CountAsync(u => u.IsDisabled);
    }
}
