using Loa.Domain.Audit;

namespace Loa.Audit;

/// <summary>
/// What a reader of the audit log asks for: a time window, an action (or a group of them), part of a user name, a
/// commune or a province (code or name, with or without diacritics), the result, an IP address ("10.0.0.*" for a range).
/// The page, its export and <c>loa audit export</c> read the log through the same criteria.
/// </summary>
public sealed record AuditCriteria
{
    public AuditWindow Window { get; init; } = AuditWindow.Open;

    /// <summary>An action ("login-failed") or the key of a group of actions (<see cref="AuditActions.Groups"/>).</summary>
    public string? Action { get; init; }

    public string? UserName { get; init; }

    public string? Commune { get; init; }

    public string? Province { get; init; }

    /// <summary>true: succeeded only; false: failed only; null: both.</summary>
    public bool? Succeeded { get; init; }

    public string? IpAddress { get; init; }

    /// <summary>The criteria in words, for the line the audit log keeps of each reading and export.</summary>
    public string Describe()
    {
        var parts = new List<string> { Window.Describe() };
        void Add(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{label}: {value.Trim()}");
            }
        }

        Add("hành động", Action);
        Add("người dùng", UserName);
        Add("xã", Commune);
        Add("tỉnh", Province);
        Add("kết quả", Succeeded switch { true => "thành công", false => "không thành công", null => null });
        Add("IP", IpAddress);
        return string.Join("; ", parts);
    }

    /// <summary>"thanh-cong" / "loi" (or "ok" / "failed") as a result; anything else, both.</summary>
    public static bool? ResultFrom(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "thanh-cong" or "ok" or "succeeded" or "true" => true,
        "loi" or "failed" or "false" => false,
        _ => null,
    };
}
