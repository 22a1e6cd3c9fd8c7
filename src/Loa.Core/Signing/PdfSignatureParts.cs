using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Loa.Signing;

/// <summary>
/// The parts of a signed PDF the verifier needs, read from the bytes: the signature dictionaries (their /ByteRange, the
/// /Contents hole, /SubFilter) and the objects an incremental update defines. Latin-1 keeps one character per byte.
/// </summary>
internal static partial class PdfSignatureParts
{
    public static string Latin1(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);

    /// <summary>Every /ByteRange [a b c d] with its position in <paramref name="text"/>.</summary>
    public static List<(int Position, long[] Range)> ByteRanges(string text) => ByteRangePattern().Matches(text)
        .Select(m => (m.Index, m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray()))
        .ToList();

    /// <summary>The dictionary of the object around <paramref name="position"/>: from its "obj" to its "endobj".</summary>
    public static string ObjectAround(string text, int position)
    {
        var start = text.LastIndexOf(" obj", position, StringComparison.Ordinal);
        var end = text.IndexOf("endobj", position, StringComparison.Ordinal);
        return start < 0 || end < 0 ? "" : text[start..end];
    }

    public static bool IsCadesDetached(string dictionary) => SubFilterPattern().IsMatch(dictionary);

    /// <summary>The objects an update defines: number → their text up to "endobj".</summary>
    public static List<(int Number, string Body)> Objects(string text) => ObjectPattern().Matches(text)
        .Select(m =>
        {
            var end = text.IndexOf("endobj", m.Index, StringComparison.Ordinal);
            return (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), end < 0 ? text[m.Index..] : text[m.Index..end]);
        })
        .ToList();

    /// <summary>The last definition of object <paramref name="number"/> in <paramref name="text"/>, or null.</summary>
    public static string? LastDefinition(string text, int number) => Objects(text).LastOrDefault(o => o.Number == number).Body;

    /// <summary>The value of a key in a dictionary as written ("/Contents 12 0 R" → "12 0 R"; an array whole).</summary>
    public static string? Value(string dictionary, string key)
    {
        var match = Regex.Match(dictionary, $@"/{key}\s*(\[[^\]]*\]|\d+\s+\d+\s+R|/[^\s/<>\[\]]+)", RegexOptions.None, TimeSpan.FromSeconds(1));
        return match.Success ? Regex.Replace(match.Groups[1].Value, @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(1)) : null;
    }

    public static bool IsType(string dictionary, string type) =>
        Regex.IsMatch(dictionary, $@"/Type\s*/{type}\b", RegexOptions.None, TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d+\s+\d+\s+\d+\s+\d+)\s*\]")]
    private static partial Regex ByteRangePattern();

    [GeneratedRegex(@"/SubFilter\s*/ETSI\.CAdES\.detached\b")]
    private static partial Regex SubFilterPattern();

    [GeneratedRegex(@"(?<![0-9])(\d+)\s+\d+\s+obj\b")]
    private static partial Regex ObjectPattern();
}
