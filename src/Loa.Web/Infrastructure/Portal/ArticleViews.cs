using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Loa.Web.Infrastructure.Portal;

/// <summary>
/// Decides whether a read of a public article counts as a view: once per reader and article. A reader is known by a
/// cookie listing the articles it has read, and — so that dropping cookies does not inflate the count — by a hash of
/// its address and browser, remembered in memory for <see cref="Window"/>. Requests without a browser name, or from
/// crawlers, do not count. Nothing personal is stored: the cookie holds article numbers, the memory holds hashes.
/// </summary>
public sealed class ArticleViews(TimeProvider time)
{
    public const string CookieName = "loa.read";

    public static readonly TimeSpan Window = TimeSpan.FromHours(6);

    private const int CookieArticles = 60;
    private const int MaxRemembered = 100_000;

    private static readonly string[] Crawlers = ["bot", "crawl", "spider", "slurp", "curl", "wget", "python", "httpclient", "monitor", "preview"];

    private readonly ConcurrentDictionary<string, DateTimeOffset> recent = new(StringComparer.Ordinal);
    private readonly byte[] salt = RandomNumberGenerator.GetBytes(16);

    /// <summary>True when this request is the reader's first view of the article (and remembers it).</summary>
    public bool Count(HttpContext context, int articleId)
    {
        var agent = context.Request.Headers.UserAgent.ToString();
        if (agent.Length == 0 || Crawlers.Any(c => agent.Contains(c, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var read = Read(context.Request.Cookies[CookieName]);
        if (read.Contains(articleId))
        {
            return false;
        }

        read.Add(articleId);
        var value = string.Join('.', read.TakeLast(CookieArticles).Select(i => i.ToString(CultureInfo.InvariantCulture)));
        context.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(30),
            Path = "/x",
            IsEssential = true,
        });

        var now = time.GetUtcNow();
        var key = Key(context.Connection.RemoteIpAddress?.ToString() ?? "", agent, articleId);
        if (recent.TryGetValue(key, out var at) && now - at < Window)
        {
            return false;
        }

        recent[key] = now;
        if (recent.Count > MaxRemembered)
        {
            foreach (var old in recent.Where(r => now - r.Value >= Window).Select(r => r.Key).ToList())
            {
                recent.TryRemove(old, out _);
            }
        }

        return true;
    }

    private static List<int> Read(string? cookie) =>
        (cookie ?? "").Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0)
            .Distinct()
            .ToList();

    private string Key(string address, string agent, int articleId) =>
        Convert.ToHexString(HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes($"{address}\n{agent}\n{articleId.ToString(CultureInfo.InvariantCulture)}")), 0, 16);
}
