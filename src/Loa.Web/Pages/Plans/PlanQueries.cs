using Loa.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Plans;

/// <summary>The ways plan pages load a plan: with its tasks only, or with every part.</summary>
public static class PlanQueries
{
    public static IQueryable<Plan> WithTasks(this IQueryable<Plan> plans) =>
        plans.Include(p => p.Tasks).ThenInclude(t => t.Units).AsSplitQuery();

    public static IQueryable<Plan> WithEverything(this IQueryable<Plan> plans) =>
        plans
            .Include(p => p.Basis)
            .Include(p => p.Sections)
            .Include(p => p.Contents)
            .Include(p => p.Channels)
            .Include(p => p.Tasks).ThenInclude(t => t.Units)
            .Include(p => p.Responsibilities)
            .Include(p => p.Deadlines)
            .AsSplitQuery();
}
