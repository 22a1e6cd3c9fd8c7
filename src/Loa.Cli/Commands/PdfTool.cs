using Loa.Documents.Pdf;

namespace Loa.Cli.Commands;

/// <summary>
/// What the PDF verbs share: the converter (LibreOffice from <c>--office</c>, else the setting Loa__Pdf__Office, else
/// soffice on PATH) and the exit code and Vietnamese message when it is missing or fails.
/// </summary>
internal static class PdfTool
{
    /// <summary>Exit code when LibreOffice is missing or cannot convert: the .docx verbs still work.</summary>
    public const int Unavailable = 3;

    public const string OfficeHelp = "\n" + """
          --office CHƯƠNG_TRÌNH  đường dẫn LibreOffice (soffice); mặc định: biến môi trường Loa__Pdf__Office,
                                 rồi soffice trong PATH

        PDF được tạo bằng LibreOffice (chạy ẩn, không cần giao diện) theo chuẩn PDF/A-2b, nhúng đủ phông chữ.
        Cài trên Debian/Ubuntu: apt-get install libreoffice-writer-nogui fonts-liberation2
        Thiếu LibreOffice thì lệnh báo lỗi với mã thoát 3; lệnh xuất .docx vẫn dùng được.
        """ + "\n";

    public static LibreOfficePdfConverter Converter(string? office) =>
        new PdfOptions { Office = office ?? Environment.GetEnvironmentVariable("Loa__Pdf__Office"), Concurrency = 2 }.CreateConverter();

    /// <summary>The PDF, or null after writing why not to the error output.</summary>
    public static async Task<byte[]?> ConvertAsync(IPdfConverter converter, byte[] docx, string name, CommandContext context)
    {
        try
        {
            return await converter.ConvertAsync(docx, CancellationToken.None);
        }
        catch (PdfConversionException e)
        {
            await context.Error.WriteLineAsync($"{name}: {e.Message}");
            return null;
        }
    }
}
