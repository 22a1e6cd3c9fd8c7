using Loa.Notifications;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Accounts;

/// <summary>
/// Sends the password-reset mail through the app's mail path (<see cref="EmailDispatch"/>), after the answer has
/// gone, so that the answer takes as long whether or not a mail is sent. The link is never logged.
/// </summary>
public sealed class ResetMail(IOptions<EmailOptions> email, IOptions<Loa.Domain.Accounts.AccountOptions> accounts, LoaPaths paths, ILogger<ResetMail> logger)
{
    public void Send(string to, string fullName, string userName, string link)
    {
        var minutes = accounts.Value.PasswordResetMinutes;
        var body = $"Kính gửi {fullName},\n\n"
            + $"Có yêu cầu đặt lại mật khẩu cho tài khoản {userName} trên Loa. Mở liên kết sau trong vòng {minutes} phút để đặt mật khẩu mới "
            + $"(liên kết chỉ dùng được một lần):\n\n{link}\n\n"
            + "Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu của bạn không thay đổi.\n\n— Loa, hệ thống kế hoạch thông tin, tuyên truyền CCHC";
        var options = email.Value;
        _ = Task.Run(async () =>
        {
            try
            {
                if (!await EmailDispatch.SendAsync(options, paths.Data, to, "Đặt lại mật khẩu Loa", body))
                {
                    logger.LogWarning("A password reset was asked for {UserName}, but e-mail is off (Email:Mode): no mail was sent.", userName);
                }
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "The password-reset mail for {UserName} could not be sent.", userName);
            }
        });
    }
}
