using Loa.Data;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.Plans.Versions;

/// <summary>
/// Saves a change to a plan together with a new version of it (the whole plan as <c>loa.plan/1</c> JSON),
/// in one transaction: either both are kept or neither.
/// </summary>
public static class PlanVersioning
{
    public static async Task SaveAsync(LoaDbContext db, Plan plan, string summary, DateTime now, CancellationToken cancellationToken = default)
    {
        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            plan.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            var saved = await db.Plans.AsNoTracking().WithEverything().FirstAsync(p => p.Id == plan.Id, cancellationToken);
            var number = (await db.PlanVersions.IgnoreQueryFilters().Where(v => v.PlanId == plan.Id).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0) + 1;
            db.PlanVersions.Add(new PlanVersion
            {
                PlanId = plan.Id,
                ProvinceId = plan.ProvinceId,
                CommuneId = plan.CommuneId,
                Number = number,
                CreatedAt = now,
                UserId = db.Scope.UserId,
                UserName = db.Scope.UserName,
                Summary = summary.Length > 300 ? summary[..300] : summary,
                Status = saved.Status,
                Snapshot = PlanJson.Serialize(PlanMapper.ToDocument(saved), indented: false),
            });
            await db.SaveChangesAsync(cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }
}
