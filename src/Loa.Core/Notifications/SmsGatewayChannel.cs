using System.Net.Http.Headers;
using System.Net.Http.Json;
using Loa.Text;

namespace Loa.Notifications;

/// <summary>Section "Sms": a brandname SMS gateway reached over HTTP.</summary>
public sealed class SmsOptions
{
    public const string Section = "Sms";

    /// <summary>"Off" (default), "Mock" (each request written as JSON to <see cref="Folder"/>) or "Live".</summary>
    public string Mode { get; set; } = "Off";

    /// <summary>The gateway's send address (POST, JSON).</summary>
    public string? Endpoint { get; set; }

    /// <summary>The key the gateway gave (sent as "Authorization: Bearer …"); keep it out of appsettings.json.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The registered brandname the message comes from ("UBND XA").</summary>
    public string Brandname { get; set; } = "LOA";

    /// <summary>Send the text without diacritics (true, the default: what brandname gateways usually require, 160 characters a part).</summary>
    public bool Unaccented { get; set; } = true;

    /// <summary>Where mock mode writes; "{data}/sms" when empty.</summary>
    public string? Folder { get; set; }
}

/// <summary>
/// An SMS through a brandname gateway. Vietnamese gateways differ in field names, so Loa follows one plain convention
/// and a gateway (or a small proxy before it) takes it: POST JSON {brandname, phone: "84…", message, request_id} with
/// "Authorization: Bearer {ApiKey}"; any 2xx is accepted, 429 and 5xx are retried, other 4xx give the message up.
/// </summary>
public sealed class SmsGatewayChannel(HttpClient http, SmsOptions options, string dataDirectory) : IMessageChannel
{
    public MessageChannel Channel => MessageChannel.Sms;

    public bool IsOn => !ChannelModes.IsOff(options.Mode);

    public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var request = Request(message, options);
        if (ChannelModes.IsMock(options.Mode))
        {
            await MockFolder.WriteAsync(options.Folder, dataDirectory, "sms", message, request, cancellationToken);
            return;
        }

        if (string.IsNullOrWhiteSpace(options.Endpoint))
        {
            throw new MessageSendException("no-endpoint", permanent: false);
        }

        using var post = new HttpRequestMessage(HttpMethod.Post, options.Endpoint) { Content = JsonContent.Create(request) };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey ?? "");
        var (status, _) = await MockFolder.PostAsync(http, post, cancellationToken);
        if ((int)status is >= 200 and < 300)
        {
            return;
        }

        throw new MessageSendException($"http{(int)status}", permanent: (int)status is >= 400 and < 500 and not 429 and not 408);
    }

    /// <summary>The request body the gateway takes: the brandname, the number "84…", the text (unaccented unless configured otherwise).</summary>
    public static Dictionary<string, string> Request(OutgoingMessage message, SmsOptions options)
    {
        var phone = PhoneNumbers.International(message.To) ?? throw new MessageSendException("phone-invalid", permanent: true);
        var text = message.Body ?? "";
        return new Dictionary<string, string>
        {
            ["brandname"] = options.Brandname,
            ["phone"] = phone,
            ["message"] = options.Unaccented ? VietnameseText.WithoutDiacritics(text) : text,
            ["request_id"] = $"loa-{message.Id}",
        };
    }
}

/// <summary>What the mock channels share: writing a request to a folder, and the HTTP post of the live ones.</summary>
internal static class MockFolder
{
    /// <summary>Vietnamese kept readable in the mock's files (the live request escapes it, as any JSON may).</summary>
    private static readonly System.Text.Json.JsonSerializerOptions Readable = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static async Task WriteAsync(
        string? folder, string dataDirectory, string name, OutgoingMessage message, object request, CancellationToken cancellationToken)
    {
        var path = folder is { Length: > 0 } f ? f : Path.Combine(dataDirectory, name);
        try
        {
            Directory.CreateDirectory(path);
            var file = Path.Combine(path, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{message.Id}.json");
            await File.WriteAllTextAsync(file, System.Text.Json.JsonSerializer.Serialize(request, Readable), cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MessageSendException(e.GetType().Name, permanent: false, e);
        }
    }

    public static async Task<(System.Net.HttpStatusCode Status, string Body)> PostAsync(
        HttpClient http, HttpRequestMessage post, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.SendAsync(post, cancellationToken);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (HttpRequestException e)
        {
            throw new MessageSendException(nameof(HttpRequestException), permanent: false, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MessageSendException("timeout", permanent: false, e);
        }
    }
}
