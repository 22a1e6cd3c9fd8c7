using System.Text;
using Loa.Text;

namespace Loa.UnitTests.Text;

/// <summary>The one rule for text from outside: no NUL bytes (PostgreSQL refuses them), no hidden controls, no bidi tricks, NFC.</summary>
public sealed class InputTextTests
{
    [Theory]
    [InlineData("Phản ánh\0 về thủ tục", "Phản ánh về thủ tục")]
    [InlineData("\0", "")]
    [InlineData("a\u0001b\u0007c\u001Bd\u007Fe\u0080f\u009Fg", "abcdefg")]
    [InlineData("hoso\u202Egpj.exe", "hosogpj.exe")]
    [InlineData("\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee", "abcde")]
    [InlineData("\u2066a\u2067b\u2068c\u2069", "abc")]
    [InlineData("a\u200Eb\u200Fc\u061Cd", "abcd")]
    [InlineData("a\uFFFEb\uFFFFc\uFDD0d", "abcd")] // noncharacters: .NET's normalisation throws on U+FFFE
    public void Controls_and_bidi_controls_are_removed(string text, string expected)
    {
        Assert.Equal(expected, InputText.Clean(text));
    }

    [Theory]
    [InlineData("dòng 1\ndòng 2\r\ndòng 3\tcột")]
    [InlineData("Cải cách hành chính")]
    [InlineData("👍🏽 Cảm ơn")] // a surrogate pair and a skin-tone modifier
    [InlineData("👨\u200D👩\u200D👧")] // zero-width joiners inside an emoji
    [InlineData("")]
    public void Text_without_anything_to_remove_is_kept_as_typed(string text)
    {
        Assert.Equal(text, InputText.Clean(text));
        Assert.False(InputText.NeedsCleaning(text));
    }

    [Theory]
    [InlineData("trang 1\ftrang 2", "trang 1\ntrang 2")]
    [InlineData("dòng\vngắt", "dòng\nngắt")]
    [InlineData("a\u0085b", "a\nb")]
    public void Line_and_page_break_controls_become_line_feeds(string text, string expected)
    {
        Assert.Equal(expected, InputText.Clean(text));
    }

    [Fact]
    public void Lone_surrogate_halves_are_removed_and_pairs_kept()
    {
        Assert.Equal("ab", InputText.Clean("a\uD800b"));
        Assert.Equal("ab", InputText.Clean("a\uDC00b"));
        Assert.Equal("a", InputText.Clean("a\uD83D"));
        Assert.Equal("a😀b", InputText.Clean("a\uD800\uD83D\uDE00b"));
    }

    [Fact]
    public void The_result_is_NFC_even_when_nothing_is_removed()
    {
        var decomposed = "Định Quán".Normalize(NormalizationForm.FormD);
        Assert.Equal("Định Quán", InputText.Clean(decomposed));
        Assert.Equal("Định Quán", InputText.Clean(decomposed + "\0"));
    }

    [Fact]
    public void Null_stays_null()
    {
        Assert.Null(InputText.Clean(null));
        Assert.False(InputText.NeedsCleaning(null));
    }

    [Fact]
    public void No_removed_character_survives_any_input()
    {
        var all = new string(Enumerable.Range(0, 0x10000).Select(i => (char)i).ToArray());
        var clean = InputText.Clean(all)!;
        Assert.DoesNotContain(clean, c => InputText.IsRemoved(c) && !char.IsSurrogate(c));
        _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(clean); // no lone surrogate left
        Assert.Contains('\t', clean);
        Assert.Contains('ạ', clean);
    }
}
