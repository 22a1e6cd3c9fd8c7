using System.Diagnostics;

namespace Loa.Documents.Pdf;

/// <summary>
/// Converts with LibreOffice started headless for each document, with a profile folder of its own so that several
/// conversions can run side by side. <paramref name="office"/> is the program (soffice) or null to look it up on PATH.
/// </summary>
public sealed class LibreOfficePdfConverter(string? office = null, TimeSpan? timeout = null) : IPdfConverter
{
    public const string Missing = "Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; tệp .docx vẫn tải được bình thường.";

    private readonly string? program = office is { Length: > 0 } ? (File.Exists(office) ? office : null) : Find("soffice") ?? Find("libreoffice");
    private readonly TimeSpan limit = timeout ?? TimeSpan.FromSeconds(120);

    public bool IsAvailable => program is not null;

    public async Task<byte[]> ConvertAsync(byte[] docx, CancellationToken cancellationToken)
    {
        if (program is null)
        {
            throw new PdfConversionException(Missing);
        }

        var folder = Directory.CreateTempSubdirectory("loa-pdf-").FullName;
        try
        {
            var input = Path.Combine(folder, "document.docx");
            await File.WriteAllBytesAsync(input, docx, cancellationToken);
            var profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
            var start = new ProcessStartInfo(program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = folder,
            };
            foreach (var argument in (string[])["--headless", "--norestore", "--nolockcheck", $"-env:UserInstallation={profile}",
                "--convert-to", "pdf", "--outdir", folder, input])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new PdfConversionException(Missing);
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

    private static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
