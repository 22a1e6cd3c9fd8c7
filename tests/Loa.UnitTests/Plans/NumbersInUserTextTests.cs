using Loa.Plans;
using Loa.Plans.Import;
using Loa.Plans.Parsing;

namespace Loa.UnitTests.Plans;

/// <summary>
/// Every number read from what a user typed or imported: a word, or digits that are not 0–9 (Arabic-Indic "٣", full-width
/// "３", which a regular expression's \d accepts and int.Parse does not), is a Vietnamese message or no number, never an exception.
/// </summary>
public sealed class NumbersInUserTextTests
{
    [Theory]
    [InlineData("nhiều")]
    [InlineData("Thường xuyên")]
    [InlineData("٣ clip")]
    [InlineData("３ clip")]
    [InlineData("99999999999 clip")]
    public void A_task_quantity_without_a_whole_number_first_is_a_Vietnamese_problem(string quantity)
    {
        Assert.False(QuantityText.TryParse(quantity, out _));
        Assert.StartsWith("Số lượng phải bắt đầu bằng một số nguyên", QuantityText.Problem(quantity), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("05 số")]
    [InlineData("1.000 tờ")]
    [InlineData(null)]
    [InlineData("  ")]
    public void A_task_quantity_with_a_number_or_none_at_all_is_no_problem(string? quantity)
    {
        Assert.Null(QuantityText.Problem(quantity));
    }

    [Theory]
    [InlineData("٥")]
    [InlineData("５/KH-UBND")]
    [InlineData("nhiều")]
    public void A_plan_number_in_other_digits_is_refused_not_thrown_on(string number)
    {
        Assert.Null(PlanWorkflow.NormaliseNumber(number, "KH-UBND"));
    }

    [Fact]
    public void A_plan_with_dates_and_years_in_other_digits_imports_without_them()
    {
        const string text = """
            ỦY BAN NHÂN DÂN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            XÃ PHƯỚC TÂN	Độc lập - Tự do - Hạnh phúc
            Số: ٠٧/KH-UBND	Phước Tân, ngày ٠٩ tháng ٠٢ năm ٢٠٢٦

            KẾ HOẠCH
            Tuyên truyền cải cách hành chính năm ２０２６

            Căn cứ Quyết định số 12/QĐ-UBND ngày ٠٥/٠١/٢٠٢٦ của UBND tỉnh Đồng Nai về cải cách hành chính.

            I. MỤC ĐÍCH, YÊU CẦU
            Nâng cao nhận thức của cán bộ, công chức về cải cách hành chính.
            """;

        var result = PlanImporter.ImportText(text);

        Assert.Null(result.Plan.Year);
        Assert.Null(result.Plan.Date.Day);
    }
}
