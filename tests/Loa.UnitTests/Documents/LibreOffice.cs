using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Loa.Documents.Pdf;

namespace Loa.UnitTests.Documents;

/// <summary>
/// Renders a .docx the way a reader without Word sees it: LibreOffice converts it to PDF (with a profile of
/// its own, so conversions can run in parallel), poppler's pdftotext and pdfinfo read the PDF back.
/// </summary>
internal static partial class LibreOffice
{
    public const string InstallHint = "apt-get install libreoffice-writer poppler-utils";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? Office { get; } = Find("libreoffice") ?? Find("soffice");

    public static string? PdfToText { get; } = Find("pdftotext");

    public static string? PdfInfo { get; } = Find("pdfinfo");

    public static bool Available => Office is not null && PdfToText is not null && PdfInfo is not null;

    /// <summary>
    /// Converts the document with Loa's own converter (<see cref="LibreOfficePdfConverter"/>, the one the app and the
    /// command line use) and writes the PDF in <paramref name="folder"/>; returns its path. Every PDF is checked to be
    /// PDF/A-2b with all its fonts embedded (<see cref="PdfChecks"/>), so each rendered check holds for Loa's PDF.
    /// </summary>
    public static async Task<string> ConvertToPdfAsync(byte[] docx, string folder)
    {
        if (!Available)
        {
            Assert.Fail($"LibreOffice or poppler-utils is missing: {InstallHint}");
        }

        var bytes = await Converter.ConvertAsync(docx, CancellationToken.None);
        var pdf = Path.Combine(folder, $"document-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(pdf, bytes);
        await PdfChecks.AssertPdfA2bAsync(pdf);
        return pdf;
    }

    /// <summary>The converter of the tests: the program found on PATH, at most two conversions at once.</summary>
    public static LibreOfficePdfConverter Converter { get; } = new(Office, TimeSpan.FromSeconds(90), concurrency: 2);

    /// <summary>Runs a program and returns its exit code and output (standard output then standard error).</summary>
    public static Task<(int Code, string Output)> RunAsync(string program, IEnumerable<string> arguments) =>
        RunAsync(program, arguments, TimeSpan.FromSeconds(30), null);

    /// <summary>The PDF's text in reading layout, one string per page.</summary>
    public static async Task<IReadOnlyList<string>> PagesAsync(string pdf)
    {
        var (code, output) = await RunAsync(PdfToText!, ["-layout", "-enc", "UTF-8", pdf, "-"], TimeSpan.FromSeconds(30), null);
        Assert.Equal(0, code);
        return output.Split('\f').SkipLast(1).ToList(); // every page ends with a form feed
    }

    /// <summary>Width and height in points of every page.</summary>
    public static async Task<IReadOnlyList<(double Width, double Height)>> PageSizesAsync(string pdf, int pages)
    {
        var (code, output) = await RunAsync(PdfInfo!, ["-f", "1", "-l", pages.ToString(CultureInfo.InvariantCulture), pdf], TimeSpan.FromSeconds(30), null);
        Assert.Equal(0, code);
        return [.. PageSize().Matches(output).Select(m => (
            double.Parse(m.Groups["w"].Value, CultureInfo.InvariantCulture),
            double.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture)))];
    }

    private static async Task<(int Code, string Output)> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout, string? home)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (home is not null)
        {
            start.Environment["HOME"] = home; // LibreOffice writes under HOME too; keep every run apart
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(program)} did not finish within {timeout.TotalSeconds} s");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    private static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);

    [GeneratedRegex(@"Page\s+\d+\s+size:\s+(?<w>[\d.]+)\s+x\s+(?<h>[\d.]+)")]
    private static partial Regex PageSize();
}

/// <summary>A test that needs LibreOffice and poppler-utils: skipped with the way to install them, but failing in CI.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute([CallerMemberName] string test = "")
    {
        if (!LibreOffice.Available && !LibreOffice.IsCi)
        {
            // The default console output lists skipped tests by display name only, so the name carries the way to enable them.
            DisplayName = $"Rendered .docx check {test} skipped — {LibreOffice.InstallHint} to run it (LibreOffice converts the export to PDF)";
            Skip = $"LibreOffice or poppler-utils not found: {LibreOffice.InstallHint} to check how exported documents render.";
        }
    }
}
