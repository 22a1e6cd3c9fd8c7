using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Loa.Text;

namespace Loa.Plans;

/// <summary>Reads and writes <see cref="PlanDocument"/> as <c>loa.plan/1</c> JSON: camelCase, every key present, UTF-8 unescaped.</summary>
public static class PlanJson
{
    public static readonly JsonSerializerOptions Indented = Create(indented: true);
    public static readonly JsonSerializerOptions Compact = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = indented,
        IndentSize = 2,
        // Plain UTF-8 output: the JSON is data, never embedded in HTML unencoded.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        RespectNullableAnnotations = false,
        Converters = { new CleanTextConverter() },
    };

    public static string Serialize(PlanDocument plan, bool indented = true) =>
        JsonSerializer.Serialize(plan, indented ? Indented : Compact);

    /// <summary>
    /// Reads plan JSON; throws <see cref="PlanFormatException"/> with a Vietnamese message when it is not a plan. Every text
    /// read goes through the rule for text from outside (<see cref="InputText.Clean"/>): a "\u0000" escape in the JSON is
    /// a NUL byte once read, which no form field could carry past the binding but a file or a hidden field can.
    /// </summary>
    public static PlanDocument Deserialize(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new PlanFormatException($"Không có dữ liệu kế hoạch theo định dạng {PlanDocument.FormatName}: hãy đọc lại tệp kế hoạch.");
        }

        PlanDocument? plan;
        try
        {
            plan = JsonSerializer.Deserialize<PlanDocument>(json, Indented);
        }
        catch (JsonException ex)
        {
            throw new PlanFormatException($"Tệp JSON không đọc được (dòng {ex.LineNumber + 1}): không phải kế hoạch theo định dạng {PlanDocument.FormatName}.", ex);
        }

        if (plan is null || plan.Format != PlanDocument.FormatName)
        {
            throw new PlanFormatException($"Tệp JSON không phải kế hoạch theo định dạng {PlanDocument.FormatName}.");
        }

        return plan;
    }

    /// <summary>Texts as written; texts read cleaned by <see cref="InputText.Clean"/>.</summary>
    private sealed class CleanTextConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => InputText.Clean(reader.GetString());

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

        public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            InputText.Clean(reader.GetString())!;

        public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);
    }
}
