using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Loa.Exchange;

/// <summary>The outcome of reading a package: the package, or why it is refused (in Vietnamese, for the page and the record).</summary>
public sealed record EdxmlReadResult(EdxmlPackage? Package, string? Problem)
{
    public bool IsValid => Package is not null;
}

/// <summary>
/// Reads an edXML file: it must be well-formed XML without DTD, valid against <c>edxml.xsd</c>, each manifest reference must
/// have its attachment and each attachment its reference, and every attachment must be what it says (a PDF starts as a PDF).
/// Anything else is refused with a reason a civil servant understands.
/// </summary>
public static class EdxmlReader
{
    /// <summary>The largest package accepted (a signed plan with appendices is a few megabytes).</summary>
    public const long MaxBytes = 40L * 1024 * 1024;

    private static readonly XNamespace Ns = EdxmlSchema.Namespace;

    public static EdxmlReadResult Read(byte[] content)
    {
        if (content.Length == 0)
        {
            return Refuse("Tệp trống, không phải gói tin edXML.");
        }

        if (content.Length > MaxBytes)
        {
            return Refuse($"Gói tin lớn hơn giới hạn {MaxBytes / (1024 * 1024)} MB.");
        }

        XDocument document;
        try
        {
            document = LoadValidated(content);
        }
        catch (XmlSchemaValidationException e)
        {
            return Refuse($"Gói tin không đúng cấu trúc edXML (QCVN 102:2016/BTTTT) ở dòng {e.LineNumber}: {Describe(e)}");
        }
        catch (XmlException e)
        {
            return Refuse($"Tệp không phải XML hợp lệ (dòng {e.LineNumber}), không đọc được gói tin edXML.");
        }

        return Interpret(document);
    }

    private static XDocument LoadValidated(byte[] content)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            ValidationType = ValidationType.Schema,
            Schemas = EdxmlSchema.Schemas,
            MaxCharactersInDocument = MaxBytes * 2,
        };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => throw new XmlSchemaValidationException(e.Message, e.Exception, e.Exception?.LineNumber ?? 0, 0);
        using var stream = new MemoryStream(content, writable: false);
        using var reader = XmlReader.Create(stream, settings);
        return XDocument.Load(reader, LoadOptions.None);
    }

    private static string Describe(XmlSchemaValidationException e) =>
        e.Message.Contains("has invalid child element", StringComparison.Ordinal) || e.Message.Contains("incomplete content", StringComparison.Ordinal)
            ? "thiếu hoặc thừa thành phần bắt buộc."
            : e.Message.Contains("Pattern constraint", StringComparison.Ordinal) && e.Message.Contains("OrganId", StringComparison.Ordinal)
                ? "mã định danh cơ quan không đúng dạng (ví dụ 000.00.00.H75)."
                : e.Message.Contains("schema information", StringComparison.Ordinal) || e.Message.Contains("not declared", StringComparison.Ordinal)
                    ? "thành phần không thuộc cấu trúc edXML."
                    : "giá trị không hợp lệ.";

    private static EdxmlReadResult Interpret(XDocument document)
    {
        var root = document.Root!;
        var header = root.Element(Ns + "edXMLEnvelope")!.Element(Ns + "edXMLHeader")!.Element(Ns + "MessageHeader")!;
        var references = root.Descendants(Ns + "Reference").ToList();
        var encoded = root.Element(Ns + "AttachmentEncoded")!.Elements(Ns + "Attachment").ToList();
        var attachments = new List<EdxmlAttachment>();
        foreach (var reference in references)
        {
            var id = reference.Element(Ns + "ContentId")!.Value;
            var file = encoded.FirstOrDefault(a => a.Element(Ns + "ContentId")!.Value == id);
            if (file is null)
            {
                return Refuse($"Gói tin nêu tệp \"{reference.Element(Ns + "AttachmentName")!.Value}\" nhưng không kèm tệp đó.");
            }

            var bytes = Convert.FromBase64String(file.Element(Ns + "ContentTransferEncoded")!.Value);
            var name = file.Element(Ns + "AttachmentName")!.Value;
            var type = file.Element(Ns + "ContentType")!.Value;
            if (bytes.Length == 0)
            {
                return Refuse($"Tệp \"{name}\" trong gói tin trống.");
            }

            if (type == "application/pdf" && !bytes.AsSpan().StartsWith("%PDF-"u8))
            {
                return Refuse($"Tệp \"{name}\" trong gói tin không phải PDF như gói tin ghi.");
            }

            attachments.Add(new EdxmlAttachment(id, name, type, bytes, reference.Element(Ns + "Description")?.Value));
        }

        if (encoded.Count != references.Count)
        {
            return Refuse("Gói tin kèm tệp không được nêu trong danh mục tệp (edXMLManifest).");
        }

        var code = header.Element(Ns + "Code")!;
        var promulgation = header.Element(Ns + "PromulgationInfo")!;
        var signer = header.Element(Ns + "SignerInfo")!;
        var trace = root.Descendants(Ns + "TraceHeader").First();
        return new EdxmlReadResult(
            new EdxmlPackage
            {
                From = Organ(header.Element(Ns + "From")!),
                To = header.Elements(Ns + "To").Select(Organ).ToList(),
                DocumentId = header.Element(Ns + "DocumentId")!.Value,
                CodeNumber = code.Element(Ns + "CodeNumber")!.Value,
                CodeNotation = code.Element(Ns + "CodeNotation")!.Value,
                Place = promulgation.Element(Ns + "Place")!.Value,
                PromulgationDate = DateOnly.ParseExact(
                    promulgation.Element(Ns + "PromulgationDate")!.Value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                TypeName = header.Element(Ns + "DocumentType")!.Element(Ns + "TypeName")!.Value,
                Subject = header.Element(Ns + "Subject")!.Value,
                SignerName = signer.Element(Ns + "FullName")!.Value,
                SignerPosition = signer.Element(Ns + "Position")?.Value,
                SentAt = XmlConvert.ToDateTime(trace.Element(Ns + "Timestamp")!.Value, XmlDateTimeSerializationMode.Utc),
                Attachments = attachments,
            },
            null);
    }

    private static EdxmlOrgan Organ(XElement organ) => new(organ.Element(Ns + "OrganId")!.Value, organ.Element(Ns + "OrganName")!.Value);

    private static EdxmlReadResult Refuse(string problem) => new(null, problem);
}
