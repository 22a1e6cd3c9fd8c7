using Loa.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Loa.Web.Infrastructure.Security;

/// <summary>
/// Identity's side of <see cref="PasswordPolicy"/>, the one rule the web app and <c>loa admin create</c> share. The minimum
/// length is Identity's own check (<c>Password.RequiredLength</c> is set from the policy), so it is not reported twice.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<User>
{
    public const int MaxLength = PasswordPolicy.MaxLength;

    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password)
    {
        var problems = PasswordPolicy.Check(password, user.UserName).Where(p => p.Code != PasswordPolicy.TooShort).ToList();
        return Task.FromResult(problems.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed([.. problems.Select(p => new IdentityError { Code = p.Code, Description = p.Message })]));
    }
}
