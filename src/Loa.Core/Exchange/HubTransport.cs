using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Loa.Exchange;

/// <summary>
/// Packages through an exchange hub over HTTP: POST packages?receiver=R (201 with the id, 422 with a reason when rejected),
/// GET packages/{id} for its status, GET inbox/{R} for the ids waiting for R, GET packages/{id}/content, POST
/// packages/{id}/ack. The mock hub (Loa.Web) answers the same; a real hub's adapter would translate to its own API.
/// </summary>
public sealed class HubTransport(HttpClient http, string? token) : IExchangeTransport
{
    public async Task<TransportSend> SendAsync(string receiverCode, byte[] package, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(package);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        using var response = await CallAsync(HttpMethod.Post, $"packages?receiver={Uri.EscapeDataString(receiverCode)}", content, cancellationToken);
        if (response.StatusCode is HttpStatusCode.UnprocessableEntity or HttpStatusCode.BadRequest)
        {
            var answer = await ReadAsync<HubAnswer>(response, cancellationToken);
            return TransportSend.Rejected(answer?.Reason is { Length: > 0 } reason ? reason : "Trục liên thông từ chối gói tin.");
        }

        Ensure(response);
        var taken = await ReadAsync<HubAnswer>(response, cancellationToken);
        return taken?.Id is { Length: > 0 } id ? TransportSend.Taken(id) : throw new ExchangeUnavailableException("HubAnswerUnreadable");
    }

    public async Task<DeliveryStatus> StatusAsync(string transportId, CancellationToken cancellationToken)
    {
        using var response = await CallAsync(HttpMethod.Get, $"packages/{Uri.EscapeDataString(transportId)}", null, cancellationToken);
        Ensure(response);
        var answer = await ReadAsync<HubAnswer>(response, cancellationToken) ?? throw new ExchangeUnavailableException("HubAnswerUnreadable");
        return answer.Status switch
        {
            "acknowledged" => new DeliveryStatus(DeliveryState.Acknowledged),
            "rejected" => new DeliveryStatus(DeliveryState.Rejected, answer.Reason),
            _ => new DeliveryStatus(DeliveryState.Pending),
        };
    }

    public async Task<IReadOnlyList<IncomingPackage>> FetchAsync(string receiverCode, CancellationToken cancellationToken)
    {
        using var response = await CallAsync(HttpMethod.Get, $"inbox/{Uri.EscapeDataString(receiverCode)}", null, cancellationToken);
        Ensure(response);
        var ids = await ReadAsync<List<string>>(response, cancellationToken) ?? [];
        var packages = new List<IncomingPackage>();
        foreach (var id in ids)
        {
            using var file = await CallAsync(HttpMethod.Get, $"packages/{Uri.EscapeDataString(id)}/content", null, cancellationToken);
            Ensure(file);
            packages.Add(new IncomingPackage(id, await file.Content.ReadAsByteArrayAsync(cancellationToken)));
        }

        return packages;
    }

    public async Task ConfirmAsync(string transportId, CancellationToken cancellationToken)
    {
        using var response = await CallAsync(HttpMethod.Post, $"packages/{Uri.EscapeDataString(transportId)}/ack", null, cancellationToken);
        Ensure(response);
    }

    public async Task RejectAsync(string transportId, string reason, CancellationToken cancellationToken)
    {
        using var content = JsonContent.Create(new HubAnswer(null, "rejected", reason));
        using var response = await CallAsync(HttpMethod.Post, $"packages/{Uri.EscapeDataString(transportId)}/reject", content, cancellationToken);
        Ensure(response);
    }

    private async Task<HttpResponseMessage> CallAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is { Length: > 0 })
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new ExchangeUnavailableException("HubUnreachable", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ExchangeUnavailableException("HubTimeout", e);
        }
    }

    private static void Ensure(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new ExchangeUnavailableException("Hub" + (int)response.StatusCode);
        }
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(cancellationToken);
        }
        catch (System.Text.Json.JsonException)
        {
            return default;
        }
    }

    /// <summary>What the hub answers: an id when it takes a package, a status and a reason when asked about one.</summary>
    public sealed record HubAnswer(string? Id, string? Status, string? Reason);
}
