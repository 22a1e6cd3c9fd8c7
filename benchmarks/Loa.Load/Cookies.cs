using System.Collections.Concurrent;

/// <summary>
/// The cookies every request of a load run sends, as one browser would: those given with <c>--header "Cookie: …"</c>,
/// replaced by what the server sets (the sign-in cookie it renews after checking the security stamp again).
/// </summary>
internal sealed class Cookies
{
    private readonly ConcurrentDictionary<string, string> values = new(StringComparer.Ordinal);
    private volatile string? header;

    public Cookies(IEnumerable<string> given)
    {
        foreach (var pair in given.SelectMany(g => g.Split(';')))
        {
            Set(pair);
        }

        header = Join();
    }

    public void AddTo(HttpRequestMessage request)
    {
        if (header is { Length: > 0 } value)
        {
            request.Headers.TryAddWithoutValidation("Cookie", value);
        }
    }

    public void Take(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            foreach (var cookie in set)
            {
                Set(cookie.Split(';')[0]);
            }

            header = Join();
        }
    }

    private void Set(string pair)
    {
        if (pair.IndexOf('=', StringComparison.Ordinal) is var equals and > 0)
        {
            var (name, value) = (pair[..equals].Trim(), pair[(equals + 1)..].Trim());
            if (value.Length == 0)
            {
                values.TryRemove(name, out _);
            }
            else
            {
                values[name] = value;
            }
        }
    }

    private string Join() => string.Join("; ", values.Select(v => $"{v.Key}={v.Value}"));
}
