using Loa.Domain.Accounts;
using Loa.Notifications;
using Loa.Text;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loa.Web.Pages.Account;

/// <summary>
/// "Nhận thông báo": where I get reminders and other notices besides Loa — by e-mail, Zalo, SMS, or only in Loa. Zalo
/// and SMS need my phone number; choosing them here is my consent, recorded with its time.
/// </summary>
public sealed class MessagesModel(LoaSignInManager signIn, MessageChannelSet channels, TimeProvider time, AuditLog audit) : PageModel
{
    [BindProperty]
    public ReminderChannel Channel { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    public User Account { get; private set; } = null!;

    /// <summary>The choices this Loa offers: e-mail and "only in Loa" always, Zalo and SMS when they are on.</summary>
    public IReadOnlyList<ReminderChannel> Offered { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }

        (Channel, Phone) = (Account.ReminderChannel, Account.PhoneNumber);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }

        var phone = PhoneNumbers.Normalise(Phone);
        if (!Offered.Contains(Channel))
        {
            ModelState.AddModelError(nameof(Channel), "Hãy chọn một cách nhận thông báo trong danh sách.");
        }
        else if (Channel is ReminderChannel.Zalo or ReminderChannel.Sms && phone is null)
        {
            ModelState.AddModelError(nameof(Phone), "Hãy ghi số điện thoại di động đúng (ví dụ: 0912 345 678) để nhận tin nhắn.");
        }
        else if (!string.IsNullOrWhiteSpace(Phone) && phone is null)
        {
            ModelState.AddModelError(nameof(Phone), "Số điện thoại chưa đúng (ví dụ: 0912 345 678).");
        }
        else if (Channel == ReminderChannel.Email && string.IsNullOrWhiteSpace(Account.Email))
        {
            ModelState.AddModelError(nameof(Channel), "Tài khoản chưa có thư điện tử: hãy nhờ quản trị viên thêm, hoặc chọn cách khác.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        (Account.ReminderChannel, Account.PhoneNumber, Account.ReminderChannelChosenAt) = (Channel, phone, time.GetUtcNow().UtcDateTime);
        var result = await signIn.UserManager.UpdateAsync(Account);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, "Chưa lưu được lựa chọn. Hãy thử lại.");
            return Page();
        }

        await audit.WriteAsync("reminder-channel", succeeded: true, entityType: nameof(User), entityId: Account.Id, detail: Channel.ToString());
        TempData["Flash"] = $"Đã lưu: nhận thông báo qua {Channel.Label().ToLowerInvariant()}.";
        return Redirect("/account/messages");
    }

    private async Task<bool> LoadAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is not { } user)
        {
            return false;
        }

        Account = user;
        Offered =
        [
            ReminderChannel.Email,
            .. channels.IsOn(MessageChannel.Zalo) ? [ReminderChannel.Zalo] : Array.Empty<ReminderChannel>(),
            .. channels.IsOn(MessageChannel.Sms) ? [ReminderChannel.Sms] : Array.Empty<ReminderChannel>(),
            ReminderChannel.AppOnly,
        ];
        return true;
    }
}
