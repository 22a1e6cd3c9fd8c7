using Loa.Articles;

namespace Loa.UnitTests.Articles;

/// <summary>An article's body shows only pictures of its own commune's library; every other image goes.</summary>
public sealed class ArticleBodyTests
{
    private const string Own = "0123456789abcdef0123456789abcdef";
    private const string NotInLibrary = "fedcba9876543210fedcba9876543210";
    private static readonly HashSet<string> Library = [Own];

    [Fact]
    public void The_communes_own_picture_stays_with_its_description()
    {
        var html = $"<p>Ảnh:</p><p><img src=\"/x/26377/news/pictures/{Own}\" alt=\"Hội nghị\" width=\"640\"></p>";

        Assert.Equal(html, ArticleBody.Clean(html, "26377", Library));
    }

    [Theory]
    [InlineData($"/x/26380/news/pictures/{Own}")] // the same name under another commune's portal
    [InlineData($"/x/26377/news/pictures/{NotInLibrary}")] // another commune's picture (not in this library)
    [InlineData($"/x/26377/news/pictures/{Own}/../../image/3")]
    [InlineData($"/x/26377/news/pictures/{Own}?x=1")]
    [InlineData($"https://evil.example/x/26377/news/pictures/{Own}")]
    [InlineData("https://example.org/anh.png")]
    [InlineData("/x/26377/news/image/3")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:image/png;base64,iVBORw0KGgo=")]
    [InlineData("file:///C:/Users/ubnd/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png")]
    public void Any_other_image_is_stripped(string src)
    {
        Assert.Equal("<p>Chữ</p>", ArticleBody.Clean($"<p>Chữ<img src=\"{src}\" alt=\"x\"></p>", "26377", Library));
    }

    [Fact]
    public void The_pictures_an_edit_points_at_are_found_for_its_own_commune_only()
    {
        var html = $"<img src=\"/x/26377/news/pictures/{Own}\"><img src=\"/x/26380/news/pictures/{NotInLibrary}\"><img src=\"/x/26377/news/pictures/{Own}\">";

        Assert.Equal([Own], ArticleBody.PictureNamesIn(html, "26377"));
        Assert.Empty(ArticleBody.PictureNamesIn(null, "26377"));
    }

    [Theory]
    [InlineData("Tóm tắt riêng ", "<p>Thân bài</p>", "Tóm tắt riêng")]
    [InlineData(null, "<h2>Mục</h2><p>Thân bài</p>", "Mục Thân bài")]
    [InlineData("  ", "", null)]
    public void The_summary_is_the_one_given_or_the_first_words(string? summary, string body, string? expected)
    {
        Assert.Equal(expected, ArticleBody.SummaryOf(summary, body));
    }

    [Fact]
    public void A_long_body_is_summarised_at_a_word_boundary()
    {
        var body = "<p>" + string.Join(' ', Enumerable.Repeat("thủ tục", 60)) + "</p>";

        var summary = ArticleBody.SummaryOf(null, body)!;

        Assert.EndsWith("tục…", summary, StringComparison.Ordinal);
        Assert.True(summary.Length <= 241);
    }
}
