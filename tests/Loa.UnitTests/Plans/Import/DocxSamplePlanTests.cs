using Loa.Plans;
using Loa.Plans.Import;

namespace Loa.UnitTests.Plans.Import;

/// <summary>Each sample plan written as a real Word document imports to the plan its text parses to.</summary>
public sealed class DocxSamplePlanTests
{
    public static TheoryData<string> Names => [SamplePlans.PhuocTan, SamplePlans.CanhVinh, SamplePlans.HungPhu];

    [Theory]
    [MemberData(nameof(Names))]
    public void Debug_source(string name)
    {
        var result = PlanImporter.Import(SampleDocx.Bytes(name), name.Replace(".txt", ".docx", StringComparison.Ordinal));
        File.WriteAllLines($"/tmp/{name}.src", result.SourceLines);
        File.WriteAllBytes($"/tmp/{name}.docx", SampleDocx.Bytes(name));
        var difference = PlanAssert.FirstDifference(SamplePlans.Plan(name), result.Plan);
        Assert.True(difference is null, difference + "\nwarnings: " + string.Join(" | ", result.Warnings));
    }
}
