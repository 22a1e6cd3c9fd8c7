using Loa.Text;

namespace Loa.UnitTests.Articles;

/// <summary>
/// Staff paste the address of a clip as the browser shows it; the portal embeds it through the providers'
/// privacy-enhanced players, and nothing else.
/// </summary>
public sealed class VideoEmbedTests
{
    [Theory]
    [InlineData("https://www.youtube.com/watch?v=Hm1Jb7qHbDU", "https://www.youtube-nocookie.com/embed/Hm1Jb7qHbDU")]
    [InlineData("https://youtube.com/watch?feature=share&v=Hm1Jb7qHbDU&t=30", "https://www.youtube-nocookie.com/embed/Hm1Jb7qHbDU")]
    [InlineData("https://m.youtube.com/watch?v=Hm1Jb7qHbDU", "https://www.youtube-nocookie.com/embed/Hm1Jb7qHbDU")]
    [InlineData("https://youtu.be/Hm1Jb7qHbDU?si=abc", "https://www.youtube-nocookie.com/embed/Hm1Jb7qHbDU")]
    [InlineData("youtu.be/Hm1Jb7qHbDU", "https://www.youtube-nocookie.com/embed/Hm1Jb7qHbDU")]
    [InlineData("https://www.youtube.com/shorts/Hm1Jb7qHbDU", "https://www.youtube-nocookie.com/embed/Hm1Jb7qHbDU")]
    [InlineData("https://www.youtube.com/embed/Hm1Jb7qHbDU", "https://www.youtube-nocookie.com/embed/Hm1Jb7qHbDU")]
    [InlineData("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1")]
    [InlineData("https://player.vimeo.com/video/76979871", "https://player.vimeo.com/video/76979871?dnt=1")]
    public void Known_addresses_become_privacy_enhanced_players(string url, string player)
    {
        Assert.Equal(player, VideoEmbed.Parse(url)?.PlayerUrl);
    }

    [Theory]
    [InlineData("")]
    [InlineData("không phải địa chỉ")]
    [InlineData("https://www.facebook.com/watch?v=123456789")]
    [InlineData("https://evil.example/watch?v=Hm1Jb7qHbDU")]
    [InlineData("https://www.youtube.com.evil.example/watch?v=Hm1Jb7qHbDU")]
    [InlineData("javascript:alert(1)//youtu.be/Hm1Jb7qHbDU")]
    [InlineData("https://www.youtube.com/watch?v=Hm1Jb7qHbDU\"><script>")]
    [InlineData("https://www.youtube.com/watch?v=short")]
    [InlineData("https://www.youtube.com:8443/watch?v=Hm1Jb7qHbDU")]
    [InlineData("https://vimeo.com/channels/staffpicks")]
    [InlineData("ftp://youtu.be/Hm1Jb7qHbDU")]
    public void Anything_else_is_refused(string url)
    {
        Assert.Null(VideoEmbed.Parse(url));
    }

    [Theory]
    [InlineData("Tiếp nhận hồ sơ trực tuyến: 5 bước!", "tiep-nhan-ho-so-truc-tuyen-5-buoc")]
    [InlineData("Đường dây nóng 1022", "duong-day-nong-1022")]
    [InlineData("  ", "bai-viet")]
    [InlineData("“Hỏi – đáp”", "hoi-dap")]
    public void Titles_become_readable_addresses(string title, string slug)
    {
        Assert.Equal(slug, Slugs.From(title));
    }
}
