using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.BrowserTests.Infrastructure;

/// <summary>A plan waiting for its leader to issue it, for journeys that start at issuing.</summary>
internal static class ApprovedPlans
{
    /// <summary>The leader's commune's issued plan copied to <paramref name="year"/> and approved, ready for the leader to issue.</summary>
    public static Task<int> ArrangeAsync(LoaAppFixture app, string leader, int year) => app.WithSystemDbAsync(async db =>
    {
        var communeId = await db.Users.Where(u => u.UserName == leader).Select(u => u.CommuneId).SingleAsync();
        var commune = await db.Communes.AsNoTracking().SingleAsync(c => c.Id == communeId);
        var units = await db.Units.AsNoTracking().Where(u => u.CommuneId == commune.Id).ToListAsync();
        var source = await db.Plans.AsNoTracking().WithEverything()
            .SingleAsync(p => p.CommuneId == commune.Id && p.Status == PlanStatus.Issued && p.Year == Loa.Demo.DemoData.Year);
        var now = DateTime.UtcNow;
        var plan = new Plan { ProvinceId = commune.ProvinceId, CommuneId = commune.Id, Year = year, CreatedAt = now, UpdatedAt = now };
        PlanMapper.Fill(plan, PlanMapper.ToDocument(source), new UnitMatcher(units, commune.Locality));
        plan.SourcePlanId = source.Id;
        plan.Year = year;
        plan.Number = null;
        (plan.DateDay, plan.DateMonth, plan.DateYear) = (null, null, year);
        plan.Status = PlanStatus.Approved;
        plan.SubmittedAt = now;
        plan.ApprovedAt = now;
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    });
}
