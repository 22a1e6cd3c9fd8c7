using Loa.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Loa.Web.Infrastructure.Security;

/// <summary>
/// Length rules without composition rules (at least 12, at most 128 characters), and a refusal of passwords
/// that are common or made of the user's own name.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<User>
{
    public const int MaxLength = 128;

    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456789012", "1234567890123", "12345678901234", "123456123456", "111111111111", "000000000000",
        "123123123123", "qwertyuiop12", "qwertyuiopas", "qwerty123456", "password1234", "password12345",
        "passw0rd1234", "abc123456789", "abcdefghijkl", "iloveyou1234", "matkhau12345", "matkhau123456",
        "matkhaumoi12", "admin1234567", "administrator", "123456789abc", "1q2w3e4r5t6y", "zaq12wsxcde3",
        "anhyeuem1234", "emyeuanh1234", "vietnam12345", "vietnam123456", "hanoi1234567", "saigon123456",
        "ubnd12345678", "123456789a12", "aaaaaaaaaaaa", "147258369147", "987654321987", "qazwsxedcrfv",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password)
    {
        password ??= "";
        if (password.Length > MaxLength)
        {
            return Task.FromResult(Fail("PasswordTooLong", $"Mật khẩu dài quá {MaxLength} ký tự."));
        }

        var compact = new string(password.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (Common.Contains(compact) || compact.Distinct().Count() <= 3)
        {
            return Task.FromResult(Fail("PasswordCommon", "Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn một cụm từ khác."));
        }

        if (!string.IsNullOrEmpty(user.UserName) && compact.Contains(user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(Fail("PasswordHasUserName", "Mật khẩu không được chứa tên đăng nhập."));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    private static IdentityResult Fail(string code, string description) => IdentityResult.Failed(new IdentityError { Code = code, Description = description });
}
