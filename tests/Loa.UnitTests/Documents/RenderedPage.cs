using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Loa.UnitTests.Documents;

/// <summary>
/// The first page of a rendered PDF as geometry, in points from the top-left corner: its text lines with their boxes
/// (pdftotext -bbox-layout) and its horizontal rules (the stroked lines of pdftocairo -svg — LibreOffice draws a
/// paragraph's bottom border as one).
/// </summary>
internal sealed partial record RenderedPage(IReadOnlyList<RenderedLine> Lines, IReadOnlyList<RenderedRule> Rules)
{
    public static async Task<RenderedPage> FirstAsync(string pdf)
    {
        var box = await RunAsync("pdftotext", ["-bbox-layout", "-f", "1", "-l", "1", pdf, "-"]);
        var lines = new List<RenderedLine>();
        foreach (Match line in LineElement().Matches(box))
        {
            var words = WordElement().Matches(line.Groups["words"].Value)
                .Select(w => (X0: Number(w, "x0"), X1: Number(w, "x1"), Text: WebUtility.HtmlDecode(w.Groups["text"].Value)))
                .ToList();

            // pdftotext splits a word at some Vietnamese letters ("Ủ" "Y"): words closer than a space are one word.
            var text = "";
            for (var i = 0; i < words.Count; i++)
            {
                text += (i > 0 && words[i].X0 - words[i - 1].X1 > 1.5 ? " " : "") + words[i].Text;
            }

            lines.Add(new RenderedLine(text, Number(line, "x0"), Number(line, "y0"), Number(line, "x1"), Number(line, "y1")));
        }

        var svgFile = Path.ChangeExtension(pdf, ".page1.svg");
        await RunAsync("pdftocairo", ["-svg", "-f", "1", "-l", "1", pdf, svgFile]);
        var svg = await File.ReadAllTextAsync(svgFile);
        var rules = new List<RenderedRule>();
        foreach (Match path in StrokedPath().Matches(svg))
        {
            var scale = Number(path, "s");
            var height = Number(path, "h");
            var (x1, y1, x2, y2) = (Number(path, "x1"), Number(path, "y1"), Number(path, "x2"), Number(path, "y2"));
            if (Math.Abs(y1 - y2) < 0.01)
            {
                rules.Add(new RenderedRule(Math.Min(x1, x2) * scale, Math.Max(x1, x2) * scale, height - (y1 * scale)));
            }
        }

        return new RenderedPage(lines, [.. rules.Distinct()]);
    }

    private static double Number(Match match, string group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static async Task<string> RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(cancel.Token);
        Assert.True(process.ExitCode == 0, $"{program} failed: {await error}");
        return await output;
    }

    [GeneratedRegex("""<line xMin="(?<x0>[\d.]+)" yMin="(?<y0>[\d.]+)" xMax="(?<x1>[\d.]+)" yMax="(?<y1>[\d.]+)">(?<words>.*?)</line>""", RegexOptions.Singleline)]
    private static partial Regex LineElement();

    [GeneratedRegex("""<word xMin="(?<x0>[\d.]+)" yMin="[\d.]+" xMax="(?<x1>[\d.]+)" yMax="[\d.]+">(?<text>[^<]*)</word>""")]
    private static partial Regex WordElement();

    [GeneratedRegex("""<path style="fill:none;[^"]*stroke:rgb\(0%,0%,0%\)[^"]*" d="M (?<x1>[\d.]+) (?<y1>[\d.]+) L (?<x2>[\d.]+) (?<y2>[\d.]+) " transform="matrix\((?<s>[\d.]+),0,0,-[\d.]+,0,(?<h>[\d.]+)\)"/>""")]
    private static partial Regex StrokedPath();
}

/// <summary>A line of text on the page and its box.</summary>
internal sealed record RenderedLine(string Text, double Left, double Top, double Right, double Bottom)
{
    public double Centre => (Left + Right) / 2;

    public double Width => Right - Left;
}

/// <summary>A horizontal rule on the page.</summary>
internal sealed record RenderedRule(double Left, double Right, double Y)
{
    public double Centre => (Left + Right) / 2;

    public double Width => Right - Left;
}
