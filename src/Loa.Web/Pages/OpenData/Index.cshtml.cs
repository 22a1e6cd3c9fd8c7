using Loa.Data;
using Loa.OpenData;
using Loa.Web.Infrastructure.OpenData;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Loa.Web.Pages.OpenData;

/// <summary>The catalogue of the open data (decision record 40): the national datasets, the provinces, and every schema with its fields.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = OpenDataCache.Policy)]
[EnableRateLimiting(OpenDataRegistration.RateLimit)]
public sealed class IndexModel(LoaDbContext db, TimeProvider time, IOptions<OpenDataOptions> options) : PageModel
{
    public OpenDataCatalogPage Catalog { get; private set; } = null!;

    public int Limit => options.Value.RequestsPerIpPerMinute;

    public async Task OnGetAsync() => Catalog = await new OpenDataCatalog(db, time).NationalAsync(HttpContext.RequestAborted);
}
