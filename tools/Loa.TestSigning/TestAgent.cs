using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Loa.Demo.Signing;
using Loa.Signing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Loa.TestSigning;

/// <summary>
/// Plays the local signing agent: a WebSocket server on 127.0.0.1 that takes a "loa-sign/1" request from the signing page,
/// downloads each PDF, signs it with <paramref name="identity"/> (the "USB token") and uploads it, reporting each step.
/// </summary>
public sealed class TestAgent(TestIdentity identity, HttpClient? http = null) : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient client = http ?? new HttpClient();
    private WebApplication? app;

    /// <summary>The port it listens on (after <see cref="StartAsync"/>).</summary>
    public int Port { get; private set; }

    /// <summary>What it did, for the console and for tests: "download", "sign", "upload 200", "error …".</summary>
    public List<string> Log { get; } = [];

    /// <summary>Starts listening on 127.0.0.1:<paramref name="port"/> (0: a free port).</summary>
    public async Task StartAsync(int port = AgentProtocol.DefaultPort)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        app = builder.Build();
        app.UseWebSockets();
        app.Run(async context =>
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            await ServeAsync(socket, context.RequestAborted);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Port = new Uri(address).Port;
    }

    private async Task ServeAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        await SendAsync(socket, new AgentMessage("ready", Agent: "Loa test signer"), cancellationToken);
        while (socket.State == WebSocketState.Open)
        {
            var text = await ReceiveAsync(socket, cancellationToken);
            if (text is null)
            {
                break;
            }

            AgentSignRequest? request;
            try
            {
                request = JsonSerializer.Deserialize<AgentSignRequest>(text, Json);
            }
            catch (JsonException)
            {
                request = null;
            }

            if (request is not { Type: "sign", Protocol: AgentProtocol.Name })
            {
                await SendAsync(socket, new AgentMessage("error", Message: "Yêu cầu không đúng giao thức loa-sign/1."), cancellationToken);
                continue;
            }

            await SignAllAsync(socket, request, cancellationToken);
        }
    }

    private async Task SignAllAsync(WebSocket socket, AgentSignRequest request, CancellationToken cancellationToken)
    {
        var image = request.SignatureImage is { } data && data.StartsWith("data:image/png;base64,", StringComparison.Ordinal)
            ? Convert.FromBase64String(data["data:image/png;base64,".Length..])
            : null;
        foreach (var file in request.Files)
        {
            await SendAsync(socket, new AgentMessage("progress", file.Id, "download"), cancellationToken);
            Log.Add("download");
            using var download = await client.GetAsync(new Uri(file.Download), cancellationToken);
            if (!download.IsSuccessStatusCode)
            {
                await FailAsync(socket, file.Id, $"Không tải được văn bản từ Loa (mã {(int)download.StatusCode}).", cancellationToken);
                return;
            }

            var pdf = await download.Content.ReadAsByteArrayAsync(cancellationToken);
            await SendAsync(socket, new AgentMessage("progress", file.Id, "sign"), cancellationToken);
            Log.Add("sign");
            var places = file.Places with
            {
                StampLines = file.Places.StampLines?.Select(l => l.Replace("{time}", DateTime.Now.ToString("HH:mm dd/MM/yyyy",
                System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)).ToList()
            };
            var signed = PdfIncrementalSigner.Sign(pdf, places, identity, image);
            await SendAsync(socket, new AgentMessage("progress", file.Id, "upload"), cancellationToken);
            using var content = new ByteArrayContent(signed);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
            using var upload = await client.PostAsync(new Uri(file.Upload), content, cancellationToken);
            Log.Add($"upload {(int)upload.StatusCode}");
            if (!upload.IsSuccessStatusCode)
            {
                var answer = await ReadAnswerAsync(upload, cancellationToken);
                await FailAsync(socket, file.Id, answer?.Message ?? $"Loa không nhận bản đã ký (mã {(int)upload.StatusCode}).", cancellationToken);
                return;
            }

            await SendAsync(socket, new AgentMessage("file-done", file.Id), cancellationToken);
        }

        await SendAsync(socket, new AgentMessage("done"), cancellationToken);
    }

    private async Task FailAsync(WebSocket socket, int file, string message, CancellationToken cancellationToken)
    {
        Log.Add("error " + message);
        await SendAsync(socket, new AgentMessage("error", file, Message: message), cancellationToken);
    }

    private static async Task<UploadAnswer?> ReadAnswerAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return JsonSerializer.Deserialize<UploadAnswer>(await response.Content.ReadAsStringAsync(cancellationToken), Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Task SendAsync(WebSocket socket, AgentMessage message, CancellationToken cancellationToken) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message, Json), WebSocketMessageType.Text, true, cancellationToken);

    private static async Task<string?> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (message.Length > 8 * 1024 * 1024)
            {
                return null;
            }

            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        if (http is null)
        {
            client.Dispose();
        }
    }
}
