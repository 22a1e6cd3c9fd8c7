using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Portal;

/// <summary>
/// The light anti-automation check of every public form (security.md 19): a field people never see and must leave
/// empty (<see cref="TrapField"/>), and the signed time the form was served (<see cref="StampField"/>): a form sent
/// back within a few seconds, after many hours, or with a forged stamp was not filled in by a person.
/// Render it with <c>&lt;partial name="_HumanCheck" /&gt;</c> inside the form; call <see cref="Problem"/> on post.
/// </summary>
public sealed class HumanCheck(IDataProtectionProvider protection, TimeProvider time, IOptions<LoaOptions> options)
{
    public const string TrapField = "website";
    public const string StampField = "form_started";

    private static readonly TimeSpan MaximumAge = TimeSpan.FromHours(12);

    private readonly IDataProtector protector = protection.CreateProtector("Loa.Portal.HumanCheck");

    /// <summary>The stamp to put in a form now.</summary>
    public string Stamp() => protector.Protect(time.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture));

    /// <summary>Null when the form looks filled in by a person; otherwise what to tell them, in Vietnamese.</summary>
    public string? Problem(IFormCollection form)
    {
        if (!string.IsNullOrEmpty(form[TrapField]))
        {
            return "Không gửi được biểu mẫu. Vui lòng tải lại trang và thử lại.";
        }

        long ticks;
        try
        {
            ticks = long.Parse(protector.Unprotect(form[StampField].ToString()), CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException or OverflowException)
        {
            return "Biểu mẫu đã cũ hoặc không hợp lệ. Vui lòng tải lại trang và thử lại.";
        }

        var age = time.GetUtcNow().UtcDateTime - new DateTime(ticks, DateTimeKind.Utc);
        var minimum = options.Value.HumanCheckSeconds;
        if (minimum > 0 && age < TimeSpan.FromSeconds(minimum))
        {
            return "Biểu mẫu được gửi quá nhanh. Vui lòng kiểm tra lại nội dung rồi bấm gửi.";
        }

        return age > MaximumAge ? "Biểu mẫu đã mở quá lâu. Vui lòng tải lại trang và thử lại." : null;
    }
}
