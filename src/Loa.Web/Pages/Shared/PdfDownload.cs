using Loa.Documents.Pdf;

namespace Loa.Web.Pages.Shared;

/// <summary>
/// The PDF beside an export's .docx, made by the one converter (<see cref="IPdfConverter"/>). Without LibreOffice, or
/// when it fails, the page says so in Vietnamese (<see cref="PdfProblem"/>, shown by _PdfProblem) and the .docx still works.
/// </summary>
public static class PdfDownload
{
    public const string ContentType = "application/pdf";

    /// <summary>The PDF of the .docx <paramref name="docx"/> writes, or the reason there is none.</summary>
    public static async Task<(byte[]? Pdf, string? Problem)> ConvertAsync(IPdfConverter converter, Func<byte[]> docx, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(converter);
        ArgumentNullException.ThrowIfNull(docx);
        if (!converter.IsAvailable)
        {
            return (null, LibreOfficePdfConverter.Missing);
        }

        try
        {
            return (await converter.ConvertAsync(docx(), cancellationToken), null);
        }
        catch (PdfConversionException e)
        {
            return (null, e.Message);
        }
    }
}

/// <summary>Why a PDF could not be made, with the way to the .docx and back to the page it was asked from.</summary>
public sealed record PdfProblem(string Message, string DocxHref, string BackHref);
