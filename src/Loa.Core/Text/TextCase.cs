namespace Loa.Text;

/// <summary>The case of a text's first letter only, so that "quý I" becomes "Quý I" and "Quý I" becomes "quý I" (never "quý i").</summary>
public static class TextCase
{
    /// <summary>"quý I năm 2027" → "Quý I năm 2027": for a text that starts a cell, a line or a sentence.</summary>
    public static string UpperFirst(string? text) =>
        string.IsNullOrEmpty(text) ? text ?? "" : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"Quý I" → "quý I": for a label set inside a sentence; the rest keeps its case (Roman numerals, names).</summary>
    public static string LowerFirst(string? text) =>
        string.IsNullOrEmpty(text) ? text ?? "" : char.ToLowerInvariant(text[0]) + text[1..];
}
