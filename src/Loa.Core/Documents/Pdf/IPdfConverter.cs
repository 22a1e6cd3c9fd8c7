namespace Loa.Documents.Pdf;

/// <summary>
/// The one way Loa turns a .docx it wrote into a PDF (plans, reports, inspection records, minutes). The component behind
/// it is optional: when it is missing, <see cref="IsAvailable"/> is false, pages say that PDF needs it, and .docx still works.
/// </summary>
public interface IPdfConverter
{
    /// <summary>The component is installed and can be started.</summary>
    bool IsAvailable { get; }

    /// <summary>The PDF of <paramref name="docx"/>; throws <see cref="PdfConversionException"/> when it cannot be made.</summary>
    Task<byte[]> ConvertAsync(byte[] docx, CancellationToken cancellationToken);
}

/// <summary>A PDF could not be made; the message is Vietnamese and can be shown to the user.</summary>
public sealed class PdfConversionException(string message, Exception? inner = null) : Exception(message, inner);
