using Loa.Articles;
using Loa.Data;
using Loa.Domain;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Articles;

/// <summary>
/// The lists an article form chooses from: the commune's categories (the defaults are made on first use) and the key
/// tasks of its issued plans.
/// </summary>
public static class ArticleChoices
{
    public static async Task<List<ArticleCategory>> CategoriesAsync(LoaDbContext db, CancellationToken cancellationToken)
    {
        var communeId = db.Scope.CommuneId;
        var categories = await db.ArticleCategories.Where(c => c.CommuneId == communeId).OrderBy(c => c.Order)
            .ThenBy(c => c.Name).ToListAsync(cancellationToken);
        if (categories.Count > 0 || communeId is null || db.Scope.ProvinceId is not { } provinceId)
        {
            return categories;
        }

        categories = ArticleCategory.Defaults.Select((name, i) => new ArticleCategory
        {
            ProvinceId = provinceId,
            CommuneId = communeId,
            Name = name,
            Order = i,
        }).ToList();
        db.ArticleCategories.AddRange(categories);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // made by a request at the same moment: read those
            db.ChangeTracker.Clear();
            return await db.ArticleCategories.Where(c => c.CommuneId == communeId).OrderBy(c => c.Order).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        }

        return categories;
    }

    /// <summary>
    /// The tasks of the commune's issued plans from last year on, parents before their sub-rows (the page groups them
    /// by plan, <see cref="PlanYearCredit.Group"/>).
    /// </summary>
    public static async Task<List<TaskChoice>> TasksAsync(LoaDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var communeId = db.Scope.CommuneId;
        var year = VietnamTime.Today(time).Year;
        var plans = await db.Plans.AsNoTracking()
            .Where(p => p.CommuneId == communeId && p.UnitId == null && p.Status == PlanStatus.Issued && p.Year >= year - 1)
            .OrderByDescending(p => p.Year)
            .Select(p => new { p.Id, p.Year })
            .ToListAsync(cancellationToken);
        var planIds = plans.Select(p => p.Id).ToList();
        var tasks = await db.Tasks.AsNoTracking().Where(t => planIds.Contains(t.PlanId))
            .Select(t => new { t.Id, t.PlanId, t.ParentId, t.Order, t.Label, t.Name })
            .ToListAsync(cancellationToken);
        var choices = new List<TaskChoice>();
        foreach (var plan in plans)
        {
            var own = tasks.Where(t => t.PlanId == plan.Id).ToList();
            foreach (var root in own.Where(t => t.ParentId is null).OrderBy(t => t.Order))
            {
                foreach (var task in own.Where(t => t.ParentId == root.Id).OrderBy(t => t.Order).Prepend(root))
                {
                    var label = PlanYearCredit.TaskName(plan.Year, task.Label, task.Name);
                    choices.Add(new TaskChoice(task.Id, plan.Id, plan.Year, label.Length > 140 ? label[..139] + "…" : label));
                }
            }
        }

        return choices;
    }
}
