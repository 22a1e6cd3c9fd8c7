using DocumentFormat.OpenXml.Wordprocessing;
using Loa.Reports;

namespace Loa.Documents;

/// <summary>
/// Writes a periodic report as an official Word document in the form of Decree 30/2020 (Phụ lục I, Mẫu 1.4 for a
/// Báo cáo), on A4 portrait with the page, fonts and page numbers of the plans: the header table ("Số: …/BC-UBND",
/// italic place and date), "BÁO CÁO" and the subject, "Kính gửi: …" for a report to a higher body, the body with
/// its figure tables (<see cref="ReportBodyWriter"/>), then Nơi nhận (starting "- Như trên;" under a "Kính gửi")
/// and the signature. The header, title and signature blocks are the plans' own.
/// </summary>
public static class ReportDocxWriter
{
    public const string ContentType = PlanDocxWriter.ContentType;

    public static byte[] Write(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return DocxPackage.Write(report.Title, (body, headers) => Fill(report, body, headers));
    }

    public static void Write(ReportDocument report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        DocxPackage.Write(output, report.Title, (body, headers) => Fill(report, body, headers));
    }

    private static void Fill(ReportDocument report, Body body, DocxPage.Headers headers)
    {
        body.Append(HeaderBlock.Build(DocumentHeader.Of(report)));
        body.Append(ReportBodyWriter.Build(report));
        body.Append(SignatureBlock.Build(ReportWording.RecipientItems(report), report.Signer));
        DocxPackage.EndPortrait(body, headers);
    }
}
