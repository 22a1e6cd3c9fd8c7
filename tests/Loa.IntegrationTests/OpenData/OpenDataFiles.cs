using System.Net;
using System.Text;
using System.Text.Json;
using Loa.OpenData;

namespace Loa.IntegrationTests.OpenData;

/// <summary>Reads the open-data files as a reuser would: CSV by RFC 4180, JSON checked against the documented schema.</summary>
public static class OpenDataFiles
{
    public static async Task<string> GetOkAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The CSV's rows, header first; asserts the BOM, the header of the schema and a value per column on every line.</summary>
    public static async Task<List<Dictionary<string, string>>> CsvAsync(HttpClient client, string url, OpenDataSchema schema)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "UTF-8 BOM expected");
        var lines = Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(schema.Columns.Select(c => c.Name), lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Equal(schema.Columns.Count, l.Count));
        return [.. lines.Skip(1).Select(l => schema.Columns.Select((c, i) => (c.Name, l[i])).ToDictionary(x => x.Name, x => x.Item2))];
    }

    /// <summary>The JSON's rows; asserts the envelope, and that every row has exactly the schema's fields, each of its type.</summary>
    public static async Task<List<JsonElement>> JsonRowsAsync(HttpClient client, string url, OpenDataSchema schema)
    {
        using var document = JsonDocument.Parse(await GetOkAsync(client, url));
        var root = document.RootElement;
        Assert.Equal(schema.Name, root.GetProperty("schema").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("publisher").GetString()));
        Assert.True(DateTimeOffset.TryParse(root.GetProperty("modified").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
        var rows = root.GetProperty("rows").EnumerateArray().Select(r => r.Clone()).ToList();
        foreach (var row in rows)
        {
            Assert.Equal(schema.Columns.Select(c => c.Name), row.EnumerateObject().Select(p => p.Name));
            foreach (var column in schema.Columns)
            {
                Assert.True(Fits(row.GetProperty(column.Name), column), $"{url}: {column.Name} = {row.GetProperty(column.Name)} is not {column.TypeName}");
            }
        }

        return rows;
    }

    public static bool Fits(JsonElement value, OpenDataColumn column) => value.ValueKind == JsonValueKind.Null
        ? column.Nullable
        : column.Type switch
        {
            OpenDataType.WholeNumber => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            OpenDataType.Number => value.ValueKind == JsonValueKind.Number,
            OpenDataType.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            OpenDataType.Date => value.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", out _),
            _ => value.ValueKind == JsonValueKind.String,
        };

    /// <summary>RFC 4180: fields split on commas, quoted fields may hold commas, quotes (doubled) and line breaks; lines end with CRLF.</summary>
    public static List<List<string>> Parse(string text)
    {
        var lines = new List<List<string>>();
        var line = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                line.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                line.Add(field.ToString());
                field.Clear();
                lines.Add(line);
                line = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.False(quoted, "a quoted field is not closed");
        Assert.True(field.Length == 0 && line.Count == 0, "the last line must end with CRLF");
        return lines;
    }
}
