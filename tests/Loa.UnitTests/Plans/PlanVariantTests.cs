using Loa.Plans;
using Loa.Plans.Parsing;

namespace Loa.UnitTests.Plans;

/// <summary>The same plans written other ways must parse to the same plan.</summary>
public sealed class PlanVariantTests
{
    public static TheoryData<string> Names => [SamplePlans.PhuocTan, SamplePlans.CanhVinh, SamplePlans.HungPhu];

    [Theory]
    [MemberData(nameof(Names))]
    public void Hard_wrapped_pdf_text_with_page_breaks(string name)
    {
        var text = PlanTextVariants.HardWrapped(SamplePlans.Text(name), width: 75, keepBlankLines: true);
        Assert.Contains("\n\n2\n\n", text, StringComparison.Ordinal);
        AssertSamePlan(SamplePlans.Plan(name), PlanTextParser.Parse(text));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Hard_wrapped_pdf_text_without_blank_lines(string name)
    {
        var text = PlanTextVariants.HardWrapped(SamplePlans.Text(name), width: 80, keepBlankLines: false, pageEvery: 30);
        AssertSamePlan(SamplePlans.Plan(name), PlanTextParser.Parse(text));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Narrow_hard_wrap(string name)
    {
        var text = PlanTextVariants.HardWrapped(SamplePlans.Text(name), width: 64, keepBlankLines: true, pageEvery: 25);
        AssertSamePlan(SamplePlans.Plan(name), PlanTextParser.Parse(text));
    }

    [Theory]
    [InlineData(SamplePlans.PhuocTan, "•")]
    [InlineData(SamplePlans.CanhVinh, "+")]
    [InlineData(SamplePlans.HungPhu, "–")]
    [InlineData(SamplePlans.CanhVinh, "•")]
    public void Other_bullet_marks(string name, string bullet)
    {
        var text = PlanTextVariants.WithBullets(SamplePlans.Text(name), bullet);
        Assert.DoesNotContain("\n- ", text, StringComparison.Ordinal);
        AssertSamePlan(SamplePlans.Plan(name), PlanTextParser.Parse(text));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Point_letters_with_a_dot(string name)
    {
        var text = PlanTextVariants.WithDottedLetters(SamplePlans.Text(name));
        Assert.DoesNotContain("\na) ", text, StringComparison.Ordinal);
        AssertSamePlan(SamplePlans.Plan(name), PlanTextParser.Parse(text));
    }

    [Theory]
    [InlineData(SamplePlans.CanhVinh)]
    [InlineData(SamplePlans.HungPhu)]
    public void Markdown_pipe_tables(string name)
    {
        var text = PlanTextVariants.WithPipeTables(SamplePlans.Text(name));
        Assert.DoesNotContain('\t', text);
        AssertSamePlan(SamplePlans.Plan(name), PlanTextParser.Parse(text));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Windows_line_endings_and_a_byte_order_mark(string name)
    {
        var text = "\uFEFF" + SamplePlans.Text(name).Replace("\n", "\r\n", StringComparison.Ordinal);
        AssertSamePlan(SamplePlans.Plan(name), PlanTextParser.Parse(text));
    }

    [Fact]
    public void Header_block_gives_issuer_number_and_date()
    {
        var text = PlanTextVariants.WithHeaderBlock(
            SamplePlans.Text(SamplePlans.HungPhu), "PHƯỜNG HƯNG PHÚ", "Số: 15/KH-UBND", "Hưng Phú, ngày 05 tháng 3 năm 2026");
        var plan = PlanTextParser.Parse(text);

        Assert.Equal("Ủy ban nhân dân phường Hưng Phú", plan.Issuer.Name);
        Assert.Equal("15/KH-UBND", plan.Number);
        Assert.Equal("KH-UBND", plan.Symbol);
        Assert.Equal("Hưng Phú", plan.Place);
        Assert.Equal(5, plan.Date.Day);
        Assert.Equal(3, plan.Date.Month);
        Assert.Equal(2026, plan.Date.Year);

        var expected = SamplePlans.FreshPlan(SamplePlans.HungPhu);
        expected.Number = "15/KH-UBND";
        expected.Date = new PartialDate { Day = 5, Month = 3, Year = 2026 };
        AssertSamePlan(expected, plan);
    }

    [Fact]
    public void Header_block_with_the_abbreviated_body_on_one_line()
    {
        var text = PlanTextVariants.WithHeaderBlock(
            SamplePlans.Text(SamplePlans.CanhVinh), "UBND XÃ CANH VINH", "Số:    /KH-UBND", "Canh Vinh, ngày      tháng 3 năm 2026");
        AssertSamePlan(SamplePlans.Plan(SamplePlans.CanhVinh), PlanTextParser.Parse(text));
    }

    [Fact]
    public void Every_variant_at_once()
    {
        var text = SamplePlans.Text(SamplePlans.CanhVinh);
        text = PlanTextVariants.WithBullets(text, "•");
        text = PlanTextVariants.WithDottedLetters(text);
        text = PlanTextVariants.WithPipeTables(text);
        text = PlanTextVariants.HardWrapped(text, width: 78, keepBlankLines: false, pageEvery: 20);
        AssertSamePlan(SamplePlans.Plan(SamplePlans.CanhVinh), PlanTextParser.Parse(text));
    }

    private static void AssertSamePlan(PlanDocument expected, PlanDocument actual) => PlanAssert.Same(expected, actual);
}
