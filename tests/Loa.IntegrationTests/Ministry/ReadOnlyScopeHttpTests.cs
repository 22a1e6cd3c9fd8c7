using System.Net;
using Loa.Domain.Accounts;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loa.IntegrationTests.Ministry;

/// <summary>
/// Defence in depth: even where a page forgot to keep the national officer out (here every policy is made to let it in), the
/// save pipeline refuses its change of a commune's data — a 403 in Vietnamese, and the data unchanged.
/// </summary>
public sealed class ReadOnlyScopeHttpTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task With_every_policy_let_through_the_national_officer_still_changes_no_communes_data(Engine engine)
    {
        using var app = new LoaAppFactory(engine, configure: s => s.AddSingleton<IAuthorizationHandler, PoliciesForgotten>());
        var a = await Scenario.CreateAsync(app);
        var national = await NationalOfficers.CreateAsync(app);
        using var session = app.Session();
        await session.LoginAsync(national.UserName!);

        var form = await session.GetPageAsync($"/units/edit/{a.Culture.Id}"); // the policy let it in: the page shows the unit
        var response = await session.SubmitAsync(form, "form", new() { ["Unit.Name"] = "Bị ghi đè" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("chỉ xem số liệu", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = app.SystemDb();
        Assert.Equal("Phòng Văn hóa – Xã hội", (await db.Units.SingleAsync(u => u.Id == a.Culture.Id)).Name);
        Assert.False(await db.AuditEntries.AnyAsync(e => e.UserId == national.Id && e.EntityType == "Unit" && e.Succeeded));
    }

    /// <summary>A page that forgot its policy, for every page: any requirement is met for the national officer.</summary>
    private sealed class PoliciesForgotten : IAuthorizationHandler
    {
        public Task HandleAsync(AuthorizationHandlerContext context)
        {
            if (context.User.IsInRole(nameof(UserRole.NationalOfficer)))
            {
                foreach (var requirement in context.PendingRequirements.ToList())
                {
                    context.Succeed(requirement);
                }
            }

            return Task.CompletedTask;
        }
    }
}
