using Loa.Domain;
namespace Loa.Portal;

/// <summary>
/// What a commune's public portal says about the commune itself: a welcome, where and when the one-stop
/// service centre receives people, and the hotlines and channels for feedback. One per commune.
/// </summary>
public sealed class PortalProfile : ICommuneOwned, IVersioned
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    /// <summary>A few sentences of welcome on the portal's home page.</summary>
    public string? Intro { get; set; }

    /// <summary>"Bộ phận Một cửa, số 1 đường …".</summary>
    public string? Address { get; set; }

    /// <summary>"Sáng 7h30–11h30, chiều 13h30–17h00, thứ Hai đến thứ Sáu; sáng thứ Bảy".</summary>
    public string? OfficeHours { get; set; }

    /// <summary>The hotline for feedback on administrative procedures.</summary>
    public string? Hotline { get; set; }

    public string? Email { get; set; }

    /// <summary>Other channels, one per line: "Zalo OA: UBND phường …", "Hộp thư góp ý tại Bộ phận Một cửa".</summary>
    public List<string> Channels { get; set; } = [];

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }
}
