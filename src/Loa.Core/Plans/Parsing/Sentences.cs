using System.Text.RegularExpressions;

namespace Loa.Plans.Parsing;

/// <summary>Splits running text into sentences (and clauses after ";"), for the readers that look for one sentence.</summary>
internal static partial class Sentences
{
    public static IEnumerable<string> Split(string text)
    {
        foreach (var part in Boundary().Split(text))
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                yield return trimmed;
            }
        }
    }

    /// <summary>After ". ! ? …" (or "./.") before an upper-case letter or digit, and after "; ".</summary>
    [GeneratedRegex(@"(?<=[.!?…])\s+(?=[\p{Lu}\d(])|(?<=;)\s+")]
    private static partial Regex Boundary();
}
