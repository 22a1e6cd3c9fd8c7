using System.Net.Http.Json;
using System.Text.Json;
using Loa.Text;

namespace Loa.Notifications;

/// <summary>Section "Zalo": the Official Account's template messages (ZNS).</summary>
public sealed class ZaloOptions
{
    public const string Section = "Zalo";

    /// <summary>"Off" (default), "Mock" (each request written as JSON to <see cref="Folder"/>) or "Live".</summary>
    public string Mode { get; set; } = "Off";

    /// <summary>Zalo's ZNS endpoint for a template message to a phone number.</summary>
    public string Endpoint { get; set; } = "https://business.openapi.zalo.me/message/template";

    /// <summary>The Official Account's access token (sent in the "access_token" header); keep it out of appsettings.json.</summary>
    public string? AccessToken { get; set; }

    /// <summary>Where mock mode writes; "{data}/zalo" when empty.</summary>
    public string? Folder { get; set; }
}

/// <summary>
/// A ZNS template message: POST {phone: "84…", template_id, template_data, tracking_id} with the OA's access token in
/// the "access_token" header; Zalo answers {"error": 0, "message": "Success", "data": {"msg_id": …}} or a negative
/// error code. Codes that no retry can change (an invalid phone number or template, a person without Zalo or who
/// does not take ZNS) give the message up at once; the others are retried.
/// </summary>
public sealed class ZaloZnsChannel(HttpClient http, ZaloOptions options, string dataDirectory) : IMessageChannel
{
    /// <summary>
    /// Zalo's error codes that a retry cannot change: -108 phone number invalid, -109 template id invalid, -111/-112 template
    /// data empty/invalid, -114 person inactive or refusing, -117 template not allowed to this OA, -118 no Zalo account,
    /// -119 account cannot receive ZNS. Every other code (-124 access token invalid, -115 out of quota, -100 unknown …) is retried.
    /// </summary>
    public static readonly IReadOnlySet<int> PermanentErrors = new HashSet<int> { -108, -109, -111, -112, -114, -117, -118, -119 };

    public MessageChannel Channel => MessageChannel.Zalo;

    public bool IsOn => !ChannelModes.IsOff(options.Mode);

    public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var request = Request(message);
        if (ChannelModes.IsMock(options.Mode))
        {
            await MockFolder.WriteAsync(options.Folder, dataDirectory, "zalo", message, request, cancellationToken);
            return;
        }

        using var post = new HttpRequestMessage(HttpMethod.Post, options.Endpoint) { Content = JsonContent.Create(request) };
        post.Headers.Add("access_token", options.AccessToken ?? "");
        var (status, body) = await MockFolder.PostAsync(http, post, cancellationToken);
        if ((int)status >= 500 || status == System.Net.HttpStatusCode.TooManyRequests)
        {
            throw new MessageSendException($"http{(int)status}", permanent: false);
        }

        if ((int)status >= 400)
        {
            throw new MessageSendException($"http{(int)status}", permanent: true);
        }

        var error = ErrorCode(body);
        if (error != 0)
        {
            throw new MessageSendException($"zns{error}", PermanentErrors.Contains(error));
        }
    }

    /// <summary>The request body Zalo takes for this message.</summary>
    public static Dictionary<string, object> Request(OutgoingMessage message)
    {
        var phone = PhoneNumbers.International(message.To) ?? throw new MessageSendException("phone-invalid", permanent: true);
        var data = JsonSerializer.Deserialize<Dictionary<string, string>>(message.Parameters ?? "{}") ?? [];
        return new Dictionary<string, object>
        {
            ["phone"] = phone,
            ["template_id"] = message.TemplateId ?? "",
            ["template_data"] = data,
            ["tracking_id"] = $"loa-{message.Id}",
        };
    }

    /// <summary>Zalo's "error" field (0 is success); an answer that is not Zalo's JSON counts as an unknown error (-1).</summary>
    public static int ErrorCode(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("error", out var error) && error.TryGetInt32(out var code) ? code : -1;
        }
        catch (JsonException)
        {
            return -1;
        }
    }
}
