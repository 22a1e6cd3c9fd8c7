using DocumentFormat.OpenXml.Wordprocessing;
using Loa.Documents;

namespace Loa.UnitTests.Documents;

/// <summary>The plan written in parts for signing: the plan without its appendix, and the appendix alone.</summary>
public sealed class PlanDocxPartsTests
{
    [Fact]
    public void Without_its_appendix_the_plan_is_one_portrait_section_ending_with_the_signature()
    {
        var plan = ExportedPlans.Plan(ExportedPlans.Numbered);
        using var docx = new ExportedDocx(PlanDocxWriter.Write(plan, [], PlanParts.WithoutAppendix));

        var section = Assert.Single(docx.Body.Descendants<SectionProperties>());
        Assert.Null(section.GetFirstChild<PageSize>()!.Orient);
        var text = string.Join("\n", docx.Body.Descendants<Paragraph>().Select(ExportedDocx.Text));
        Assert.Contains("Nơi nhận:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PHỤ LỤC", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_appendix_alone_is_one_landscape_section_numbered_from_one()
    {
        var plan = ExportedPlans.Plan(ExportedPlans.Numbered);
        using var docx = new ExportedDocx(PlanDocxWriter.Write(plan, [], PlanParts.AppendixOnly));

        var section = Assert.Single(docx.Body.Descendants<SectionProperties>());
        Assert.Equal(PageOrientationValues.Landscape, section.GetFirstChild<PageSize>()!.Orient!.Value);
        Assert.Equal(1, section.GetFirstChild<PageNumberType>()!.Start!.Value);
        var text = string.Join("\n", docx.Body.Descendants<Paragraph>().Select(ExportedDocx.Text));
        Assert.StartsWith("PHỤ LỤC", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nơi nhận", text, StringComparison.Ordinal);
        Assert.DoesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_whole_plan_is_the_plan_then_its_appendix()
    {
        var plan = ExportedPlans.Plan(ExportedPlans.Numbered);
        Assert.Equal(
            DocumentText(PlanDocxWriter.Write(plan)),
            DocumentText(PlanDocxWriter.Write(plan, [], PlanParts.Whole)));
        Assert.Equal(
            DocumentText(PlanDocxWriter.Write(plan)),
            DocumentText(PlanDocxWriter.Write(plan, [], PlanParts.WithoutAppendix)) + DocumentText(PlanDocxWriter.Write(plan, [], PlanParts.AppendixOnly)));
    }

    [Fact]
    public void A_plan_without_key_tasks_has_no_appendix_to_write()
    {
        var plan = ExportedPlans.Plan(ExportedPlans.Numbered);
        plan.Tasks = [];
        Assert.Throws<InvalidOperationException>(() => PlanDocxWriter.Write(plan, [], PlanParts.AppendixOnly));
    }

    private static string DocumentText(byte[] docx)
    {
        using var opened = new ExportedDocx(docx);
        return string.Join("\n", opened.Body.Descendants<Paragraph>().Select(ExportedDocx.Text)) + "\n";
    }
}
