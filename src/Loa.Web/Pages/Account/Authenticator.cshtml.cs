using System.ComponentModel.DataAnnotations;
using System.Text;
using Loa.Domain.Accounts;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using QRCoder;

namespace Loa.Web.Pages.Account;

/// <summary>
/// Sets up the authenticator app (ASP.NET Core Identity's authenticator key and token provider): a QR code and the
/// key to type, then a code from the app to prove it works; ten recovery codes are shown once. Someone whose role
/// must use a second factor is sent here right after the password step (<c>AccountGate</c>).
/// </summary>
public sealed class AuthenticatorModel(LoaSignInManager signIn, AuditLog audit, IOptions<AccountOptions> accounts) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập mã 6 chữ số trên ứng dụng.")]
    [StringLength(12, ErrorMessage = "Mã gồm 6 chữ số.")]
    public string Code { get; set; } = "";

    public string? ReturnUrl { get; set; }

    /// <summary>The key, in groups of four, for typing into the app by hand.</summary>
    public string Key { get; private set; } = "";

    public string QrDataUri { get; private set; } = "";

    public bool Required { get; private set; }

    /// <summary>The recovery codes just made: shown on this answer only.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    private UserManager<User> Users => signIn.UserManager;

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        if (await Users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return Redirect("/account/security");
        }

        if (string.IsNullOrEmpty(await Users.GetAuthenticatorKeyAsync(user)))
        {
            // A new key changes the account's security stamp: the cookie is renewed so the session goes on.
            await Users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        if (await Users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return Redirect("/account/security");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }

        var code = new string(Code.Where(char.IsAsciiDigit).ToArray());
        if (string.IsNullOrEmpty(await Users.GetAuthenticatorKeyAsync(user))
            || !await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "Mã không đúng. Hãy kiểm tra giờ trên điện thoại và nhập mã đang hiện.");
            await audit.WriteAsync("2fa-enrol-failed", succeeded: false, entityType: nameof(User), entityId: user.Id);
            await LoadAsync(user);
            return Page();
        }

        await Users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []).ToList();
        await signIn.RefreshSignInAsync(user);
        await audit.WriteAsync("2fa-enabled", succeeded: true, entityType: nameof(User), entityId: user.Id);
        return Page();
    }

    private async Task LoadAsync(User user)
    {
        Required = AccountRules.RequiresTwoFactor(user.Role, accounts.Value);
        var key = await Users.GetAuthenticatorKeyAsync(user) ?? "";
        Key = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        var label = Uri.EscapeDataString("Loa:" + user.UserName);
        var uri = $"otpauth://totp/{label}?secret={key}&issuer=Loa&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        QrDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }
}
