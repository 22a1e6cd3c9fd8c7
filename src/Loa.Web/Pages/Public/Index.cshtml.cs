using Loa.Data;
using Loa.Domain;
using Loa.Indices;
using Loa.Web.Infrastructure.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Public;

/// <summary>The home page of a commune's CCHC portal: welcome, how the plan is going, the latest results of the indices, where to go next.</summary>
[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class IndexModel(LoaDbContext db, TimeProvider time) : PortalPageModel(db)
{
    public PortalPlanSummary? Plan { get; private set; }

    public IReadOnlyList<IndexScore> LatestIndices { get; private set; } = [];

    /// <summary>Set when the commune does not use Loa: the home then says so instead of inviting feedback and surveys.</summary>
    public ServiceNotice? Notice { get; private set; }

    // Compiled once, as the home's other queries (decision record 37). The province too: the results' index starts with it
    // (a commune's rows are in its province).
    private static readonly PerModel<Func<LoaDbContext, int, int, IAsyncEnumerable<IndexScore>>> IndexScores = new(() => EF.CompileAsyncQuery(
        (LoaDbContext db, int provinceId, int communeId) => db.IndexResults.AsNoTracking()
            .Where(r => r.ProvinceId == provinceId && r.CommuneId == communeId)
            .Select(r => new IndexScore(r.Kind, r.Year, r.Score, r.MaxScore))));

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadProfileAndServiceAsync())
        {
            Notice = await PortalService.NoticeAsync(Db, Commune, HttpContext.RequestAborted);
        }

        Plan = await PortalPlanSummary.LoadAsync(Db, Commune.Id, VietnamTime.Today(time), HttpContext.RequestAborted);
        var results = new List<IndexScore>();
        await foreach (var result in IndexScores.For(Db)(Db, Commune.ProvinceId, Commune.Id).WithCancellation(HttpContext.RequestAborted))
        {
            results.Add(result);
        }

        LatestIndices = results.GroupBy(r => r.Kind).Select(g => g.OrderByDescending(r => r.Year).First()).OrderBy(r => r.Kind).ToList();
        ViewData["Feed"] = Commune.Path + "/news/feed";
        return Page();
    }
}

/// <summary>An index result as the home shows it: the kind, the year, the score out of its maximum.</summary>
public sealed record IndexScore(IndexKind Kind, int Year, decimal Score, decimal? MaxScore);
