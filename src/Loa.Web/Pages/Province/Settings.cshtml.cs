using Loa.Data;
using Loa.Domain;
using Loa.Plans;
using Loa.Reports;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Province;

/// <summary>
/// The province officer sets the province's rules: data cut-off, report due day and start of the reporting year
/// (the Ministry's rule unless changed), the day by which communes must issue their plan, and the body reports go to.
/// The calendar they give is shown beside the form.
/// </summary>
[Authorize(Policy = Policies.ProvinceOfficer)]
public sealed class SettingsModel(LoaDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public SettingsForm Settings { get; set; } = new();

    public string ProvinceName { get; private set; } = "";

    public int Year { get; private set; }

    /// <summary>This year's periods under the rules on the form.</summary>
    public IReadOnlyList<ReportPeriod> Calendar { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var province = await db.Provinces.AsNoTracking().FirstOrDefaultAsync(p => p.Id == db.Scope.ProvinceId);
        if (province is null)
        {
            return NotFound();
        }

        Settings = SettingsForm.From(province);
        Show(province);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var province = await db.Provinces.FirstOrDefaultAsync(p => p.Id == db.Scope.ProvinceId);
        if (province is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            foreach (var (field, message) in Settings.Problems())
            {
                ModelState.AddModelError(field.Length == 0 ? string.Empty : $"{nameof(Settings)}.{field}", message);
            }
        }

        if (!ModelState.IsValid)
        {
            Show(province, fromForm: false);
            return Page();
        }

        Settings.ApplyTo(province);
        await db.SaveChangesAsync();
        TempData["Flash"] = $"Đã lưu lịch báo cáo và hạn ban hành kế hoạch của {province.Name}.";
        return RedirectToPage();
    }

    private void Show(Domain.Geography.Province province, bool fromForm = true)
    {
        ProvinceName = province.Name;
        Year = VietnamTime.Today(time).Year;
        Calendar = ReportingCalendar.For(
            Year,
            ReportingPeriods.Quarter | ReportingPeriods.HalfYear | ReportingPeriods.NineMonths | ReportingPeriods.Year,
            fromForm ? Settings.Rules : province.ReportingRules);
    }
}
