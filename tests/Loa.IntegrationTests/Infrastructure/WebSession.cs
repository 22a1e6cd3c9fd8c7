using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Loa.IntegrationTests.Infrastructure;

/// <summary>
/// A user's browser, without the browser: it keeps cookies, reads pages as HTML documents, and submits forms
/// the way a browser does (every field of the form as the page rendered it, including the antiforgery token,
/// with the values the test types in).
/// </summary>
public sealed class WebSession(HttpClient client) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Client { get; } = client;

    /// <summary>The session cookie ("name=value") the last sign-in set, as a thief would copy it.</summary>
    public string? SessionCookie { get; private set; }

    public async Task LoginAsync(string userName, string password = Scenario.Password)
    {
        var page = await GetPageAsync("/account/login");
        var response = await SubmitAsync(page, "form", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"login of {userName} failed: {(int)response.StatusCode} {await Text(response)}");
        SessionCookie = response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Select(c => c.Split(';')[0]).FirstOrDefault(c => c.StartsWith("loa.session=", StringComparison.Ordinal))
            : null;
    }

    /// <summary>GETs a page that must answer 200 and returns it parsed.</summary>
    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {Shorten(body)}");
        return Parse(body, url);
    }

    public static IHtmlDocument Parse(string html, string url)
    {
        var document = Parser.ParseDocument(html);
        document.Body!.SetAttribute("data-test-url", url);
        return document;
    }

    /// <summary>
    /// Submits the form found by <paramref name="selector"/> with the given values (a value list for multi-valued fields),
    /// as the button found by <paramref name="button"/> inside it would (its formaction, its name and value), if one is named;
    /// as multipart/form-data when the form says so or <paramref name="multipart"/> asks for it (a body that carries
    /// what a url-encoded one cannot, such as a NUL byte).
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(
        IHtmlDocument page,
        string selector,
        Dictionary<string, object?> values,
        IReadOnlyList<(string Field, string FileName, byte[] Content)>? files = null,
        string? button = null,
        bool multipart = false)
    {
        var scope = (IParentNode?)page.QuerySelector("main") ?? page;
        var form = scope.QuerySelectorAll(selector).OfType<IHtmlFormElement>().FirstOrDefault()
            ?? page.QuerySelectorAll(selector).OfType<IHtmlFormElement>().FirstOrDefault()
            ?? throw new InvalidOperationException($"no form '{selector}' on {page.Body!.GetAttribute("data-test-url")}");
        var fields = FormFields(form);
        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Name == name);
            switch (value)
            {
                case null:
                    break;
                case IEnumerable<string> many:
                    fields.AddRange(many.Select(v => (name, v)));
                    break;
                default:
                    fields.Add((name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
                    break;
            }
        }

        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page.Body!.GetAttribute("data-test-url")!;
        if (button is not null)
        {
            var pressed = form.QuerySelector(button)
                ?? throw new InvalidOperationException($"no button '{button}' in form '{selector}' on {page.Body!.GetAttribute("data-test-url")}");
            if (pressed.GetAttribute("formaction") is { Length: > 0 } formAction)
            {
                action = formAction;
            }

            if (pressed.GetAttribute("name") is { Length: > 0 } buttonName)
            {
                fields.Add((buttonName, pressed.GetAttribute("value") ?? ""));
            }
        }

        HttpContent content;
        if (multipart || string.Equals(form.Enctype, "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var parts = new MultipartFormDataContent();
            foreach (var (name, value) in fields)
            {
                parts.Add(new StringContent(value), name);
            }

            foreach (var (field, fileName, bytes) in files ?? [])
            {
                var part = new ByteArrayContent(bytes);
                part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                parts.Add(part, field, fileName);
            }

            content = parts;
        }
        else
        {
            content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        }

        return await Client.PostAsync(action, content);
    }

    /// <summary>The token a page's forms carry, for tests that post by hand.</summary>
    public static string AntiforgeryToken(IHtmlDocument page) =>
        page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("the page has no antiforgery token");

    public static async Task<string> Text(HttpResponseMessage response) => Shorten(await response.Content.ReadAsStringAsync());

    public void Dispose() => Client.Dispose();

    private static List<(string Name, string Value)> FormFields(IHtmlFormElement form)
    {
        var fields = new List<(string Name, string Value)>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.Add((name, input.Value));
                    }

                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button" or "file" or "image" or "reset":
                    break;
                case IHtmlInputElement input:
                    fields.Add((name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add((name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.AddRange(select.Options.Where(o => o.IsSelected).Select(o => (name, o.Value)));
                    if (!select.IsMultiple && !select.Options.Any(o => o.IsSelected) && select.Options.Length > 0)
                    {
                        fields.Add((name, select.Options[0].Value));
                    }

                    break;
            }
        }

        return fields;
    }

    private static string Shorten(string text) => text.Length > 2000 ? text[..2000] : text;
}

/// <summary>Reading what a page shows.</summary>
public static class PageText
{
    public static string Text(this IDocument page) =>
        string.Join(' ', (page.Body?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static IReadOnlyList<string> ValidationErrors(this IDocument page) =>
        page.QuerySelectorAll(".validation-summary-errors li, .field-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();
}
