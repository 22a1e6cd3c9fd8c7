using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Portal;

/// <summary>
/// The absolute address of a portal page as printed on paper (QR codes) and sent in e-mails: <c>Loa:PublicAddress</c>
/// when set (the address citizens know, e.g. "https://cchc.dongnai.gov.vn"), otherwise the address of the request.
/// </summary>
public sealed class PortalAddress(IOptions<LoaOptions> options)
{
    public string Of(HttpRequest request, string path)
    {
        var root = options.Value.PublicAddress is { Length: > 0 } configured ? configured.TrimEnd('/') : $"{request.Scheme}://{request.Host}";
        return root + path;
    }
}
