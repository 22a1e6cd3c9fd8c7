using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Loa.Documents;

namespace Loa.OpenData;

/// <summary>
/// Writes an open dataset as CSV (UTF-8 with a BOM so that Excel opens Vietnamese right, a header line of the English field
/// names, CRLF, the app's one CSV writer) or as JSON (<c>{ "schema", "title", "publisher", "modified", "rows": [ { … } ] }</c>,
/// every field present, null when unknown).
/// </summary>
public static class OpenDataWriter
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Csv(OpenDataTable table)
    {
        using var output = new MemoryStream();
        CsvTable.Write(output, [.. table.Schema.Columns.Select(c => c.Name)], table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(CsvValue)]));
        return output.ToArray();
    }

    public static byte[] Json(OpenDataTable table, string publisher, DateTimeOffset modified)
    {
        using var output = new MemoryStream();
        using (var json = new Utf8JsonWriter(output, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("schema", table.Schema.Name);
            json.WriteString("title", table.Schema.Title);
            json.WriteString("publisher", publisher);
            json.WriteString("modified", modified.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            json.WriteStartArray("rows");
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < table.Schema.Columns.Count; i++)
                {
                    json.WritePropertyName(table.Schema.Columns[i].Name);
                    WriteValue(json, row[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return output.ToArray();
    }

    // A decimal as written, without the trailing zeros of the column's scale (PostgreSQL gives 86.2500 for 86.25).
    private static decimal Plain(decimal value) => decimal.Parse(value.ToString("0.############################", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string CsvValue(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m => Plain(m).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case decimal m:
                json.WriteNumberValue(Plain(m));
                break;
            case double d:
                json.WriteNumberValue(d);
                break;
            case DateOnly day:
                json.WriteStringValue(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            default:
                json.WriteStringValue(Loa.Text.VietnameseText.Nfc(value.ToString() ?? ""));
                break;
        }
    }
}
