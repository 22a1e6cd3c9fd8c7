using System.Globalization;
using Loa.Plans;
using Loa.Plans.Progress;

namespace Loa.Web.Pages.Shared;

/// <summary>Small display helpers shared by the pages: CSS classes for bars and badges, numbers in Vietnamese style.</summary>
public static class Display
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The width class of a bar (w0 … w100, in steps of 5), since the content policy forbids inline styles.</summary>
    public static string Width(double? share) => "w" + ((int)Math.Round(Math.Clamp(share ?? 0, 0, 1) * 20) * 5).ToString(CultureInfo.InvariantCulture);

    public static string Css(this ProgressStatus status) => status.ToString().ToLowerInvariant();

    public static string Css(this PlanStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>1.234.567 — Vietnamese digit grouping.</summary>
    public static string Number(long value) => value.ToString("#,0", Vietnamese);

    public static string Percent(double share) => (share * 100).ToString("0", Vietnamese) + "%";
}
