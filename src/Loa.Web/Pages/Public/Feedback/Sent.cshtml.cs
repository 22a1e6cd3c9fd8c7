using Loa.Data;
using Loa.Web.Infrastructure.Portal;
using Microsoft.AspNetCore.Mvc;

namespace Loa.Web.Pages.Public.Feedback;

/// <summary>The receipt after sending: the tracking code, shown once (it is not stored and never in an address).</summary>
[NoStore]
public sealed class SentModel(LoaDbContext db) : PortalPageModel(db)
{
    public string? Code { get; private set; }

    public string? Due { get; private set; }

    public bool Mailed { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadProfileAsync();
        Code = TempData["FeedbackCode"] as string;
        Due = TempData["FeedbackDue"] as string;
        Mailed = TempData["FeedbackMailed"] is true;
        return Page();
    }
}
