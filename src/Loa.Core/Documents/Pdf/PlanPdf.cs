using Loa.Plans;

namespace Loa.Documents.Pdf;

/// <summary>
/// A plan's PDF files for issuing and signing. Decree 30/2020 (Phụ lục I) keeps an appendix in a file of its own, so the
/// plan (A4 portrait, signature block and recipients) and its appendix of key tasks (A4 landscape, pages from 1) are two
/// PDFs; <see cref="WholeAsync"/> is the one file with both, as the .docx, for reading.
/// </summary>
public static class PlanPdf
{
    /// <summary>The plan without its appendix, and the appendix alone (null when the plan has no key tasks).</summary>
    public static async Task<PlanPdfFiles> WriteAsync(
        PlanDocument plan, IReadOnlyList<string> amendments, IPdfConverter converter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(converter);
        var main = converter.ConvertAsync(PlanDocxWriter.Write(plan, amendments, PlanParts.WithoutAppendix), cancellationToken);
        var appendix = plan.Tasks.Count > 0
            ? converter.ConvertAsync(PlanDocxWriter.Write(plan, amendments, PlanParts.AppendixOnly), cancellationToken)
            : Task.FromResult<byte[]?>(null)!;
        await Task.WhenAll(main, appendix);
        return new PlanPdfFiles(await main, await appendix);
    }

    /// <summary>The plan and its appendix in one PDF, the same document as the .docx.</summary>
    public static Task<byte[]> WholeAsync(
        PlanDocument plan, IReadOnlyList<string> amendments, IPdfConverter converter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(converter);
        return converter.ConvertAsync(PlanDocxWriter.Write(plan, amendments), cancellationToken);
    }
}

/// <summary>The PDF of the plan itself and, when it has key tasks, of its appendix as a separate file.</summary>
public sealed record PlanPdfFiles(byte[] Main, byte[]? Appendix);
