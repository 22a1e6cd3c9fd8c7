using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loa.Web.Pages.Evidence;

/// <summary>How a cleaned evidence photo or thumbnail is sent to be shown in the page: never sniffed, sandboxed, cached only by the user's browser.</summary>
public static class EvidenceResponses
{
    public static IActionResult Inline(PageModel page, string path, string contentType)
    {
        if (!System.IO.File.Exists(path))
        {
            return page.NotFound();
        }

        var headers = page.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "private, max-age=86400";
        headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
        headers.ContentDisposition = "inline";
        return new PhysicalFileResult(path, contentType);
    }
}
