using Loa.Data;
using Loa.Portal;
using Loa.Web.Infrastructure.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Public;

/// <summary>
/// A page of a commune's public portal (<c>/x/{code}/…</c>): open to everyone, and — because the request acts as
/// the public of that commune (<see cref="PortalScope"/>) — able to read that commune's data only. Portal pages
/// must still show only what is published or issued.
/// </summary>
[AllowAnonymous]
public abstract class PortalPageModel(LoaDbContext db) : PageModel
{
    protected LoaDbContext Db { get; } = db;

    public PortalCommune Commune => HttpContext.PortalCommune() ?? throw new InvalidOperationException("A portal page outside /x/{code}.");

    public PortalProfile? Profile { get; private set; }

    /// <summary>Loads the commune's portal profile for the layout (hotline, address, hours).</summary>
    protected async Task LoadProfileAsync()
    {
        UseProfile(await Db.PortalProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.CommuneId == Commune.Id, HttpContext.RequestAborted));
    }

    /// <summary>The profile the layout shows (hotline, address, hours), already loaded.</summary>
    protected void UseProfile(PortalProfile? profile)
    {
        Profile = profile;
        ViewData["PortalProfile"] = profile;
    }

    /// <summary>Whether the commune's portal is in service, and its profile, in one query.</summary>
    public static async Task<(bool InService, PortalProfile? Profile)> ProfileAndServiceAsync(LoaDbContext db, int communeId)
    {
        var found = await ProfileAndService.For(db)(db, communeId) ?? throw new InvalidOperationException($"No commune {communeId}.");
        return (found.InService, found.Profile);
    }

    // Compiled once: the portal home asks it on every request (decision record 37).
    private static readonly PerModel<Func<LoaDbContext, int, Task<ServiceAndProfile?>>> ProfileAndService = new(() => EF.CompileAsyncQuery(
        (LoaDbContext db, int communeId) => (
            from c in db.Communes.AsNoTracking()
            where c.Id == communeId
            join p in db.PortalProfiles.AsNoTracking() on (int?)c.Id equals p.CommuneId into profiles
            from p in profiles.DefaultIfEmpty()
            select new ServiceAndProfile(c.InService, p))
            .FirstOrDefault()));

    private sealed record ServiceAndProfile(bool InService, PortalProfile? Profile);
}
