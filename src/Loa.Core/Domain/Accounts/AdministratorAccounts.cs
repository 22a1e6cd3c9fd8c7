using System.Net.Mail;
using Loa.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Loa.Domain.Accounts;

/// <summary>
/// Opens a system administrator's account from the server's command line (<c>loa admin create</c>): the way to the first
/// administrator outside demo mode, where no default account exists. The same rules as the web app: Identity's letters
/// for user names, one user name whatever its case, <see cref="PasswordPolicy"/> for the password.
/// </summary>
public static class AdministratorAccounts
{
    public const int MaxUserNameLength = 100;

    /// <summary>Creates the account, or returns why not (in Vietnamese) and creates nothing.</summary>
    public static async Task<AdministratorResult> CreateAsync(
        LoaDbContext db, string userName, string email, string fullName, string password, DateTime now, CancellationToken cancellationToken = default)
    {
        userName = userName.Trim();
        email = email.Trim();
        var problems = new List<string>();
        var allowed = new UserOptions().AllowedUserNameCharacters;
        if (userName.Length == 0 || userName.Length > MaxUserNameLength || !userName.All(allowed.Contains))
        {
            problems.Add($"Tên đăng nhập chỉ gồm chữ không dấu, số và các dấu . _ - @, dài tối đa {MaxUserNameLength} ký tự.");
        }

        if (!MailAddress.TryCreate(email, out var address) || address.Address != email || email.Length > 256)
        {
            problems.Add($"Địa chỉ thư điện tử \"{email}\" không hợp lệ.");
        }

        problems.AddRange(PasswordPolicy.Check(password, userName).Select(p => p.Message));
        if (problems.Count == 0)
        {
            var normalized = userName.ToUpperInvariant();
            if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken))
            {
                problems.Add($"Tên đăng nhập \"{userName}\" đã có người dùng (chữ hoa và chữ thường được coi là một). Hãy chọn tên khác.");
            }
        }

        if (problems.Count > 0)
        {
            return new AdministratorResult(null, problems);
        }

        var user = LocalAccounts.Create(userName, fullName.Trim() is { Length: > 0 } name ? name : "Quản trị hệ thống", UserRole.SystemAdmin, password);
        user.Email = email;
        user.NormalizedEmail = email.ToUpperInvariant();
        // The address is typed by whoever runs the server, not by a stranger: it is taken as confirmed.
        user.EmailConfirmed = true;
        user.CreatedAt = now;
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return new AdministratorResult(user, []);
    }
}

/// <summary>The account made, or the reasons it was not.</summary>
public sealed record AdministratorResult(User? User, IReadOnlyList<string> Problems);
