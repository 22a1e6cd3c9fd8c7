using Loa.Data;
using Loa.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Infrastructure.Accounts;

/// <summary>
/// Checks the codes of the authenticator app in place of Identity's own provider (same key, six digits and window of
/// two steps either side), by the app's clock, and lets each code be used once (<see cref="AuthenticatorCodes"/>):
/// the time step of the code accepted is saved on the account only if no step as new is saved yet, in one conditional
/// UPDATE, so that two requests (on any instance) given the same code accept it once. Identity calls it at the second
/// step of sign-in and at enrolment; a refused code gets the pages' usual "wrong code" message.
/// </summary>
public sealed class AuthenticatorTokens(LoaDbContext db, TimeProvider time, ILogger<AuthenticatorTokens> logger) : IUserTwoFactorTokenProvider<User>
{
    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<User> manager, User user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The app on the phone makes the codes; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<User> manager, User user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<User> manager, User user)
    {
        var key = AuthenticatorCodes.FromBase32(await manager.GetAuthenticatorKeyAsync(user));
        var check = AuthenticatorCodes.Check(key, token, time.GetUtcNow(), user.AuthenticatorStep);
        if (check is { Outcome: AuthenticatorOutcome.Accepted, Step: { } step }
            && await db.Users.Where(u => u.Id == user.Id && (u.AuthenticatorStep == null || u.AuthenticatorStep < step))
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.AuthenticatorStep, step)) == 1)
        {
            return true;
        }

        if (check.Outcome != AuthenticatorOutcome.Wrong)
        {
            logger.LogWarning("An authenticator code already used was refused for account {UserId}.", user.Id);
        }

        return false;
    }
}
