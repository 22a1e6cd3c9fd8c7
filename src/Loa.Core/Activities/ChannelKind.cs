namespace Loa.Activities;

/// <summary>The kinds of communication an activity can be, used to total results by channel.</summary>
public enum ChannelKind
{
    /// <summary>Tin, bài trên trang thông tin điện tử, báo.</summary>
    Article = 1,

    /// <summary>Video clip, phóng sự.</summary>
    Video = 2,

    /// <summary>Phát thanh, truyền thanh cơ sở, loa.</summary>
    Broadcast = 3,

    /// <summary>Zalo, Facebook, YouTube, TikTok.</summary>
    SocialMedia = 4,

    /// <summary>Hội nghị, hội thảo, tập huấn, tọa đàm.</summary>
    Conference = 5,

    /// <summary>Đối thoại với người dân, doanh nghiệp.</summary>
    Dialogue = 6,

    /// <summary>Pano, áp phích, băng rôn, khẩu hiệu.</summary>
    Panel = 7,

    /// <summary>Tờ gấp, tờ rơi, sổ tay, ấn phẩm.</summary>
    Leaflet = 8,

    /// <summary>Cuộc thi tìm hiểu, khảo sát.</summary>
    Contest = 9,

    /// <summary>Niêm yết, tra cứu thủ tục hành chính.</summary>
    PublicListing = 10,

    /// <summary>Tin nhắn SMS, tổng đài 1022.</summary>
    Message = 11,

    /// <summary>Tuyên truyền lưu động, xe thông tin, tiểu phẩm.</summary>
    Mobile = 12,

    Other = 99,
}

public static class ChannelKindText
{
    public static string Label(this ChannelKind kind) => kind switch
    {
        ChannelKind.Article => "Tin, bài viết",
        ChannelKind.Video => "Video clip, phóng sự",
        ChannelKind.Broadcast => "Phát thanh, truyền thanh",
        ChannelKind.SocialMedia => "Mạng xã hội",
        ChannelKind.Conference => "Hội nghị, tập huấn, tọa đàm",
        ChannelKind.Dialogue => "Đối thoại",
        ChannelKind.Panel => "Pano, áp phích, băng rôn",
        ChannelKind.Leaflet => "Tờ gấp, ấn phẩm",
        ChannelKind.Contest => "Cuộc thi, khảo sát",
        ChannelKind.PublicListing => "Niêm yết, tra cứu TTHC",
        ChannelKind.Message => "Tin nhắn, tổng đài",
        ChannelKind.Mobile => "Tuyên truyền lưu động",
        _ => "Hình thức khác",
    };

    /// <summary>Which measure of reach fits the kind: people present, views, or copies.</summary>
    public static ReachMeasure Measure(this ChannelKind kind) => kind switch
    {
        ChannelKind.Conference or ChannelKind.Dialogue or ChannelKind.Contest or ChannelKind.Mobile => ReachMeasure.Participants,
        ChannelKind.Panel or ChannelKind.Leaflet => ReachMeasure.Copies,
        _ => ReachMeasure.Views,
    };
}

public enum ReachMeasure
{
    Participants = 1,
    Views = 2,
    Copies = 3,
}
