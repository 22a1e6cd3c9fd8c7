using Loa.Plans;

namespace Loa.Reports;

/// <summary>
/// The units that owe a report for a plan's period: every unit the plan's key tasks name, as lead or as partner
/// (a partner also carries out part of the work and records what it did).
/// </summary>
public static class ReportingUnits
{
    public static IReadOnlyList<int> Of(Plan plan) =>
        plan.Tasks.SelectMany(t => t.Units).Select(u => u.UnitId).OfType<int>().Distinct().Order().ToList();
}
