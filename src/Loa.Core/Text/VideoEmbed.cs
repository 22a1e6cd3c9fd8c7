using System.Text.RegularExpressions;

namespace Loa.Text;

/// <summary>
/// A YouTube or Vimeo address turned into the player to embed: YouTube through its privacy-enhanced domain
/// (youtube-nocookie.com), Vimeo with do-not-track. Any other address is refused.
/// </summary>
public sealed partial record VideoEmbed(string Provider, string Id)
{
    /// <summary>The hosts the players are served from, for the page's Content-Security-Policy (frame-src).</summary>
    public static readonly IReadOnlyList<string> FrameSources = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"];

    public string PlayerUrl => Provider == "youtube"
        ? $"https://www.youtube-nocookie.com/embed/{Id}"
        : $"https://player.vimeo.com/video/{Id}?dnt=1";

    /// <summary>The address to watch it on the provider's site.</summary>
    public string WatchUrl => Provider == "youtube" ? $"https://www.youtube.com/watch?v={Id}" : $"https://vimeo.com/{Id}";

    public string ProviderName => Provider == "youtube" ? "YouTube" : "Vimeo";

    /// <summary>
    /// youtube.com/watch?v=…, youtu.be/…, youtube.com/embed|shorts|live/…, vimeo.com/123…,
    /// player.vimeo.com/video/123…; null for anything else.
    /// </summary>
    public static VideoEmbed? Parse(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var text = url.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !uri.IsDefaultPort)
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        var path = uri.AbsolutePath.Trim('/').Split('/');
        string? youtube = host switch
        {
            "youtu.be" => path[0],
            "youtube.com" or "www.youtube.com" or "m.youtube.com" or "www.youtube-nocookie.com" or "youtube-nocookie.com" =>
                path.Length == 2 && path[0] is "embed" or "shorts" or "live" or "v"
                ? path[1]
                : path is ["watch"] ? QueryValue(uri.Query, "v") : null,
            _ => null,
        };
        if (youtube is not null)
        {
            return YouTubeId().IsMatch(youtube) ? new VideoEmbed("youtube", youtube) : null;
        }

        string? vimeo = host switch
        {
            "vimeo.com" or "www.vimeo.com" => path.LastOrDefault(),
            "player.vimeo.com" when path is ["video", _] => path[1],
            _ => null,
        };
        return vimeo is not null && VimeoId().IsMatch(vimeo) ? new VideoEmbed("vimeo", vimeo) : null;
    }

    private static string? QueryValue(string query, string name) =>
        query.TrimStart('?').Split('&')
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2 && p[0] == name)
            .Select(p => Uri.UnescapeDataString(p[1]))
            .FirstOrDefault();

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex("^[0-9]{6,12}$")]
    private static partial Regex VimeoId();
}
