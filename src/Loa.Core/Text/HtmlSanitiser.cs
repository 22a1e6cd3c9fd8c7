using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Loa.Text;

/// <summary>
/// Cleans the rich text of articles when it is saved (security.md 15): the HTML is parsed as a browser would, then
/// written again keeping only an allowlist of elements and attributes (<c>HtmlSanitiser.Writer.cs</c>). Text and inline
/// elements outside any block become paragraphs, a blank line starting a new one; empty paragraphs go; Word's list
/// paragraphs become lists (<c>HtmlSanitiser.WordLists.cs</c>). Scripts, styles, frames, forms and their
/// content go; event handlers, <c>style</c>, <c>class</c> and every other attribute go; links keep http(s), mailto,
/// tel and relative addresses, images http(s) and the portal's own (<c>/x/…</c>), and a caller may narrow that (an article keeps only
/// its commune's pictures); <c>javascript:</c>, <c>data:</c>
/// and every other scheme go. External links get <c>rel="noopener noreferrer nofollow"</c>. Unknown elements are
/// unwrapped (their text stays), a few are renamed (<c>b</c> → <c>strong</c>, <c>h1</c> → <c>h2</c>). The output is
/// a fixed point: cleaning it again changes nothing.
/// </summary>
public static partial class HtmlSanitiser
{
    private const int MaxDepth = 64;

    private static readonly FrozenSet<string> Allowed = FrozenSet.ToFrozenSet(
    [
        "p", "br", "strong", "em", "u", "s", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "a", "img",
        "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td",
    ]);

    private static readonly FrozenSet<string> Void = FrozenSet.ToFrozenSet(["br", "img"]);

    /// <summary>Elements dropped with everything inside them.</summary>
    private static readonly FrozenSet<string> DropWithContent = FrozenSet.ToFrozenSet(
    [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "noembed", "noframes",
        "template", "textarea", "select", "option", "svg", "math", "title", "head", "meta", "link", "base", "xmp",
        "plaintext", "input", "button", "video", "audio", "source", "track", "canvas", "map", "area", "param", "dialog",
    ]);

    private static readonly FrozenDictionary<string, string> Renamed = new Dictionary<string, string>
    {
        ["b"] = "strong",
        ["i"] = "em",
        ["strike"] = "s",
        ["del"] = "s",
        ["ins"] = "u",
        ["h1"] = "h2",
        ["h5"] = "h4",
        ["h6"] = "h4",
        ["tfoot"] = "tbody",
    }.ToFrozenDictionary();

    /// <summary>Containers that become a paragraph when they hold only inline content, and are unwrapped otherwise.</summary>
    private static readonly FrozenSet<string> Blocks = FrozenSet.ToFrozenSet([
        "div", "section", "article", "header", "footer", "aside", "main", "nav", "pre", "address", "dd", "dt", "caption", "center",
        "details", "summary"
    ]);

    private static readonly FrozenSet<string> BlockChildren = FrozenSet.ToFrozenSet(
    [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "figure", "table", "section", "article",
        "header", "footer", "aside", "main", "nav", "pre", "address", "dl", "center", "details",
    ]);

    /// <summary>The cleaned HTML; empty for empty input.</summary>
    public static string Sanitise(string? html) => Sanitise(html, imageAllowed: null);

    /// <summary>
    /// The cleaned HTML, keeping only the images whose (already safe) address <paramref name="imageAllowed"/> accepts:
    /// an article keeps only its commune's own pictures (<c>Articles/ArticleBody</c>).
    /// </summary>
    public static string Sanitise(string? html, Func<string, bool>? imageAllowed)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var parser = new HtmlParser();
        var document = parser.ParseDocument(string.Empty);
        var nodes = parser.ParseFragment(VietnameseText.Nfc(html), document.Body!);
        var writer = new Writer(imageAllowed);
        writer.WriteFlow(nodes);
        return writer.Output.ToString().Trim();
    }

    /// <summary>
    /// The text of sanitised HTML, for summaries and the feed: tags gone, entities decoded, spaces collapsed; the words
    /// of separate paragraphs, list items, table cells and lines kept apart.
    /// </summary>
    public static string PlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var parser = new HtmlParser();
        var document = parser.ParseDocument(string.Empty);
        var text = new StringBuilder();
        foreach (var node in parser.ParseFragment(html, document.Body!))
        {
            AppendText(node, text, 0);
        }

        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static void AppendText(INode node, StringBuilder text, int depth)
    {
        if (node is IText t)
        {
            text.Append(t.Data);
            return;
        }

        if (depth >= MaxDepth)
        {
            text.Append(' ').Append(node.TextContent).Append(' ');
            return;
        }

        var inline = node is IElement { LocalName: "strong" or "em" or "u" or "s" or "a" or "b" or "i" or "span" };
        if (!inline)
        {
            text.Append(' ');
        }

        foreach (var child in node.ChildNodes)
        {
            AppendText(child, text, depth + 1);
        }

        if (!inline)
        {
            text.Append(' ');
        }
    }

    /// <summary>Writes the allowed attributes; false when the element cannot stand without one it lacks (img without src).</summary>
    private static bool WriteAttributes(string name, IElement element, StringBuilder output, Func<string, bool>? imageAllowed)
    {
        string? Value(string attribute) => element.GetAttribute(attribute);
        switch (name)
        {
            case "a":
                if (Value("href") is { } href && LinkTarget(href) is { } link)
                {
                    Attribute(output, "href", link.Url);
                    if (link.External)
                    {
                        Attribute(output, "rel", "noopener noreferrer nofollow");
                    }
                }

                if (Value("title") is { Length: > 0 } title)
                {
                    Attribute(output, "title", Shorten(title, 300));
                }

                return true;
            case "img":
                if (Value("src") is not { } src || ImageSource(src) is not { } source || imageAllowed?.Invoke(source) == false)
                {
                    return false;
                }

                Attribute(output, "src", source);
                Attribute(output, "alt", Shorten(Value("alt") ?? "", 300));
                foreach (var size in (string[])["width", "height"])
                {
                    if (Value(size) is { } number && Digits(number, 4))
                    {
                        Attribute(output, size, number.Trim());
                    }
                }

                return true;
            case "th" or "td":
                foreach (var span in (string[])["colspan", "rowspan"])
                {
                    if (Value(span) is { } number && Digits(number, 2))
                    {
                        Attribute(output, span, number.Trim());
                    }
                }

                return true;
            default:
                return true;
        }
    }

    /// <summary>A link's address if it is safe: http(s), mailto, tel, or relative to this site; external ones are marked.</summary>
    public static (string Url, bool External)? LinkTarget(string href)
    {
        var url = href.Trim();
        var squeezed = Squeeze(url);
        if (squeezed.Length == 0 || squeezed.Contains('\\', StringComparison.Ordinal) || squeezed.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        return Scheme(squeezed) switch
        {
            null => (url, false),
            "http" or "https" => (url, true),
            "mailto" or "tel" => (url, false),
            _ => null,
        };
    }

    /// <summary>An image's address if it is safe: http(s), or one of the portal's own images (<c>/x/…</c>).</summary>
    public static string? ImageSource(string src)
    {
        var url = src.Trim();
        var squeezed = Squeeze(url);
        if (squeezed.Contains('\\', StringComparison.Ordinal))
        {
            return null;
        }

        return Scheme(squeezed) switch
        {
            "http" or "https" => url,
            null when squeezed.StartsWith("/x/", StringComparison.Ordinal) => url,
            _ => null,
        };
    }

    /// <summary>What a browser reads: no whitespace or control characters anywhere ("java&#9;script:" is "javascript:"), lower case.</summary>
    private static string Squeeze(string url) =>
        new string(url.Where(c => c > ' ' && !char.IsControl(c) && c != '\u00A0' && !char.IsWhiteSpace(c)
            && c is not ('\u200B' or '\u200C' or '\u200D' or '\uFEFF')).ToArray()).ToLowerInvariant();

    /// <summary>The scheme before the first colon, or null for a relative address (no colon before any '/', '?' or '#').</summary>
    private static string? Scheme(string squeezed)
    {
        var colon = squeezed.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }

        var firstSeparator = squeezed.IndexOfAny(['/', '?', '#']);
        if (firstSeparator >= 0 && firstSeparator < colon)
        {
            return null;
        }

        var scheme = squeezed[..colon];
        return scheme.Length > 0 && char.IsAsciiLetter(scheme[0]) && scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') ? scheme : "invalid";
    }

    private static bool Digits(string value, int maxLength)
    {
        var trimmed = value.Trim();
        return trimmed.Length is > 0 && trimmed.Length <= maxLength && trimmed.All(char.IsAsciiDigit);
    }

    private static string Shorten(string value, int max) => value.Length > max ? value[..max] : value;

    private static void Attribute(StringBuilder output, string name, string value)
    {
        output.Append(' ').Append(name).Append("=\"");
        Encode(value, output, attribute: true);
        output.Append('"');
    }

    private static void Encode(string text, StringBuilder output, bool attribute)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': output.Append("&amp;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '"' when attribute: output.Append("&quot;"); break;
                case '\u00A0': output.Append("&nbsp;"); break;
                case '\0': break;
                default: output.Append(c); break;
            }
        }
    }
}
