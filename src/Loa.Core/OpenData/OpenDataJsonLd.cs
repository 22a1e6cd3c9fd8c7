using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Loa.OpenData;

/// <summary>
/// A catalogue page as DCAT-AP in JSON-LD: a <c>dcat:Catalog</c> with its <c>dcat:dataset</c>s (title, description, publisher,
/// licence, modified, the documented schema as <c>dct:conformsTo</c>, each file a <c>dcat:Distribution</c> with its format,
/// media type and download address) and the catalogues below it as <c>dcat:catalog</c>.
/// </summary>
public static class OpenDataJsonLd
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="page">The catalogue.</param>
    /// <param name="origin">The site's scheme and host ("https://loa.gov.vn"), to make every address absolute.</param>
    /// <param name="self">The catalogue's own address (path).</param>
    /// <param name="home">Its HTML page (path).</param>
    /// <param name="childCatalog">The JSON-LD catalogue of a child, from the child's HTML page address; null to link the HTML page.</param>
    public static byte[] Write(OpenDataCatalogPage page, string origin, string self, string home, Func<string, string?> childCatalog)
    {
        using var output = new MemoryStream();
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            json.WriteStartObject("@context");
            json.WriteString("dcat", "http://www.w3.org/ns/dcat#");
            json.WriteString("dct", "http://purl.org/dc/terms/");
            json.WriteString("foaf", "http://xmlns.com/foaf/0.1/");
            json.WriteString("xsd", "http://www.w3.org/2001/XMLSchema#");
            json.WriteEndObject();
            json.WriteString("@id", origin + self);
            json.WriteString("@type", "dcat:Catalog");
            Text(json, "dct:title", page.Title);
            Text(json, "dct:description", "Dữ liệu mở của Loa: kế hoạch thông tin, tuyên truyền cải cách hành chính đã ban hành, tiến độ thực hiện, "
                + "kết quả chỉ số và số liệu tổng hợp; không có dữ liệu cá nhân.");
            Publisher(json, page.Publisher);
            Reference(json, "dct:license", OpenDataCatalog.Licence);
            Reference(json, "dct:language", "http://publications.europa.eu/resource/authority/language/VIE");
            Reference(json, "foaf:homepage", origin + home);
            json.WriteStartArray("dcat:dataset");
            foreach (var dataset in page.Datasets)
            {
                Dataset(json, dataset, origin);
            }

            json.WriteEndArray();
            json.WriteStartArray("dcat:catalog");
            foreach (var (title, url) in page.Children)
            {
                json.WriteStartObject();
                json.WriteString("@id", origin + (childCatalog(url) ?? url));
                json.WriteString("@type", "dcat:Catalog");
                Text(json, "dct:title", title);
                Reference(json, "foaf:homepage", origin + url);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return output.ToArray();
    }

    private static void Dataset(Utf8JsonWriter json, OpenDataDataset dataset, string origin)
    {
        json.WriteStartObject();
        json.WriteString("@id", origin + dataset.Identifier);
        json.WriteString("@type", "dcat:Dataset");
        json.WriteString("dct:identifier", dataset.Identifier);
        Text(json, "dct:title", dataset.Title);
        Text(json, "dct:description", dataset.Schema.Description);
        Publisher(json, dataset.Publisher);
        Reference(json, "dct:license", OpenDataCatalog.Licence);
        json.WriteStartObject("dct:modified");
        json.WriteString("@value", dataset.Modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("@type", "xsd:date");
        json.WriteEndObject();
        Reference(json, "dct:conformsTo", $"{origin}{OpenDataUrls.Root}#{dataset.Schema.Id}");
        json.WriteStartArray("dcat:distribution");
        foreach (var file in dataset.Distributions)
        {
            json.WriteStartObject();
            json.WriteString("@type", "dcat:Distribution");
            Reference(json, "dcat:downloadURL", origin + file.Url);
            Reference(json, "dcat:accessURL", origin + file.Url);
            json.WriteString("dct:format", file.Format);
            json.WriteString("dcat:mediaType", file.MediaType);
            Reference(json, "dct:license", OpenDataCatalog.Licence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, string value)
    {
        json.WriteStartObject(name);
        json.WriteString("@language", "vi");
        json.WriteString("@value", value);
        json.WriteEndObject();
    }

    private static void Reference(Utf8JsonWriter json, string name, string id)
    {
        json.WriteStartObject(name);
        json.WriteString("@id", id);
        json.WriteEndObject();
    }

    private static void Publisher(Utf8JsonWriter json, string name)
    {
        json.WriteStartObject("dct:publisher");
        json.WriteString("@type", "foaf:Agent");
        json.WriteString("foaf:name", name);
        json.WriteEndObject();
    }
}
