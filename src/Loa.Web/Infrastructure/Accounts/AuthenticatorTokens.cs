using Loa.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Loa.Web.Infrastructure.Accounts;

/// <summary>
/// Checks the codes of the authenticator app in place of Identity's own provider (same key, six digits and window), by
/// the app's clock, and lets each code sign in once (<see cref="AuthenticatorCodes"/>). The step of the code accepted
/// is saved on the account under Identity's concurrency stamp, so that two instances given the same code at the same
/// moment accept it once. Identity calls it at the second step of sign-in and at enrolment.
/// </summary>
public sealed class AuthenticatorTokens(TimeProvider time) : IUserTwoFactorTokenProvider<User>
{
    /// <summary>The outcome of the last code checked in this request, so that the page can say that a code was already used.</summary>
    public AuthenticatorOutcome? LastOutcome { get; private set; }

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<User> manager, User user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The app on the phone makes the codes; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<User> manager, User user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<User> manager, User user)
    {
        var key = AuthenticatorCodes.FromBase32(await manager.GetAuthenticatorKeyAsync(user));
        var check = AuthenticatorCodes.Check(key, token, time.GetUtcNow(), null);
        LastOutcome = check.Outcome;
        if (check.Outcome != AuthenticatorOutcome.Accepted)
        {
            return false;
        }

        var before = user.AuthenticatorStep;
        user.AuthenticatorStep = check.Step;
        if ((await manager.UpdateAsync(user)).Succeeded)
        {
            return true;
        }

        // Another request saved the account first, perhaps with this very code: refuse it.
        user.AuthenticatorStep = before;
        LastOutcome = AuthenticatorOutcome.AlreadyUsed;
        return false;
    }
}
