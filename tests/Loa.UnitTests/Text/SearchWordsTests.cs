using Loa.Text;

namespace Loa.UnitTests.Text;

/// <summary>How the staff search reads a query and scores a title and its text.</summary>
public sealed class SearchWordsTests
{
    [Theory]
    [InlineData("ke hoach cchc")]
    [InlineData("Kế hoạch CCHC")]
    [InlineData("  KẾ   HOẠCH  cchc ")]
    [InlineData("kế hoạch")]
    [InlineData("ke hoa")]
    public void Diacritics_case_spaces_and_word_starts_do_not_matter(string query) =>
        Assert.True(new SearchWords(query).Score("Kế hoạch thông tin, tuyên truyền CCHC năm 2026") > 0);

    [Fact]
    public void Every_word_must_start_a_word_of_the_title_or_the_text()
    {
        var words = new SearchWords("video huong dan");
        Assert.True(words.Score("Xây dựng video clip hướng dẫn") > 0);
        Assert.True(words.Score("Xây dựng video clip", "Có hướng dẫn nộp hồ sơ") > 0);
        Assert.Equal(0, words.Score("Xây dựng video clip"));
        Assert.Equal(0, new SearchWords("ideo").Score("Xây dựng video clip"));
    }

    [Fact]
    public void The_phrase_in_the_title_beats_the_words_in_the_title_which_beat_the_words_in_the_text()
    {
        var words = new SearchWords("dang ki khai sinh");
        var phrase = words.Score("Hướng dẫn đăng ký khai sinh trực tuyến");
        var scattered = words.Score("Khai sinh: cách đăng ký");
        var inText = words.Score("Hướng dẫn", "đăng ký khai sinh trực tuyến");
        Assert.True(phrase > scattered, $"{phrase} > {scattered}");
        Assert.True(scattered > inText, $"{scattered} > {inText}");
        Assert.True(inText > 0);
    }

    [Fact]
    public void An_empty_query_matches_nothing()
    {
        Assert.True(new SearchWords("  ,; ").IsEmpty);
        Assert.Equal(0, new SearchWords(null).Score("Kế hoạch"));
    }
}
