using System.Text.RegularExpressions;
using Loa.Text;

namespace Loa.Articles;

/// <summary>
/// The body of an article as it is stored: the editor's (or the plain textarea's) HTML cleaned by
/// <see cref="HtmlSanitiser"/>, keeping images only when they are pictures of the article's own commune.
/// </summary>
public static partial class ArticleBody
{
    [GeneratedRegex(@"/x/(?<code>[0-9A-Za-z-]{1,20})/news/pictures/(?<name>[0-9a-f]{32})")]
    private static partial Regex PictureAddress();

    /// <summary>Where the portal serves a picture of the commune's library.</summary>
    public static string PictureUrl(string communeCode, string storedName) => $"/x/{communeCode}/news/pictures/{storedName}";

    /// <summary>The stored names of the pictures of <paramref name="communeCode"/> the HTML points at (to look up which exist).</summary>
    public static IReadOnlyList<string> PictureNamesIn(string? html, string communeCode) =>
        string.IsNullOrEmpty(html)
            ? []
            : PictureAddress().Matches(html).Where(m => m.Groups["code"].Value == communeCode).Select(m => m.Groups["name"].Value).Distinct().ToList();

    /// <summary>
    /// The cleaned body: what <see cref="HtmlSanitiser"/> keeps, images only those of the commune's own pictures
    /// (<paramref name="pictureNames"/>, the stored names that exist); any other image — another commune's, another
    /// site's, a pasted file or data address — goes.
    /// </summary>
    public static string Clean(string? html, string communeCode, IReadOnlySet<string> pictureNames) =>
        HtmlSanitiser.Sanitise(html, src => IsOwnPicture(src, communeCode, pictureNames));

    public static bool IsOwnPicture(string src, string communeCode, IReadOnlySet<string> pictureNames) =>
        PictureAddress().Match(src) is { Success: true } match
        && match.Index == 0 && match.Length == src.Length
        && match.Groups["code"].Value == communeCode
        && pictureNames.Contains(match.Groups["name"].Value);

    /// <summary>The summary given, or the first words of the body.</summary>
    public static string? SummaryOf(string? summary, string cleanedBody)
    {
        if (!string.IsNullOrWhiteSpace(summary))
        {
            return summary.Trim();
        }

        var text = HtmlSanitiser.PlainText(cleanedBody);
        if (text.Length <= 240)
        {
            return text.Length == 0 ? null : text;
        }

        var cut = text.LastIndexOf(' ', 240);
        return text[..(cut > 120 ? cut : 240)] + "…";
    }
}
