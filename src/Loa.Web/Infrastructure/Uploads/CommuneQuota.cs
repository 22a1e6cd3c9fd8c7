using System.Globalization;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Uploads;

/// <summary>
/// The storage quota of a commune (<see cref="LoaOptions.CommuneQuotaBytes"/>): everything its staff have uploaded
/// — evidence and article images, all kept under <c>uploads/{commune}</c> — counted on disk, so every kind of upload
/// is measured one way.
/// </summary>
public sealed class CommuneQuota(LoaPaths paths, IOptions<LoaOptions> options)
{
    public const string Full = "Dung lượng lưu trữ tệp của xã/phường đã hết. Hãy liên hệ quản trị hệ thống.";

    /// <summary>Whether <paramref name="adding"/> more bytes still fit in the commune's quota.</summary>
    public bool Allows(int communeId, long adding) => UsedBytes(communeId) + adding <= options.Value.CommuneQuotaBytes;

    public long UsedBytes(int communeId)
    {
        var folder = new DirectoryInfo(Path.Combine(paths.Uploads, communeId.ToString(CultureInfo.InvariantCulture)));
        return folder.Exists ? folder.EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;
    }
}
