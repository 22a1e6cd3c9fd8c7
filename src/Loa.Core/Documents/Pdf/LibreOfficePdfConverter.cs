using System.Diagnostics;

namespace Loa.Documents.Pdf;

/// <summary>
/// Converts with LibreOffice started headless for each document, with a profile folder of its own so that several
/// conversions can run side by side, at most <paramref name="concurrency"/> at a time (default: half the processors).
/// The PDF is PDF/A-2b (fonts embedded, XMP identification part 2, conformance B). <paramref name="office"/> is the
/// program (soffice) or null to look it up on PATH. See docs/decisions/0033-pdf-with-libreoffice.md.
/// </summary>
public sealed class LibreOfficePdfConverter(string? office = null, TimeSpan? timeout = null, int? concurrency = null) : IPdfConverter, IDisposable
{
    public const string Missing = "Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; tệp .docx vẫn tải được bình thường.";

    /// <summary>
    /// The export filter and its options (LibreOffice 7.4 and later read them as JSON): SelectPdfVersion 2 = PDF/A-2b,
    /// which embeds every font; the pages keep the size and orientation of each section of the .docx.
    /// </summary>
    public const string Filter = """pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}""";

    private readonly string? program = office is { Length: > 0 } ? (File.Exists(office) ? office : null) : Find("soffice") ?? Find("libreoffice");
    private readonly TimeSpan limit = timeout ?? TimeSpan.FromSeconds(120);
    private readonly SemaphoreSlim turns = new(Slots(concurrency), Slots(concurrency));

    public bool IsAvailable => program is not null;

    /// <summary>How many conversions may run at once.</summary>
    public int Concurrency { get; } = Slots(concurrency);

    public async Task<byte[]> ConvertAsync(byte[] docx, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(docx);
        if (program is null)
        {
            throw new PdfConversionException(Missing);
        }

        await turns.WaitAsync(cancellationToken);
        try
        {
            return await RunAsync(program, docx, cancellationToken);
        }
        finally
        {
            turns.Release();
        }
    }

    private async Task<byte[]> RunAsync(string office, byte[] docx, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("loa-pdf-").FullName;
        try
        {
            var input = Path.Combine(folder, "document.docx");
            await File.WriteAllBytesAsync(input, docx, cancellationToken);
            var profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
            var start = new ProcessStartInfo(office)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = folder,
            };
            start.Environment["HOME"] = folder; // LibreOffice writes under HOME too; keep every run apart
            foreach (var argument in (string[])["--headless", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
                $"-env:UserInstallation={profile}", "--convert-to", Filter, "--outdir", folder, input])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = StartOrMissing(start);
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timer.CancelAfter(limit);
            var output = process.StandardOutput.ReadToEndAsync(timer.Token);
            var errors = process.StandardError.ReadToEndAsync(timer.Token);
            try
            {
                await process.WaitForExitAsync(timer.Token);
                await Task.WhenAll(output, errors);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                throw new PdfConversionException("LibreOffice không chuyển xong tài liệu sang PDF trong thời gian cho phép; xin thử lại sau.");
            }

            var pdf = Path.Combine(folder, "document.pdf");
            if (process.ExitCode != 0 || !File.Exists(pdf))
            {
                throw new PdfConversionException("LibreOffice không chuyển được tài liệu sang PDF; tệp .docx vẫn tải được bình thường.");
            }

            return await File.ReadAllBytesAsync(pdf, cancellationToken);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless.
            }
        }
    }

    /// <summary>Starts the program; one removed or broken since the converter was made counts as missing.</summary>
    private static Process StartOrMissing(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new PdfConversionException(Missing);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new PdfConversionException(Missing, e);
        }
    }

    public void Dispose() => turns.Dispose();

    private static int Slots(int? concurrency) => concurrency is > 0 ? concurrency.Value : Math.Max(1, Environment.ProcessorCount / 2);

    private static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
