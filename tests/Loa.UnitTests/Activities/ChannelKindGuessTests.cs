using Loa.Activities;

namespace Loa.UnitTests.Activities;

/// <summary>
/// The channel preselected when a unit records an activity for a task. The names are the real rows of the
/// sample plans' task tables (name, or name and products as the activity form passes them).
/// </summary>
public sealed class ChannelKindGuessTests
{
    [Theory]
    [InlineData("Tổ chức đối thoại với người dân, doanh nghiệp; chương trình xúc tiến thương mại và đầu tư", ChannelKind.Dialogue)]
    [InlineData("Phối hợp và tham gia tổ chức Hội nghị, Tọa đàm đối thoại trực tiếp giữa lãnh đạo phường với doanh nghiệp, cơ sở SXKD", ChannelKind.Dialogue)]
    [InlineData("Phát các đoạn phim, video clip giới thiệu về CCHC trên trang thông tin điện tử, mạng xã hội", ChannelKind.Video)]
    [InlineData("Xây dựng video clip hướng dẫn người dân nộp hồ sơ trực tuyến", ChannelKind.Video)]
    [InlineData("Tuyên truyền trực quan bằng Pano, Áp phích trên các tuyến đường", ChannelKind.Panel)]
    [InlineData("Tuyên truyền thông qua hình thức trực quan: Pano, áp phích, khẩu hiệu, băng rôn có nội dung liên quan đến công tác cải cách hành chính", ChannelKind.Panel)]
    [InlineData("Tổ chức chuyến xe phát thanh tuyên truyền, chạy trên các tuyến đường thuộc phường", ChannelKind.Mobile)]
    [InlineData("Giới thiệu tuyên truyền về tiêu phẩm biểu diễn phục vụ tuyên truyền thông tin lưu động", ChannelKind.Mobile)]
    [InlineData("Phát thanh chuyên mục cải cách hành chính trên hệ thống truyền thanh phường", ChannelKind.Broadcast)]
    [InlineData("Phối hợp tổ chức Tọa đàm CCHC", ChannelKind.Conference)]
    [InlineData("Hội nghị tập huấn nghiệp vụ CCHC", ChannelKind.Conference)]
    [InlineData("Xây dựng chuyên mục CCHC trên Trang thông tin điện tử của xã, phường", ChannelKind.Article)]
    [InlineData("Gửi tin, bài về kết quả thực hiện nhiệm vụ cải cách hành chính của xã", ChannelKind.Article)]
    [InlineData("Đăng tải tin, bài về cải cách hành chính trên Trang thông tin điện tử phường", ChannelKind.Article)]
    [InlineData("Niêm yết công khai, cập nhật thủ tục hành chính và bộ hồ sơ mẫu", ChannelKind.PublicListing)]
    [InlineData("Phát hành tờ gấp hướng dẫn thực hiện dịch vụ công trực tuyến", ChannelKind.Leaflet)]
    [InlineData("Tổ chức cuộc thi tìm hiểu về cải cách hành chính", ChannelKind.Contest)]
    [InlineData("Tuyên truyền trên Zalo, Facebook của phường", ChannelKind.SocialMedia)]
    [InlineData("Gửi tin nhắn SMS, giới thiệu Tổng đài 1022", ChannelKind.Message)]
    public void Typical_task_names_preselect_their_channel(string name, ChannelKind expected)
    {
        Assert.Equal(expected, ChannelKindGuess.FromText(name));
    }

    [Fact]
    public void News_on_the_radio_station_is_a_broadcast()
    {
        // Canh Vinh, row 3: the news and articles go out on the commune's radio, so listeners are the reach.
        var channel = ChannelKindGuess.FromText("Đưa tin, bài viết, hoạt động liên quan đến công tác cải cách hành chính Đài phát thanh Kế hoạch");

        Assert.Equal(ChannelKind.Broadcast, channel);
    }

    [Theory]
    [InlineData("Tuyên truyền tình hình triển khai và kết quả Chỉ số cải cách hành chính (PAR INDEX)")] // "tình" is not "tin"
    [InlineData("Tuyên truyền các chủ trương, chính sách, pháp luật của Đảng và Nhà nước về cải cách hành chính.")]
    [InlineData("Về nội dung cải cách thể chế")]
    [InlineData("Hướng dẫn đoàn viên, thanh niên sử dụng dịch vụ công trực tuyến")]
    [InlineData("")]
    [InlineData(null)]
    public void Names_that_name_no_channel_preselect_other(string? name)
    {
        Assert.Equal(ChannelKind.Other, ChannelKindGuess.FromText(name));
    }

    [Fact]
    public void Products_decide_when_the_name_names_no_channel()
    {
        var channel = ChannelKindGuess.FromText("Tuyên truyền tình hình triển khai và kết quả Chỉ số cải cách hành chính - Hội nghị, các cuộc họp thường kỳ của các cơ quan, đơn vị.");

        Assert.Equal(ChannelKind.Conference, channel);
    }

    [Fact]
    public void Spelling_without_diacritics_or_in_capitals_gives_the_same_channel()
    {
        Assert.Equal(ChannelKind.Panel, ChannelKindGuess.FromText("TUYÊN TRUYỀN TRỰC QUAN BẰNG PANO"));
        Assert.Equal(ChannelKind.Dialogue, ChannelKindGuess.FromText("to chuc doi thoai voi doanh nghiep"));
    }
}
