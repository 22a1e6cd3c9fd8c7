using System.Xml;
using System.Xml.Schema;

namespace Loa.Exchange;

/// <summary>The structure of the packages Loa writes and accepts (<c>edxml.xsd</c>, embedded), loaded once.</summary>
public static class EdxmlSchema
{
    public const string Namespace = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

    private static readonly Lazy<XmlSchemaSet> Set = new(Load);

    public static XmlSchemaSet Schemas => Set.Value;

    /// <summary>The XSD text, as written in the decision record.</summary>
    public static string Text()
    {
        using var stream = Open();
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static XmlSchemaSet Load()
    {
        using var stream = Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var set = new XmlSchemaSet { XmlResolver = null };
        set.Add(Namespace, reader);
        set.Compile();
        return set;
    }

    private static Stream Open() => typeof(EdxmlSchema).Assembly.GetManifestResourceStream("edxml.xsd")
        ?? throw new InvalidOperationException("The edXML schema is missing from the assembly.");
}
