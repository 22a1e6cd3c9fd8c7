using System.ComponentModel.DataAnnotations;
using Loa.Plans;
using Loa.Text;
using Loa.Web.Pages.Indices;
using Loa.Web.Pages.Shared;

namespace Loa.IntegrationTests.Web;

/// <summary>Single texts of issue 11 item 9 that the page walk does not reach.</summary>
public sealed class SmallWordingTests
{
    [Fact]
    public void A_year_out_of_range_is_told_the_real_range()
    {
        var form = new IndexForm { Year = 99999, Score = "80" };
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(form, new ValidationContext(form), results, validateAllProperties: true);
        var message = Assert.Single(results, r => r.MemberNames.Contains(nameof(IndexForm.Year))).ErrorMessage;
        Assert.Equal("Năm phải từ 2010 đến năm nay.", message);
    }

    [Theory]
    [InlineData("quarter", "hằng quý")]
    [InlineData("half-year", "6 tháng")]
    [InlineData("nine-months", "9 tháng")]
    [InlineData("year", "năm")]
    public void The_import_review_names_reporting_periods_in_vietnamese(string code, string name) => Assert.Equal(name, ReportingPeriodText.Name(code));

    [Fact]
    public void A_label_inside_a_sentence_keeps_its_roman_numeral()
    {
        Assert.Equal("Báo cáo quý I", "Báo cáo " + TextCase.LowerFirst("Quý I"));
        Assert.Equal("Quý I năm 2027", TextCase.UpperFirst("quý I năm 2027"));
        Assert.Equal("", TextCase.UpperFirst(null));
    }

    [Fact]
    public void The_systems_changes_are_not_signed_system() => Assert.Equal("Hệ thống (tự động)", AuthorText.Author("system"));
}
