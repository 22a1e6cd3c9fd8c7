using Loa.Text;

namespace Loa.Activities;

/// <summary>Guesses the channel of a task from its words, to preselect it when an activity is recorded.</summary>
public static class ChannelKindGuess
{
    private static readonly (string[] Words, ChannelKind Kind)[] Rules =
    [
        (["doi thoai"], ChannelKind.Dialogue),
        (["video", "clip", "phim", "phong su"], ChannelKind.Video),
        (["pano", "ap phich", "bang ron", "khau hieu", "truc quan"], ChannelKind.Panel),
        (["to gap", "to roi", "an pham", "so tay"], ChannelKind.Leaflet),
        (["cuoc thi", "hoi thi", "khao sat"], ChannelKind.Contest),
        (["hoi nghi", "tap huan", "toa dam", "hoi thao", "cuoc hop"], ChannelKind.Conference),
        (["xe phat thanh", "luu dong", "tieu pham"], ChannelKind.Mobile),

        // before Broadcast: "Tổng đài 1022" folds to "tong dai", the same word as "Đài".
        (["sms", "tin nhan", "1022", "tong dai"], ChannelKind.Message),
        (["phat thanh", "truyen thanh", "dai"], ChannelKind.Broadcast),
        (["mang xa hoi", "zalo", "facebook", "tiktok", "youtube"], ChannelKind.SocialMedia),
        (["niem yet", "thu tuc hanh chinh", "tthc"], ChannelKind.PublicListing),
        (["tin", "bai", "chuyen muc", "trang thong tin", "bao"], ChannelKind.Article),
    ];

    public static ChannelKind FromText(string? text)
    {
        var folded = " " + VietnameseText.FoldWords(text) + " ";
        foreach (var (words, kind) in Rules)
        {
            // whole words only: "tin" must not match "tình" (which folds to "tinh").
            if (words.Any(w => folded.Contains(" " + w + " ", StringComparison.Ordinal)))
            {
                return kind;
            }
        }

        return ChannelKind.Other;
    }
}
