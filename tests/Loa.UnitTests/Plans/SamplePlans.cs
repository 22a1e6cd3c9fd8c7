using System.Collections.Concurrent;
using Loa.Demo;
using Loa.Plans;
using Loa.Plans.Parsing;

namespace Loa.UnitTests.Plans;

/// <summary>The three real plans shipped as Loa.Core resources, read and parsed once per test run.</summary>
internal static class SamplePlans
{
    public const string PhuocTan = "phuoc-tan-2026.txt";
    public const string CanhVinh = "canh-vinh-2026.txt";
    public const string HungPhu = "hung-phu-2026.txt";

    private static readonly ConcurrentDictionary<string, PlanDocument> Parsed = new(StringComparer.Ordinal);

    public static string Text(string name) => DemoPlanTexts.Read(name);

    /// <summary>The parsed plan; shared between tests, so tests must not change it.</summary>
    public static PlanDocument Plan(string name) => Parsed.GetOrAdd(name, n => PlanTextParser.Parse(Text(n)));

    /// <summary>A fresh parse, safe to change.</summary>
    public static PlanDocument FreshPlan(string name) => PlanTextParser.Parse(Text(name));

    public static PlanSection Part(PlanDocument plan, string label) => plan.Sections.Single(s => s.Label == label);
}
