using System.Text;
using Loa.Text;

namespace Loa.UnitTests.Text;

/// <summary>Lists edited in one text box: one item per line (recipients, funding), or paragraphs separated by a blank line (section text).</summary>
public sealed class TextListsTests
{
    [Theory]
    [InlineData("- UBND tỉnh;\n- Lưu: VT, VHXH.", new[] { "- UBND tỉnh;", "- Lưu: VT, VHXH." })]
    [InlineData("a\r\nb\r\n", new[] { "a", "b" })]
    [InlineData("  a  \n\n\n   \nb", new[] { "a", "b" })]
    [InlineData("", new string[0])]
    [InlineData("\n \r\n\t", new string[0])]
    public void Lines_are_trimmed_and_empty_lines_dropped(string text, string[] expected)
    {
        Assert.Equal(expected, TextLists.Lines(text));
    }

    [Fact]
    public void Lines_of_nothing_is_an_empty_list()
    {
        Assert.Empty(TextLists.Lines(null));
        Assert.Empty(TextLists.Paragraphs(null));
    }

    [Theory]
    [InlineData("Mục đích.\n\nYêu cầu.", new[] { "Mục đích.", "Yêu cầu." })]
    [InlineData("Tuyên truyền sâu rộng\nđến người dân.\n\nYêu cầu.", new[] { "Tuyên truyền sâu rộng đến người dân.", "Yêu cầu." })]
    [InlineData("Dòng một\r\ndòng hai\r\n\r\nĐoạn hai", new[] { "Dòng một dòng hai", "Đoạn hai" })]
    [InlineData("\n\nMột\n\n\n\n\nHai\n\n", new[] { "Một", "Hai" })]
    [InlineData("  thụt đầu dòng  \n  tiếp theo  ", new[] { "thụt đầu dòng tiếp theo" })]
    [InlineData("Một\n   \nHai", new[] { "Một", "Hai" })] // a line of spaces looks blank and separates too
    [InlineData("Một\n\t\nHai", new[] { "Một", "Hai" })]
    [InlineData("\n \n", new string[0])]
    public void Paragraphs_are_separated_by_blank_lines_and_their_inner_line_breaks_become_spaces(string text, string[] expected)
    {
        Assert.Equal(expected, TextLists.Paragraphs(text));
    }

    [Fact]
    public void Items_are_stored_in_composed_form()
    {
        var decomposed = "Phòng Văn hóa – Xã hội".Normalize(NormalizationForm.FormD);

        Assert.Equal(["Phòng Văn hóa – Xã hội"], TextLists.Lines(decomposed));
        Assert.Equal(["Phòng Văn hóa – Xã hội"], TextLists.Paragraphs(decomposed));
    }

    [Fact]
    public void Joined_lists_read_back_to_the_same_items()
    {
        string[] items = ["Đoạn một.", "Đoạn hai."];

        Assert.Equal(items, TextLists.Paragraphs(TextLists.JoinParagraphs(items)));
        Assert.Equal(items, TextLists.Lines(TextLists.JoinLines(items)));
    }
}
