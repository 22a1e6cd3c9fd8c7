using System.Text.Json;
using System.Text.RegularExpressions;

namespace Loa.Notifications;

/// <summary>What a template is for, and the values each purpose offers to its placeholders.</summary>
public static class MessagePurposes
{
    /// <summary>To a citizen who consented: their feedback has its answer (read with the tracking code).</summary>
    public const string FeedbackAnswered = "feedback-answered";

    /// <summary>To an officer who chose Zalo or SMS: a reminder or another notice of Loa.</summary>
    public const string Reminder = "reminder";

    /// <summary>The placeholders each purpose fills, with what they hold (shown on the template page).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Placeholders =
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [FeedbackAnswered] = new Dictionary<string, string>
            {
                ["number"] = "số của phản ánh, kiến nghị",
                ["commune"] = "tên ngắn của cơ quan (UBND xã …)",
                ["link"] = "địa chỉ trang tra cứu kết quả",
            },
            [Reminder] = new Dictionary<string, string>
            {
                ["name"] = "họ tên cán bộ",
                ["title"] = "tiêu đề thông báo",
                ["link"] = "địa chỉ trang trong Loa",
            },
        };
}

/// <summary>Fills a template's placeholders (<c>{name}</c>) and reads its ZNS parameter lines.</summary>
public static partial class MessageTemplates
{
    /// <summary>The text with each <c>{key}</c> replaced by its value; a placeholder without a value is left empty.</summary>
    public static string Render(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : "");

    /// <summary>The placeholders of <paramref name="text"/> that the purpose does not offer (a template page refuses them).</summary>
    public static IReadOnlyList<string> Unknown(string purpose, string? text)
    {
        var known = MessagePurposes.Placeholders.TryGetValue(purpose, out var p) ? p : new Dictionary<string, string>();
        return Placeholder().Matches(text ?? "").Select(m => m.Groups[1].Value).Where(k => !known.ContainsKey(k)).Distinct().ToList();
    }

    /// <summary>
    /// The ZNS parameter lines ("so_phan_anh: {number}") as name → value template, or the Vietnamese problem of a
    /// line that is not "name: value" with a name Zalo accepts (letters, digits, underscore).
    /// </summary>
    public static (Dictionary<string, string> Parameters, string? Problem) ParseParameters(string? lines)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, number) in (lines ?? "").Split('\n').Select((l, i) => (l.Trim(), i + 1)).Where(x => x.Item1.Length > 0))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = colon > 0 ? line[..colon].Trim() : "";
            if (!ParameterName().IsMatch(name))
            {
                return (parameters, $"Dòng {number} chưa đúng dạng “tên_tham_số: {{giá trị}}”.");
            }

            if (!parameters.TryAdd(name, line[(colon + 1)..].Trim()))
            {
                return (parameters, $"Tham số “{name}” được ghi hai lần.");
            }
        }

        return (parameters, null);
    }

    /// <summary>The ZNS <c>template_data</c> of a template for these values, as the JSON object the outbox keeps.</summary>
    public static string RenderParameters(string? lines, IReadOnlyDictionary<string, string> values)
    {
        var (parameters, _) = ParseParameters(lines);
        return JsonSerializer.Serialize(parameters.ToDictionary(p => p.Key, p => Render(p.Value, values)));
    }

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^[A-Za-z0-9_]{1,50}$")]
    private static partial Regex ParameterName();
}
