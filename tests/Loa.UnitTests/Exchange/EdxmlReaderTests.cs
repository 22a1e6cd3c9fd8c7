using System.Text;
using Loa.Exchange;

namespace Loa.UnitTests.Exchange;

/// <summary>What the reader refuses, each with a reason in Vietnamese; and a valid package from elsewhere is read.</summary>
public sealed class EdxmlReaderTests
{
    private const string Ns = EdxmlSchema.Namespace;

    [Fact]
    public void An_empty_file_is_refused() =>
        Assert.Equal("Tệp trống, không phải gói tin edXML.", EdxmlReader.Read([]).Problem);

    [Fact]
    public void A_file_that_is_not_xml_is_refused()
    {
        var read = EdxmlReader.Read(SamplePackages.Pdf);

        Assert.Null(read.Package);
        Assert.StartsWith("Tệp không phải XML hợp lệ", read.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_type_declaration_is_refused_before_anything_is_expanded()
    {
        var xml = SamplePackages.Xml().Replace(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><!DOCTYPE edXML [<!ENTITY a \"aaaaaaaaaa\">]>",
            StringComparison.Ordinal);
        Assert.Contains("DOCTYPE", xml, StringComparison.Ordinal);

        var read = EdxmlReader.Read(SamplePackages.Bytes(xml));

        Assert.StartsWith("Tệp không phải XML hợp lệ", read.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_of_another_structure_is_refused()
    {
        var read = EdxmlReader.Read(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><BaoCao><TieuDe>x</TieuDe></BaoCao>"));

        Assert.StartsWith("Gói tin không đúng cấu trúc edXML (QCVN 102:2016/BTTTT)", read.Problem, StringComparison.Ordinal);
        Assert.EndsWith("thành phần không thuộc cấu trúc edXML.", read.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_without_its_subject_is_refused()
    {
        var xml = SamplePackages.Xml();
        var start = xml.IndexOf("<Subject>", StringComparison.Ordinal);
        var end = xml.IndexOf("</Subject>", StringComparison.Ordinal) + "</Subject>".Length;

        var read = EdxmlReader.Read(SamplePackages.Bytes(xml[..start] + xml[end..]));

        Assert.Null(read.Package);
        Assert.EndsWith("thiếu hoặc thừa thành phần bắt buộc.", read.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agency_code_of_the_wrong_shape_is_refused()
    {
        var xml = SamplePackages.Xml().Replace("<OrganId>000.12.31.H75</OrganId>", "<OrganId>H75.12</OrganId>", StringComparison.Ordinal);

        var read = EdxmlReader.Read(SamplePackages.Bytes(xml));

        Assert.EndsWith("mã định danh cơ quan không đúng dạng (ví dụ 000.00.00.H75).", read.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_refused()
    {
        var xml = SamplePackages.Xml().Replace("2026-06-20", "20/06/2026", StringComparison.Ordinal);

        Assert.EndsWith("giá trị không hợp lệ.", EdxmlReader.Read(SamplePackages.Bytes(xml)).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_named_in_the_manifest_but_not_attached_is_refused()
    {
        var xml = SamplePackages.Xml().Replace("<ContentId>cid:7-1</ContentId>\n      <AttachmentName>", "<ContentId>cid:khac</ContentId>\n      <AttachmentName>", StringComparison.Ordinal);
        Assert.Contains("cid:khac", xml, StringComparison.Ordinal);

        var read = EdxmlReader.Read(SamplePackages.Bytes(xml));

        Assert.Equal("Gói tin nêu tệp \"BC-15-2026-UBND-phuong-Phuoc-Tan.pdf\" nhưng không kèm tệp đó.", read.Problem);
    }

    [Fact]
    public void An_attachment_said_to_be_pdf_that_is_not_is_refused()
    {
        var package = SamplePackages.Report() with
        {
            Attachments = [new EdxmlAttachment("cid:7-1", "bao-cao.pdf", "application/pdf", Encoding.ASCII.GetBytes("MZ not a pdf"))],
        };

        var read = EdxmlReader.Read(EdxmlWriter.Write(package));

        Assert.Equal("Tệp \"bao-cao.pdf\" trong gói tin không phải PDF như gói tin ghi.", read.Problem);
    }

    [Fact]
    public void Two_attachments_with_one_content_id_are_refused()
    {
        var package = SamplePackages.Report() with
        {
            Attachments = [.. SamplePackages.Report().Attachments, new EdxmlAttachment("cid:7-1", "lap.pdf", "application/pdf", SamplePackages.Pdf)],
        };

        Assert.NotNull(EdxmlReader.Read(EdxmlWriter.Write(package)).Problem);
    }

    [Fact]
    public void A_package_written_elsewhere_with_prefixes_and_optional_parts_is_read()
    {
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <ed:edXML xmlns:ed="{Ns}">
              <ed:edXMLEnvelope>
                <ed:edXMLHeader>
                  <ed:MessageHeader>
                    <ed:From><ed:OrganId>000.00.00.H75</ed:OrganId><ed:OrganizationInCharge>UBND tỉnh</ed:OrganizationInCharge><ed:OrganName>UBND tỉnh Đồng Nai</ed:OrganName></ed:From>
                    <ed:To><ed:OrganId>000.12.31.H75</ed:OrganId><ed:OrganName>UBND phường Phước Tân</ed:OrganName></ed:To>
                    <ed:DocumentId>abc-123</ed:DocumentId>
                    <ed:Code><ed:CodeNumber>301</ed:CodeNumber><ed:CodeNotation>UBND-VX</ed:CodeNotation></ed:Code>
                    <ed:PromulgationInfo><ed:Place>Đồng Nai</ed:Place><ed:PromulgationDate>2026-05-04</ed:PromulgationDate></ed:PromulgationInfo>
                    <ed:DocumentType><ed:Type>2</ed:Type><ed:TypeName>Công văn</ed:TypeName></ed:DocumentType>
                    <ed:Subject>V/v báo cáo CCHC</ed:Subject>
                    <ed:Content>Nội dung</ed:Content>
                    <ed:SignerInfo><ed:Competence>KT. CHỦ TỊCH</ed:Competence><ed:Position>PHÓ CHỦ TỊCH</ed:Position><ed:FullName>Trần Thị Bình</ed:FullName></ed:SignerInfo>
                  </ed:MessageHeader>
                  <ed:TraceHeaderList><ed:TraceHeader><ed:OrganId>000.00.00.H75</ed:OrganId><ed:Timestamp>2026-05-04T08:00:00+07:00</ed:Timestamp></ed:TraceHeader></ed:TraceHeaderList>
                </ed:edXMLHeader>
                <ed:edXMLBody><ed:edXMLManifest version="1.0">
                  <ed:Reference><ed:ContentId>f1</ed:ContentId><ed:ContentType>application/pdf</ed:ContentType><ed:AttachmentName>cv.pdf</ed:AttachmentName></ed:Reference>
                </ed:edXMLManifest></ed:edXMLBody>
              </ed:edXMLEnvelope>
              <ed:AttachmentEncoded><ed:Attachment><ed:ContentId>f1</ed:ContentId><ed:AttachmentName>cv.pdf</ed:AttachmentName>
                <ed:ContentType>application/pdf</ed:ContentType><ed:ContentTransferEncoded>{Convert.ToBase64String(SamplePackages.Pdf)}</ed:ContentTransferEncoded>
              </ed:Attachment></ed:AttachmentEncoded>
            </ed:edXML>
            """;

        var read = EdxmlReader.Read(Encoding.UTF8.GetBytes(xml));

        Assert.Null(read.Problem);
        Assert.Equal("301/UBND-VX", read.Package!.Number);
        Assert.Equal(new DateTime(2026, 5, 4, 1, 0, 0, DateTimeKind.Utc), read.Package.SentAt);
        Assert.Equal("000.12.31.H75", Assert.Single(read.Package.To).Id);
    }
}
