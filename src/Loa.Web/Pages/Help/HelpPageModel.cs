using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loa.Web.Pages.Help;

/// <summary>The model of every guide page: the guides, and the one of the signed-in user's role.</summary>
public sealed class HelpPageModel : PageModel
{
    public IReadOnlyList<HelpGuide> Guides => HelpGuides.All;

    public HelpGuide? Mine => HelpGuides.For(User.Role());

    public void OnGet()
    {
    }
}
