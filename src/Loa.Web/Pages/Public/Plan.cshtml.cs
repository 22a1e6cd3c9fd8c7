using Loa.Data;
using Loa.Documents;
using Loa.Domain;
using Loa.Plans;
using Loa.Text;
using Loa.Web.Infrastructure.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Loa.Web.Pages.Public;

/// <summary>The commune's issued plan for the public: its full text, each key task with its progress, and the official .docx.</summary>
[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class PlanModel(LoaDbContext db, TimeProvider time) : PortalPageModel(db)
{
    public PortalPlan? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? format)
    {
        if (format is not null && format != "docx")
        {
            return NotFound();
        }

        await LoadProfileAsync();
        Current = await PortalPlan.LoadAsync(Db, Commune.Id, VietnamTime.Today(time), everything: true, HttpContext.RequestAborted);
        if (format == "docx")
        {
            if (Current is null)
            {
                return NotFound();
            }

            var plan = Current.Plan;
            var name = string.Join('-', VietnameseText.FoldWords($"ke hoach {plan.Year} {Commune.Locality}").Split(' ', StringSplitOptions.RemoveEmptyEntries));
            var amendments = await Loa.Plans.Amendments.AmendmentSentences.ForAsync(Db, plan, HttpContext.RequestAborted);
            return File(PlanDocxWriter.Write(PlanMapper.ToDocument(plan), amendments), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx");
        }

        return Page();
    }
}
