using System.Text;

namespace Loa.UnitTests.Architecture;

/// <summary>
/// The line-length rule: every line of C# under src/ and tests/ (bin, obj and src/Loa.Core/Data/Migrations left out)
/// is at most 160 characters, not counting the longest string literal on the line. A user-facing Vietnamese sentence
/// stays whole so that it can be found with grep; everything else wraps: one argument per line, a well-named local
/// for a long expression, a long LINQ chain split at the dots.
/// </summary>
public sealed class LineLengthTests
{
    public const int Limit = 160;

    [Fact]
    public void Every_line_of_CSharp_is_at_most_160_characters_besides_its_longest_string_literal()
    {
        var offending = SourceFiles()
            .SelectMany(file => LongLines(file).Select(line => $"{file}:{line.Number}: {line.Describe()}"))
            .ToList();

        Assert.True(offending.Count == 0, Explain(offending));
    }

    [Theory]
    [InlineData("var x = 1;", 0)]
    [InlineData("Assert.Contains(\"Kế hoạch đã được duyệt\", html);", 24)]
    [InlineData("Say(\"a\\\"b\", \"longer one\");", 12)]
    [InlineData("var p = @\"C:\\dir\\\"\"quoted\"\"\";", 20)]
    [InlineData("var s = $\"{(ok ? \"có\" : \"không\")} ý kiến\";", 33)]
    [InlineData("var r = \"\"\"a \"quoted\" word\"\"\";", 21)]
    [InlineData("var q = '\"'; var s = \"ab\";", 4)]
    [InlineData("// a comment with \"quotes\" in it", 0)]
    [InlineData("/* \"not a string\" */ var s = \"ab\";", 4)]
    public void The_longest_string_literal_on_a_line_is_found_with_its_quotes_and_prefix(string code, int longest)
    {
        var line = Assert.Single(CodeLines.Measure(code));

        Assert.Equal(longest, line.LongestLiteral);
        Assert.Equal(code.Length - longest, line.Counted);
    }

    [Fact]
    public void A_string_literal_over_several_lines_counts_on_each_line_as_the_part_it_holds()
    {
        var lines = CodeLines.Measure("var s = @\"first\n  second\"; // \"x\"\nvar t = \"\"\"\n  raw\n  \"\"\";\n");

        Assert.Equal([7, 9, 3, 5, 5], lines.Select(l => l.LongestLiteral));
    }

    private static string Explain(List<string> offending) =>
        $"{offending.Count} lines are over {Limit} characters (the longest string literal on a line not counted). "
        + "Wrap them as the code around them does: one argument per line, a well-named local for a long expression, "
        + "a long LINQ chain split at the dots; keep a Vietnamese sentence whole so that grep finds it."
        + Environment.NewLine + string.Join(Environment.NewLine, offending);

    private static IEnumerable<CodeLine> LongLines(string file) =>
        CodeLines.Measure(File.ReadAllText(Path.Combine(Root.Value, file), Encoding.UTF8)).Where(line => line.Counted > Limit);

    /// <summary>The C# files under src/ and tests/, relative to the repository root with '/' separators.</summary>
    private static IEnumerable<string> SourceFiles() =>
        new[] { "src", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Root.Value, folder), "*.cs", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(Root.Value, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(path => !path.Split('/').Any(part => part is "bin" or "obj"))
            .Where(path => !path.StartsWith("src/Loa.Core/Data/Migrations/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static readonly Lazy<string> Root = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Loa.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Loa.slnx not found above " + AppContext.BaseDirectory);
    });
}

/// <summary>One line of a C# file: its number, its length, and the length of the longest string literal on it.</summary>
internal sealed record CodeLine(int Number, int Length, int LongestLiteral)
{
    /// <summary>The length the rule counts.</summary>
    public int Counted => Length - LongestLiteral;

    public string Describe() => LongestLiteral == 0
        ? $"{Counted} characters"
        : $"{Counted} characters besides a string literal of {LongestLiteral} ({Length} in all)";
}

/// <summary>
/// Finds the string literals of C# text well enough for the line-length rule: regular, verbatim, interpolated (holes
/// may hold strings of their own), raw; character literals and comments are skipped so that a quote in them opens
/// nothing. A literal counts with its quotes and its $ / @ prefix; one that spans lines counts on each line for the
/// part it holds there.
/// </summary>
internal static class CodeLines
{
    public static List<CodeLine> Measure(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        if (starts[^1] == text.Length && starts.Count > 1)
        {
            starts.RemoveAt(starts.Count - 1);
        }

        var ends = starts.Skip(1).Select(next => next - 1).Append(text.Length).ToList();
        var longest = new int[starts.Count];
        foreach (var (from, to) in Literals(text))
        {
            var line = starts.BinarySearch(from);
            for (line = line >= 0 ? line : ~line - 1; line < starts.Count && starts[line] < to; line++)
            {
                var part = Math.Min(to, ends[line]) - Math.Max(from, starts[line]);
                longest[line] = Math.Max(longest[line], part);
            }
        }

        return starts
            .Select((start, line) =>
            {
                var length = ends[line] - start - (ends[line] > start && text[ends[line] - 1] == '\r' ? 1 : 0);
                return new CodeLine(line + 1, length, Math.Min(longest[line], length));
            })
            .ToList();
    }

    /// <summary>The string literals of the text as [from, to) offsets.</summary>
    public static List<(int From, int To)> Literals(string text)
    {
        var literals = new List<(int, int)>();
        var i = 0;
        Code(text, ref i, literals, inHole: false);
        return literals;
    }

    /// <summary>Reads code up to the end of the text or, in an interpolation hole, up to the brace that closes it.</summary>
    private static void Code(string s, ref int i, List<(int, int)> literals, bool inHole)
    {
        var depth = 0;
        while (i < s.Length)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                i = s.IndexOf('\n', i) is var end and >= 0 ? end : s.Length;
            }
            else if (c == '/' && next == '*')
            {
                i = s.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end and >= 0 ? end + 2 : s.Length;
            }
            else if (c == '\'')
            {
                for (i++; i < s.Length && s[i] != '\'' && s[i] != '\n'; i++)
                {
                    i += s[i] == '\\' ? 1 : 0;
                }

                i++;
            }
            else if (c is '"' or '$' or '@' && StringAt(s, i) is { } quote)
            {
                var from = i;
                String(s, ref i, quote, literals);
                literals.Add((from, Math.Min(i, s.Length)));
            }
            else if (inHole && c == '{')
            {
                depth++;
                i++;
            }
            else if (inHole && c == '}' && depth-- == 0)
            {
                return;
            }
            else
            {
                i++;
            }
        }
    }

    private sealed record Quote(int Opening, int Quotes, bool Verbatim, bool Interpolated);

    /// <summary>The string literal opening at i, if one does: its prefix and quotes.</summary>
    private static Quote? StringAt(string s, int i)
    {
        var j = i;
        var verbatim = false;
        var interpolated = false;
        for (; j < s.Length && s[j] is '$' or '@'; j++)
        {
            verbatim |= s[j] == '@';
            interpolated |= s[j] == '$';
        }

        if (j >= s.Length || s[j] != '"')
        {
            return null;
        }

        var quotes = 0;
        while (j + quotes < s.Length && s[j + quotes] == '"')
        {
            quotes++;
        }

        return new Quote(j - i, quotes >= 3 ? quotes : 1, verbatim, interpolated);
    }

    private static void String(string s, ref int i, Quote quote, List<(int, int)> literals)
    {
        i += quote.Opening + quote.Quotes;
        if (quote.Quotes >= 3)
        {
            var end = s.IndexOf(new string('"', quote.Quotes), i, StringComparison.Ordinal);
            i = end >= 0 ? end + quote.Quotes : s.Length;
            return;
        }

        while (i < s.Length)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            if (quote.Verbatim && c == '"' && next == '"' || !quote.Verbatim && c == '\\'
                || quote.Interpolated && c == '{' && next == '{')
            {
                i += 2;
            }
            else if (c == '"' || c == '\n' && !quote.Verbatim)
            {
                i++;
                return;
            }
            else if (quote.Interpolated && c == '{')
            {
                i++;
                Code(s, ref i, literals, inHole: true);
                i++;
            }
            else
            {
                i++;
            }
        }
    }
}
