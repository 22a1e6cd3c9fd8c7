using System.ComponentModel.DataAnnotations;
using Loa.Portal;

namespace Loa.Web.Pages.Portal;

/// <summary>What the commune says about itself on its portal, as the form holds it.</summary>
public sealed class ProfileForm
{
    public int Version { get; set; }

    [StringLength(2000, ErrorMessage = "Lời giới thiệu dài quá 2000 ký tự.")]
    public string? Intro { get; set; }

    [StringLength(300, ErrorMessage = "Địa chỉ dài quá 300 ký tự.")]
    public string? Address { get; set; }

    [StringLength(300, ErrorMessage = "Giờ tiếp nhận dài quá 300 ký tự.")]
    public string? OfficeHours { get; set; }

    [StringLength(50, ErrorMessage = "Số đường dây nóng dài quá 50 ký tự.")]
    [RegularExpression(@"^[0-9 .()+\-]*$", ErrorMessage = "Số đường dây nóng chỉ gồm chữ số, dấu cách và các dấu . ( ) + -.")]
    public string? Hotline { get; set; }

    [StringLength(200, ErrorMessage = "Địa chỉ thư điện tử dài quá 200 ký tự.")]
    [EmailAddress(ErrorMessage = "Địa chỉ thư điện tử không hợp lệ.")]
    public string? Email { get; set; }

    [StringLength(3000, ErrorMessage = "Phần các kênh khác dài quá 3000 ký tự.")]
    public string? Channels { get; set; }

    public static ProfileForm From(PortalProfile? profile) => profile is null ? new() : new()
    {
        Version = profile.Version,
        Intro = profile.Intro,
        Address = profile.Address,
        OfficeHours = profile.OfficeHours,
        Hotline = profile.Hotline,
        Email = profile.Email,
        Channels = string.Join('\n', profile.Channels),
    };

    public void ApplyTo(PortalProfile profile)
    {
        static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        profile.Intro = Clean(Intro);
        profile.Address = Clean(Address);
        profile.OfficeHours = Clean(OfficeHours);
        profile.Hotline = Clean(Hotline);
        profile.Email = Clean(Email);
        profile.Channels = (Channels ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(20).ToList();
    }
}
