using System.Globalization;
using System.Security.Cryptography;
using Loa.Web.Infrastructure.Scaling;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Portal;

/// <summary>
/// The light anti-automation check of every public form (security.md 19): a field people never see and must leave
/// empty (<see cref="TrapField"/>), and the signed time the form was served with a random number
/// (<see cref="StampField"/>): a form sent back within a few seconds, after many hours, with a forged stamp, or a
/// second time (the stamp is recorded in the database when used, so replaying it fails on every instance) was not
/// filled in by a person. Render it with <c>&lt;partial name="_HumanCheck" /&gt;</c> inside the form; call
/// <see cref="ProblemAsync"/> on post (a page shown again after a mistake carries a new stamp).
/// </summary>
public sealed class HumanCheck(IDataProtectionProvider protection, TimeProvider time, IOptions<LoaOptions> options, SharedCounterStore stamps)
{
    public const string TrapField = "website";
    public const string StampField = "form_started";

    private static readonly TimeSpan MaximumAge = TimeSpan.FromHours(12);

    private readonly IDataProtector protector = protection.CreateProtector("Loa.Portal.HumanCheck");

    /// <summary>The stamp to put in a form now: "ticks.nonce", signed and encrypted.</summary>
    public string Stamp() => protector.Protect(
        time.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture) + "." + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));

    /// <summary>Null when the form looks filled in by a person (and its stamp is now used); otherwise what to tell them, in Vietnamese.</summary>
    public async Task<string?> ProblemAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(form[TrapField]))
        {
            return "Không gửi được biểu mẫu. Vui lòng tải lại trang và thử lại.";
        }

        string stamp;
        try
        {
            stamp = protector.Unprotect(form[StampField].ToString());
        }
        catch (CryptographicException)
        {
            return Invalid;
        }

        var parts = stamp.Split('.');
        if (parts.Length != 2 || parts[1].Length == 0 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTime.MaxValue.Ticks)
        {
            return Invalid;
        }

        var served = new DateTime(ticks, DateTimeKind.Utc);
        var age = time.GetUtcNow().UtcDateTime - served;
        var minimum = options.Value.HumanCheckSeconds;
        if (minimum > 0 && age < TimeSpan.FromSeconds(minimum))
        {
            return "Biểu mẫu được gửi quá nhanh. Vui lòng kiểm tra lại nội dung rồi bấm gửi.";
        }

        if (age > MaximumAge)
        {
            return "Biểu mẫu đã mở quá lâu. Vui lòng tải lại trang và thử lại.";
        }

        return await stamps.TryUseOnceAsync(parts[1], new DateTimeOffset(served + MaximumAge), cancellationToken)
            ? null
            : "Biểu mẫu này đã được gửi rồi. Nếu muốn gửi thêm, vui lòng tải lại trang và điền lại.";
    }

    private static string Invalid => "Biểu mẫu đã cũ hoặc không hợp lệ. Vui lòng tải lại trang và thử lại.";
}
