using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Loa.IntegrationTests.Security;

/// <summary>An exception inside an authorization check denies: the user gets an error page with a correlation id, never the data.</summary>
public sealed class AuthorizationFailureTests
{
    [Fact]
    public async Task A_failing_authorization_check_shows_an_error_page_and_no_data()
    {
        using var app = new LoaAppFactory(Engine.Sqlite, configure: s => s.AddSingleton<IAuthorizationHandler, ThrowingHandler>());
        var scenario = await Scenario.CreateAsync(app);
        using var session = app.Session();
        await session.LoginAsync(scenario.Coordinator.UserName!);
        ThrowingHandler.Armed = true;
        try
        {
            var response = await session.Client.GetAsync($"/plans/details/{scenario.Plan.Id}");
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Contains("Mã tra cứu lỗi", body, StringComparison.Ordinal);
            Assert.DoesNotContain(scenario.Plan.Title, body, StringComparison.Ordinal);
            Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
            Assert.DoesNotContain(" at Loa.", body, StringComparison.Ordinal);
        }
        finally
        {
            ThrowingHandler.Armed = false;
        }
    }

    private sealed class ThrowingHandler : IAuthorizationHandler
    {
        public static volatile bool Armed;

        public Task HandleAsync(AuthorizationHandlerContext context) =>
            Armed ? throw new InvalidOperationException("authorization store unavailable") : Task.CompletedTask;
    }
}
