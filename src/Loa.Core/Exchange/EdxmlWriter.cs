using System.Globalization;
using System.Text;
using System.Xml;

namespace Loa.Exchange;

/// <summary>Writes an <see cref="EdxmlPackage"/> as an edXML file (UTF-8), in the structure of <c>edxml.xsd</c>.</summary>
public static class EdxmlWriter
{
    private const string Ns = EdxmlSchema.Namespace;

    public static byte[] Write(EdxmlPackage package)
    {
        using var buffer = new MemoryStream();
        Write(package, buffer);
        return buffer.ToArray();
    }

    public static void Write(EdxmlPackage package, Stream output)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("edXML", Ns);
        xml.WriteStartElement("edXMLEnvelope", Ns);
        xml.WriteStartElement("edXMLHeader", Ns);
        WriteMessageHeader(xml, package);
        xml.WriteStartElement("TraceHeaderList", Ns);
        xml.WriteStartElement("TraceHeader", Ns);
        xml.WriteElementString("OrganId", Ns, package.From.Id);
        xml.WriteElementString("Timestamp", Ns, package.SentAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("edXMLBody", Ns);
        xml.WriteStartElement("edXMLManifest", Ns);
        xml.WriteAttributeString("version", "1.0");
        foreach (var attachment in package.Attachments)
        {
            xml.WriteStartElement("Reference", Ns);
            xml.WriteElementString("ContentId", Ns, attachment.ContentId);
            xml.WriteElementString("ContentType", Ns, attachment.ContentType);
            xml.WriteElementString("AttachmentName", Ns, attachment.Name);
            if (attachment.Description is { Length: > 0 } description)
            {
                xml.WriteElementString("Description", Ns, description);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("AttachmentEncoded", Ns);
        foreach (var attachment in package.Attachments)
        {
            xml.WriteStartElement("Attachment", Ns);
            xml.WriteElementString("ContentId", Ns, attachment.ContentId);
            xml.WriteElementString("AttachmentName", Ns, attachment.Name);
            xml.WriteElementString("ContentType", Ns, attachment.ContentType);
            xml.WriteStartElement("ContentTransferEncoded", Ns);
            xml.WriteBase64(attachment.Content, 0, attachment.Content.Length);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteMessageHeader(XmlWriter xml, EdxmlPackage package)
    {
        xml.WriteStartElement("MessageHeader", Ns);
        WriteOrgan(xml, "From", package.From);
        foreach (var to in package.To)
        {
            WriteOrgan(xml, "To", to);
        }

        xml.WriteElementString("DocumentId", Ns, package.DocumentId);
        xml.WriteStartElement("Code", Ns);
        xml.WriteElementString("CodeNumber", Ns, package.CodeNumber);
        xml.WriteElementString("CodeNotation", Ns, package.CodeNotation);
        xml.WriteEndElement();
        xml.WriteStartElement("PromulgationInfo", Ns);
        xml.WriteElementString("Place", Ns, package.Place);
        xml.WriteElementString("PromulgationDate", Ns, package.PromulgationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        xml.WriteStartElement("DocumentType", Ns);
        xml.WriteElementString("Type", Ns, "2");
        xml.WriteElementString("TypeName", Ns, package.TypeName);
        xml.WriteEndElement();
        xml.WriteElementString("Subject", Ns, package.Subject);
        xml.WriteStartElement("SignerInfo", Ns);
        if (package.SignerPosition is { Length: > 0 } position)
        {
            xml.WriteElementString("Position", Ns, position);
        }

        xml.WriteElementString("FullName", Ns, package.SignerName);
        xml.WriteEndElement();
        xml.WriteStartElement("OtherInfo", Ns);
        xml.WriteElementString("Priority", Ns, "0");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteOrgan(XmlWriter xml, string element, EdxmlOrgan organ)
    {
        xml.WriteStartElement(element, Ns);
        xml.WriteElementString("OrganId", Ns, organ.Id);
        xml.WriteElementString("OrganName", Ns, organ.Name);
        xml.WriteEndElement();
    }
}
