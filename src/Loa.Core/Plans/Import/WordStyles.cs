using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Loa.Plans.Import;

/// <summary>
/// The few style properties the reader needs, looked up through a style's <c>basedOn</c> chain: numbering
/// (<c>numPr</c>), bold, hidden text, outline level and centring, with the document defaults last.
/// </summary>
internal sealed class WordStyles
{
    private const int MaxChain = 16;

    private readonly Dictionary<string, Style> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<(string?, string?), bool> _boldCache = [];
    private readonly bool _defaultBold;

    public WordStyles(Styles? styles)
    {
        if (styles is null)
        {
            return;
        }

        foreach (var style in styles.Elements<Style>())
        {
            var id = style.StyleId?.Value;
            if (id is null)
            {
                continue;
            }

            _byId.TryAdd(id, style);
            if (style.Default?.Value == true && style.Type?.InnerText == "paragraph")
            {
                DefaultParagraphStyle ??= id;
            }
        }

        _defaultBold = IsOn(styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.GetFirstChild<Bold>()) ?? false;
    }

    /// <summary>The id of the paragraph style used when a paragraph names none ("Normal").</summary>
    public string? DefaultParagraphStyle { get; }

    /// <summary>The numbering a paragraph style (or one it is based on) gives: its numId and level, either may be null.</summary>
    public (int? NumId, int? Level) StyleNumbering(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            var numPr = style.StyleParagraphProperties?.NumberingProperties;
            if (numPr is not null)
            {
                return (numPr.NumberingId?.Val?.Value, numPr.NumberingLevelReference?.Val?.Value);
            }
        }

        return (null, null);
    }

    /// <summary>The numId a numbering style ("numStyleLink" target) points to.</summary>
    public int? NumberingStyleNumId(string styleId) =>
        Chain(styleId).Select(s => s.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value).FirstOrDefault(v => v is not null);

    /// <summary>The paragraph is centred (its own <c>jc</c> first, then its style's).</summary>
    public bool IsCentered(ParagraphProperties? properties, string? styleId)
    {
        var own = properties?.Justification?.Val?.InnerText;
        if (own is not null)
        {
            return own == "center";
        }

        var inherited = Chain(styleId).Select(s => s.StyleParagraphProperties?.Justification?.Val?.InnerText).FirstOrDefault(v => v is not null);
        return inherited == "center";
    }

    /// <summary>The paragraph has an outline level (a "Heading n" style or its own <c>outlineLvl</c>).</summary>
    public bool IsOutlineHeading(ParagraphProperties? properties, string? styleId)
    {
        var level = properties?.OutlineLevel?.Val?.Value
            ?? Chain(styleId).Select(s => s.StyleParagraphProperties?.OutlineLevel?.Val?.Value).FirstOrDefault(v => v is not null);
        return level is >= 0 and < 9;
    }

    /// <summary>A run is bold: its own <c>b</c>, else its character style, else the paragraph style, else the defaults.</summary>
    public bool IsBold(RunProperties? properties, string? paragraphStyleId)
    {
        var own = IsOn(properties?.Bold);
        if (own is not null)
        {
            return own.Value;
        }

        var characterStyle = properties?.RunStyle?.Val?.Value;
        var key = (characterStyle, paragraphStyleId);
        if (_boldCache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var bold = StyleBold(characterStyle) ?? StyleBold(paragraphStyleId) ?? _defaultBold;
        _boldCache[key] = bold;
        return bold;
    }

    /// <summary>Hidden text (<c>vanish</c>) on the run or its character style.</summary>
    public bool IsHidden(RunProperties? properties)
    {
        var own = IsOn(properties?.Vanish);
        if (own is not null)
        {
            return own.Value;
        }

        var characterStyle = properties?.RunStyle?.Val?.Value;
        return characterStyle is not null
            && (Chain(characterStyle).Select(s => IsOn(s.StyleRunProperties?.Vanish)).FirstOrDefault(v => v is not null) ?? false);
    }

    /// <summary>The style's id and the ids of the styles it is based on, nearest first.</summary>
    public IEnumerable<string> ChainIds(string? styleId) => Chain(styleId).Select(s => s.StyleId!.Value!);

    private bool? StyleBold(string? styleId) =>
        styleId is null ? null : Chain(styleId).Select(s => IsOn(s.StyleRunProperties?.Bold)).FirstOrDefault(v => v is not null);

    private IEnumerable<Style> Chain(string? styleId)
    {
        var id = styleId;
        for (var i = 0; i < MaxChain && id is not null && _byId.TryGetValue(id, out var style); i++)
        {
            yield return style;
            id = style.BasedOn?.Val?.Value;
        }
    }

    /// <summary>An on/off property: null when absent, true when present without a value or with a true value.</summary>
    private static bool? IsOn(OnOffType? property) => property is null ? null : property.Val?.Value ?? true;
}
