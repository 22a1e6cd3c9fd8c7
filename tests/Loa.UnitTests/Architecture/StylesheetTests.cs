namespace Loa.UnitTests.Architecture;

/// <summary>
/// Every stylesheet of ours closes each block it opens. A browser does not report a missing "}": an unclosed
/// <c>@media (max-width: 700px) {</c> in portal.css had silently turned every rule after it (the survey cards, the open
/// data pages…) into rules for phones only, and the desktop portal showed its open surveys as a bare bulleted list.
/// </summary>
public sealed class StylesheetTests
{
    [Fact]
    public void Every_block_opened_in_our_stylesheets_is_closed()
    {
        var folder = Path.Combine(Root(), "src", "Loa.Web", "wwwroot", "css");
        var files = Directory.EnumerateFiles(folder, "*.css", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);

        var problems = files.Select(f => (File: Path.GetFileName(f), Problem: Unbalanced(File.ReadAllText(f)))).Where(p => p.Problem is not null);
        Assert.Empty(problems.Select(p => $"{p.File}: {p.Problem}"));
    }

    [Theory]
    [InlineData("a { color: red; }", null)]
    [InlineData("@media (max-width: 700px) {\n  a { color: red; }\n\nb { color: blue; }", "the block opened on line 1 is never closed")]
    [InlineData("a { color: red; }\n}", "line 2 closes a block that was never opened")]
    [InlineData("/* { */ a::before { content: \"{\"; }", null)]
    public void Finds_the_block_left_open(string css, string? problem) => Assert.Equal(problem, Unbalanced(css));

    /// <summary>What is wrong with the braces of <paramref name="css"/>, comments and strings aside; null when nothing is.</summary>
    private static string? Unbalanced(string css)
    {
        var open = new Stack<int>();
        var line = 1;
        for (var i = 0; i < css.Length; i++)
        {
            var c = css[i];
            if (c == '\n')
            {
                line++;
            }
            else if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? css.Length : end + 1;
                line += css.AsSpan(i, end - i).Count('\n');
                i = end;
            }
            else if (c is '"' or '\'')
            {
                var end = css.IndexOf(c, i + 1);
                i = end < 0 ? css.Length : end;
            }
            else if (c == '{')
            {
                open.Push(line);
            }
            else if (c == '}' && !open.TryPop(out _))
            {
                return $"line {line} closes a block that was never opened";
            }
        }

        return open.Count == 0 ? null : $"the block opened on line {open.Last()} is never closed";
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Loa.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Loa.slnx not found above " + AppContext.BaseDirectory);
    }
}
