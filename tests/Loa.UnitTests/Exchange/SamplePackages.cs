using System.Text;
using Loa.Exchange;

namespace Loa.UnitTests.Exchange;

/// <summary>A package as a commune sends its report: from Phước Tân to Đồng Nai, one signed PDF.</summary>
internal static class SamplePackages
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    public static EdxmlPackage Report(string subject = "Báo cáo kết quả công tác tuyên truyền cải cách hành chính 6 tháng đầu năm 2026") => new()
    {
        From = new EdxmlOrgan("000.12.31.H75", "Ủy ban nhân dân phường Phước Tân"),
        To = [new EdxmlOrgan("000.00.00.H75", "Ủy ban nhân dân tỉnh Đồng Nai")],
        DocumentId = "loa:report:41:7",
        CodeNumber = "15",
        CodeNotation = "BC-UBND",
        Place = "Phước Tân",
        PromulgationDate = new DateOnly(2026, 6, 20),
        TypeName = "Báo cáo",
        Subject = subject,
        SignerName = "Nguyễn Văn An",
        SignerPosition = "CHỦ TỊCH",
        SentAt = new DateTime(2026, 6, 21, 2, 30, 0, DateTimeKind.Utc),
        Attachments = [new EdxmlAttachment("cid:7-1", "BC-15-2026-UBND-phuong-Phuoc-Tan.pdf", "application/pdf", Pdf, "Văn bản chính")],
    };

    public static string Xml(EdxmlPackage? package = null) => Encoding.UTF8.GetString(EdxmlWriter.Write(package ?? Report()));

    public static byte[] Bytes(string xml) => Encoding.UTF8.GetBytes(xml);
}
