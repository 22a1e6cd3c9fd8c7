using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Portal;
using Microsoft.EntityFrameworkCore;

namespace Loa.Demo;

/// <summary>
/// The demo puts in service the communes it fills — those with a demo coordinator account: the three real communes and
/// the generated ones — so that their portals take feedback and surveys as a real commune's would. Communes left empty
/// stay out of service, as on a real deployment. Idempotent: a second run changes nothing.
/// </summary>
public static class DemoService
{
    public const string By = "Dữ liệu mẫu";

    public static async Task<int> TurnOnFilledCommunesAsync(LoaDbContext db, CancellationToken cancellationToken = default)
    {
        var filled = db.Users.Where(u => u.IsDemo && u.Role == UserRole.Coordinator && !u.IsDisabled && u.CommuneId != null).Select(u => u.CommuneId!.Value);
        var communes = await db.Communes.Where(c => !c.InService && filled.Contains(c.Id)).ToListAsync(cancellationToken);
        var now = DateTime.UtcNow;
        foreach (var commune in communes)
        {
            PortalServiceWorkflow.Apply(commune, turnOn: true, By, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return communes.Count;
    }
}
