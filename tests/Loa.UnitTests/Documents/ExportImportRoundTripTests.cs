using Loa.Plans;
using Loa.Plans.Import;

namespace Loa.UnitTests.Documents;

/// <summary>A plan exported to .docx and imported again is the same plan: Loa's own documents come back without loss.</summary>
public sealed class ExportImportRoundTripTests
{
    [Theory]
    [MemberData(nameof(ExportedPlans.All), MemberType = typeof(ExportedPlans))]
    public void An_exported_plan_imports_back_to_the_same_plan(string name)
    {
        var original = ExportedPlans.Plan(name);
        var imported = PlanImporter.Import(ExportedPlans.Docx(name), name + ".docx").Plan;
        Assert.Empty(imported.Unplaced);

        // What the decree changes on purpose: numbers below 10 take a leading zero, and a task table that stood in
        // the body moves to the appendix, which the body then refers to.
        original.Number = original.Number is null ? null : Loa.Plans.PlanWorkflow.NormaliseNumber(original.Number.Split('/')[0], original.Symbol!);
        var tasksPart = Find(original.Sections, SectionRoles.Tasks);
        if (tasksPart is not null && tasksPart.Paragraphs.Count == 0)
        {
            Find(imported.Sections, SectionRoles.Tasks)?.Paragraphs.RemoveAll(p => p.Contains("Phụ lục", StringComparison.Ordinal));
        }

        Assert.Equal(Json(original), Json(imported));
    }

    private static PlanSection? Find(IEnumerable<PlanSection> sections, string role) =>
        sections.Select(s => s.Role == role ? s : Find(s.Children, role)).FirstOrDefault(s => s is not null);

    private static string Json(PlanDocument plan) => PlanJson.Serialize(plan);
}
