using System.Text;
using Loa.Text;

namespace Loa.Documents;

/// <summary>
/// One table as .csv, the one way Loa writes it: UTF-8 with a BOM (so Excel reads Vietnamese right), comma-separated,
/// RFC 4180 quoting, CRLF line ends, guarded against formula injection.
/// </summary>
public static class CsvTable
{
    /// <summary>A writer on <paramref name="output"/> (left open) with the BOM and line ends of the format; write with <see cref="Line"/>.</summary>
    public static StreamWriter Writer(Stream output) =>
        new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };

    public static void Write(Stream output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var writer = Writer(output);
        writer.WriteLine(Line(headers));
        foreach (var row in rows)
        {
            writer.WriteLine(Line(row));
        }
    }

    /// <summary>One line without its end: the fields, each made safe by <see cref="Field"/>, joined by commas.</summary>
    public static string Line(IEnumerable<string> fields) => string.Join(',', fields.Select(Field));

    /// <summary>
    /// One CSV field: a text starting with = + - @ (or a tab or carriage return) gets a leading ' so that a
    /// spreadsheet never runs it as a formula; a field holding a comma, a quote or a line break is quoted, with
    /// quotes doubled.
    /// </summary>
    public static string Field(string value)
    {
        var text = VietnameseText.Nfc(value);
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }
}
