namespace Loa.Audit;

/// <summary>The result an entry records, as the filter of the audit page offers it.</summary>
public enum AuditOutcome
{
    Any,

    /// <summary>The entry says the action succeeded.</summary>
    Succeeded,

    /// <summary>A refusal: no right to the page or record ("denied").</summary>
    Denied,

    /// <summary>Any other failure: a wrong password, a throttled sign-in, a wrong code …</summary>
    Failed,
}

/// <summary>
/// What a reader of the audit log asks for: a window of days, an action or a group of them, part of a user name, a
/// commune (code or name, with or without diacritics) and the result. The page, its downloads and <c>loa audit export</c>
/// read the log through the same criteria.
/// </summary>
public sealed record AuditCriteria(AuditWindow Window)
{
    public const int MaxTextLength = 100;

    /// <summary>A group key (<see cref="AuditActions.Groups"/>) or an action; null for every action.</summary>
    public string? Action { get; init; }

    public string? UserName { get; init; }

    public string? Commune { get; init; }

    public AuditOutcome Outcome { get; init; }

    /// <summary>The values of the result filter in an address.</summary>
    public static readonly IReadOnlyList<(string Key, AuditOutcome Outcome, string Label)> Outcomes =
    [
        ("thanh-cong", AuditOutcome.Succeeded, "Thành công"),
        ("bi-tu-choi", AuditOutcome.Denied, "Bị từ chối"),
        ("loi", AuditOutcome.Failed, "Không thành công"),
    ];

    /// <summary>
    /// Reads the filters as a page's address or the command line gives them; false with a Vietnamese message when one of
    /// them cannot be read (a bad day, an unknown action or result, a text longer than <see cref="MaxTextLength"/>).
    /// </summary>
    public static bool TryRead(
        string? from, string? to, string? action, string? user, string? commune, string? result, DateOnly today,
        out AuditCriteria criteria, out string? error)
    {
        var ok = AuditWindow.TryParse(from, to, today, out var window, out error);
        criteria = new AuditCriteria(window);
        if (!ok)
        {
            return false;
        }

        var actionKey = Trimmed(action);
        if (actionKey is not null && AuditActions.Resolve(actionKey) is null)
        {
            error = $"Không có hành động \"{Shorten(actionKey)}\" trong danh sách. Hãy chọn trong danh sách \"Hành động\".";
            return false;
        }

        var outcome = AuditOutcome.Any;
        if (Trimmed(result) is { } resultKey)
        {
            var match = Outcomes.FirstOrDefault(o => o.Key == resultKey);
            if (match.Key is null)
            {
                error = $"Không hiểu kết quả \"{Shorten(resultKey)}\". Hãy chọn Thành công, Bị từ chối hoặc Không thành công.";
                return false;
            }

            outcome = match.Outcome;
        }

        var userName = Trimmed(user);
        var communeText = Trimmed(commune);
        if (userName?.Length > MaxTextLength || communeText?.Length > MaxTextLength)
        {
            error = $"Tên đăng nhập và xã, phường cần lọc chỉ dài tối đa {MaxTextLength} ký tự.";
            return false;
        }

        criteria = new AuditCriteria(window) { Action = actionKey, UserName = userName, Commune = communeText, Outcome = outcome };
        return true;
    }

    /// <summary>The criteria in words, for the line the audit log keeps of each export.</summary>
    public string Describe()
    {
        var parts = new List<string> { Window.Describe() };
        if (Action is not null)
        {
            parts.Add("hành động: " + (AuditActions.Groups.FirstOrDefault(g => g.Key == Action)?.Label ?? AuditActions.Label(Action)));
        }

        if (UserName is not null)
        {
            parts.Add("người dùng: " + UserName);
        }

        if (Commune is not null)
        {
            parts.Add("xã: " + Commune);
        }

        if (Outcome != AuditOutcome.Any)
        {
            parts.Add("kết quả: " + Outcomes.First(o => o.Outcome == Outcome).Label);
        }

        return string.Join("; ", parts);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Shorten(string text) => text.Length > 30 ? text[..30] + "…" : text;
}
