using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

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
    };

    public static string Serialize(PlanDocument plan, bool indented = true) =>
        JsonSerializer.Serialize(plan, indented ? Indented : Compact);

    /// <summary>Reads plan JSON; throws <see cref="PlanFormatException"/> with a Vietnamese message when it is not a plan.</summary>
    public static PlanDocument Deserialize(string json)
    {
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
}
