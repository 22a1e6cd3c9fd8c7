using System.Security.Claims;
using Loa.Text;
using Loa.Web.Infrastructure.Security;

namespace Loa.Web.Infrastructure.Portal;

/// <summary>
/// The line on top of a printed staff page (wwwroot/css/print.css shows it on paper only): where the user works — the
/// commune, or the province for a province officer — and when the page was printed. Names come from the cached
/// <see cref="PortalDirectory"/>, so it costs no query.
/// </summary>
public sealed class PrintHeading(PortalDirectory directory, TimeProvider time)
{
    public async Task<string> LineAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var all = await directory.AllAsync(cancellationToken);
        var place = user.CommuneId() is { } communeId
            ? all.FirstOrDefault(c => c.Id == communeId)?.Name
            : user.ProvinceId() is { } provinceId ? all.FirstOrDefault(c => c.ProvinceId == provinceId)?.ProvinceName : null;
        var printed = "In lúc " + DisplayTime.Moment(time.GetUtcNow().UtcDateTime);
        return place is null ? printed : $"{place} · {printed}";
    }
}
