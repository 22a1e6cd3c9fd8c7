using System.Collections.Concurrent;
using Loa.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Loa.IntegrationTests.Infrastructure;

/// <summary>
/// Counts the SQL commands of each request that carries the header <see cref="Header"/> (an id the test chooses), from
/// the first middleware to the end of the response, and keeps the count under that id for the test to read.
/// Register it with <c>services.AddSingleton&lt;IStartupFilter&gt;(recorder)</c> in the app factory's configure.
/// </summary>
public sealed class SqlCommandRecorder : IStartupFilter
{
    public const string Header = "X-Test-Sql-Count";

    private readonly ConcurrentDictionary<string, TaskCompletionSource<int>> counts = new(StringComparer.Ordinal);

    /// <summary>GETs <paramref name="url"/> and returns its status and the number of SQL commands the app sent to answer it.</summary>
    public async Task<(int Status, int Commands)> GetAsync(HttpClient client, string url)
    {
        var id = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(Header, id);
        using var response = await client.SendAsync(request);
        _ = await response.Content.ReadAsByteArrayAsync();
        var commands = await Slot(id).Task.WaitAsync(TimeSpan.FromSeconds(30));
        counts.TryRemove(id, out _);
        return ((int)response.StatusCode, commands);
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Headers[Header].ToString() is not { Length: > 0 } id)
            {
                await nextMiddleware(context);
                return;
            }

            var counter = SqlCommandCount.Begin();
            try
            {
                await nextMiddleware(context);
            }
            finally
            {
                Slot(id).TrySetResult(counter.Count);
            }
        });
        next(app);
    };

    private TaskCompletionSource<int> Slot(string id) =>
        counts.GetOrAdd(id, _ => new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously));
}
