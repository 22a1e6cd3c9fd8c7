using Loa.Web.Infrastructure.Scaling;
using Microsoft.AspNetCore.Http;

namespace Loa.IntegrationTests.Scaling;

/// <summary>An overloaded instance answers the excess 503 at once instead of piling it up, and serves again when the load falls.</summary>
public sealed class LoadSheddingTests
{
    [Fact]
    public async Task Beyond_the_requests_in_progress_and_waiting_the_next_is_answered_503_in_vietnamese_and_served_again_later()
    {
        var release = new TaskCompletionSource();
        var served = 0;
        var shedding = new LoadShedding(
            async context =>
            {
                Interlocked.Increment(ref served);
                await release.Task;
                context.Response.StatusCode = StatusCodes.Status200OK;
            },
            LoadShedding.Limiter(inProgress: 2, waiting: 1));

        // two in progress, one waiting: all held
        var held = Enumerable.Range(0, 3).Select(_ => Request()).ToList();
        var running = held.Select(h => shedding.InvokeAsync(h)).ToList();
        await WaitUntilAsync(() => Volatile.Read(ref served) == 2);

        var refused = Request();
        await shedding.InvokeAsync(refused);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, refused.Response.StatusCode);
        Assert.Equal("5", refused.Response.Headers.RetryAfter.ToString());
        Assert.Equal(LoadShedding.Busy, Body(refused));
        Assert.All(running, t => Assert.False(t.IsCompleted));

        release.SetResult();
        await Task.WhenAll(running);
        Assert.All(held, h => Assert.Equal(StatusCodes.Status200OK, h.Response.StatusCode));
        Assert.Equal(3, served);

        var later = Request();
        await shedding.InvokeAsync(later);
        Assert.Equal(StatusCodes.Status200OK, later.Response.StatusCode);
    }

    private static DefaultHttpContext Request()
    {
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static string Body(HttpContext context)
    {
        context.Response.Body.Position = 0;
        return new StreamReader(context.Response.Body).ReadToEnd();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
