using Loa.Text;

namespace Loa.UnitTests.Articles;

/// <summary>
/// What the editor (or a browser without it) sends as an article body: text typed without markup, and HTML pasted
/// from Word. The sanitiser keeps the structure a reader needs and drops the rest.
/// </summary>
public sealed class PastedHtmlTests
{
    [Fact]
    public void Text_typed_with_blank_lines_between_becomes_paragraphs_and_single_line_breaks_stay()
    {
        const string typed = "Đoạn thứ nhất về một cửa.\r\n\r\nĐoạn thứ hai,\r\ncó dòng thứ hai.\r\n\r\n\r\n  Đoạn thứ ba & hết.  \n";

        Assert.Equal(
            "<p>Đoạn thứ nhất về một cửa.</p><p>Đoạn thứ hai,<br>có dòng thứ hai.</p><p>Đoạn thứ ba &amp; hết.</p>",
            HtmlSanitiser.Sanitise(typed));
    }

    [Theory]
    [InlineData("Mở đầu <strong>đậm</strong>\n\n<h2>Mục</h2>\nSau mục", "<p>Mở đầu <strong>đậm</strong></p><h2>Mục</h2><p>Sau mục</p>")]
    [InlineData("<p>Có thẻ</p>\n\n<p>Thẻ nữa</p>\n", "<p>Có thẻ</p><p>Thẻ nữa</p>")]
    [InlineData("<span>Trong span\n\nvẫn tách</span>", "<p>Trong span</p><p>vẫn tách</p>")]
    [InlineData("<p>Trống sau</p><p>&nbsp;</p><p><br></p><p> </p>", "<p>Trống sau</p>")]
    public void Loose_text_between_blocks_is_put_in_paragraphs_and_empty_paragraphs_go(string html, string expected)
    {
        var clean = HtmlSanitiser.Sanitise(html);

        Assert.Equal(expected, clean);
        Assert.Equal(clean, HtmlSanitiser.Sanitise(clean));
    }

    [Fact]
    public void Word_paste_keeps_headings_bold_lists_and_tables_and_drops_the_junk()
    {
        var clean = HtmlSanitiser.Sanitise(WordSamples.Paste);

        Assert.Equal(
            "<h2>Kế hoạch tuyên truyền CCHC năm 2026</h2>"
            + "<p><strong>UBND xã</strong> tổ chức tuyên truyền <em>sâu rộng</em> đến người dân.</p>"
            + "<ul><li>Niêm yết thủ tục hành chính<ul><li>Tại bộ phận một cửa</li></ul></li><li>Đăng trên cổng thông tin</li></ul>"
            + "<ol><li>Bước một</li><li>Bước hai</li></ol>"
            + "<table><tbody><tr><td><p><strong>Nội dung</strong></p></td><td><p><strong>Thời gian</strong></p></td></tr>"
            + "<tr><td><p>Hội nghị</p></td><td><p>Quý II</p></td></tr></tbody></table>",
            clean);
        foreach (var junk in new[] { "mso", "Mso", "class", "style", "o:p", "font", "span", "lang", "·", "file:", "xml", "<!--" })
        {
            Assert.DoesNotContain(junk, clean, StringComparison.Ordinal);
        }

        Assert.Equal(clean, HtmlSanitiser.Sanitise(clean));
    }

    [Theory]
    [InlineData("a)", "ol")]
    [InlineData("iv.", "ol")]
    [InlineData("10.", "ol")]
    [InlineData("-", "ul")]
    [InlineData("§", "ul")]
    [InlineData("o", "ul")]
    public void A_Word_list_is_numbered_when_its_marker_is_a_number_or_a_letter(string marker, string list)
    {
        var html = $"<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>{marker}&nbsp;&nbsp;</span>Mục</p>";

        Assert.Equal($"<{list}><li>Mục</li></{list}>", HtmlSanitiser.Sanitise(html));
    }

    [Fact]
    public void An_image_rule_keeps_only_the_images_it_accepts()
    {
        const string html = "<p><img src=\"/x/1/a.png\" alt=\"a\"><img src=\"https://example.org/b.png\"></p>";

        Assert.Equal("<p><img src=\"/x/1/a.png\" alt=\"a\"></p>", HtmlSanitiser.Sanitise(html, src => src.StartsWith("/x/1/", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_plain_text_of_lists_tables_and_line_breaks_keeps_the_words_apart()
    {
        const string html = "<h2>Lịch</h2><ul><li>Sáng thứ Hai</li><li>Chiều thứ Năm</li></ul>"
            + "<table><tbody><tr><td>Buổi</td><td>Người tiếp</td></tr></tbody></table><p>Dòng một<br>dòng <strong>hai</strong>, Đ<em>ắk</em> Lắk</p>";

        Assert.Equal("Lịch Sáng thứ Hai Chiều thứ Năm Buổi Người tiếp Dòng một dòng hai, Đắk Lắk", HtmlSanitiser.PlainText(html));
    }
}
