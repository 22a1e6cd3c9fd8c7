using Loa.Notifications;

namespace Loa.UnitTests.Notifications;

/// <summary>Templates as data: placeholders filled, unknown ones found, ZNS parameter lines read.</summary>
public sealed class MessageTemplatesTests
{
    private static readonly Dictionary<string, string> Values = new() { ["number"] = "12", ["commune"] = "UBND xã A", ["link"] = "https://l/x" };

    [Fact]
    public void Placeholders_are_filled_and_one_without_a_value_is_left_empty()
    {
        Assert.Equal("UBND xã A: số 12, xem https://l/x.", MessageTemplates.Render("{commune}: số {number}, xem {link}.", Values));
        Assert.Equal("số 12 ()", MessageTemplates.Render("số {number} ({title})", Values));
        Assert.Equal("{Number} giữ nguyên", MessageTemplates.Render("{Number} giữ nguyên", Values));
    }

    [Fact]
    public void A_placeholder_the_purpose_does_not_offer_is_named()
    {
        Assert.Empty(MessageTemplates.Unknown(MessagePurposes.FeedbackAnswered, "{number} {commune} {link}"));
        Assert.Equal(["title", "code"], MessageTemplates.Unknown(MessagePurposes.FeedbackAnswered, "{title} {number} {code} {title}"));
        Assert.Equal(["number"], MessageTemplates.Unknown(MessagePurposes.Reminder, "{title} {number}"));
    }

    [Fact]
    public void ZNS_parameter_lines_become_template_data()
    {
        var json = MessageTemplates.RenderParameters("so_phan_anh: {number}\r\n\n  co_quan : {commune}\nduong_dan: {link}", Values);
        Assert.Equal("""{"so_phan_anh":"12","co_quan":"UBND x\u00E3 A","duong_dan":"https://l/x"}""", json);
    }

    [Theory]
    [InlineData("so phan anh: {number}", "Dòng 1 chưa đúng dạng “tên_tham_số: {giá trị}”.")]
    [InlineData("a: 1\nkhong co hai cham", "Dòng 2 chưa đúng dạng “tên_tham_số: {giá trị}”.")]
    [InlineData("a: 1\na: 2", "Tham số “a” được ghi hai lần.")]
    public void A_ZNS_parameter_line_that_is_not_name_colon_value_is_refused(string lines, string problem) =>
        Assert.Equal(problem, MessageTemplates.ParseParameters(lines).Problem);
}
