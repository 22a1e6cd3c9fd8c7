namespace Loa.Domain.Accounts;

/// <summary>
/// The one password rule of Loa, for the web app (through Identity) and the command line alike: at least 12 and at most
/// 128 characters, no composition rules, and no password that is common, made of three letters or fewer, or holds the
/// user's own name.
/// </summary>
public static class PasswordPolicy
{
    public const int MinLength = 12;

    public const int MaxLength = 128;

    public const string TooShort = "PasswordTooShort";

    public const string TooLong = "PasswordTooLong";

    public const string Common = "PasswordCommon";

    public const string HasUserName = "PasswordHasUserName";

    private static readonly HashSet<string> CommonPasswords = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456789012", "1234567890123", "12345678901234", "123456123456", "111111111111", "000000000000",
        "123123123123", "qwertyuiop12", "qwertyuiopas", "qwerty123456", "password1234", "password12345",
        "passw0rd1234", "abc123456789", "abcdefghijkl", "iloveyou1234", "matkhau12345", "matkhau123456",
        "matkhaumoi12", "admin1234567", "administrator", "123456789abc", "1q2w3e4r5t6y", "zaq12wsxcde3",
        "anhyeuem1234", "emyeuanh1234", "vietnam12345", "vietnam123456", "hanoi1234567", "saigon123456",
        "ubnd12345678", "123456789a12", "aaaaaaaaaaaa", "147258369147", "987654321987", "qazwsxedcrfv",
    };

    /// <summary>What is wrong with a password for this user, in Vietnamese; empty when it may be used.</summary>
    public static IReadOnlyList<PasswordProblem> Check(string? password, string? userName)
    {
        password ??= "";
        if (password.Length < MinLength)
        {
            return [new(TooShort, $"Mật khẩu phải có ít nhất {MinLength} ký tự.")];
        }

        if (password.Length > MaxLength)
        {
            return [new(TooLong, $"Mật khẩu dài quá {MaxLength} ký tự.")];
        }

        var compact = new string(password.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (CommonPasswords.Contains(compact) || compact.Distinct().Count() <= 3)
        {
            return [new(Common, "Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn một cụm từ khác.")];
        }

        if (!string.IsNullOrEmpty(userName) && compact.Contains(userName, StringComparison.OrdinalIgnoreCase))
        {
            return [new(HasUserName, "Mật khẩu không được chứa tên đăng nhập.")];
        }

        return [];
    }
}

/// <summary>One reason a password is refused: a code (as Identity's errors have) and the Vietnamese message.</summary>
public sealed record PasswordProblem(string Code, string Message);
