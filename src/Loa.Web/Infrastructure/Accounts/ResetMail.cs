using Loa.Data;
using Loa.Notifications;
using Loa.Web.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Accounts;

/// <summary>
/// Puts the password-reset mail in the outbox (<see cref="MailOutbox"/>, sent by the mail worker at once) after the
/// answer has gone, so that the answer takes as long whether or not a mail is sent. The link is never logged.
/// </summary>
public sealed class ResetMail(
    IServiceScopeFactory scopes,
    IOptions<EmailOptions> email,
    IOptions<Loa.Domain.Accounts.AccountOptions> accounts,
    MailSignal signal,
    TimeProvider time,
    ILogger<ResetMail> logger)
{
    public void Send(string to, string fullName, string userName, string link)
    {
        var minutes = accounts.Value.PasswordResetMinutes;
        var body = $"Kính gửi {fullName},\n\n"
            + $"Có yêu cầu đặt lại mật khẩu cho tài khoản {userName} trên Loa. Mở liên kết sau trong vòng {minutes} phút để đặt mật khẩu mới "
            + $"(liên kết chỉ dùng được một lần):\n\n{link}\n\n"
            + "Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu của bạn không thay đổi.\n\n— Loa, hệ thống kế hoạch thông tin, tuyên truyền CCHC";
        var options = email.Value;
        if (!MailOutbox.Sends(options))
        {
            logger.LogWarning("A password reset was asked for {UserName}, but e-mail is off (Email:Mode): no mail was sent.", userName);
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                using var scope = scopes.CreateScope();
                var dbOptions = scope.ServiceProvider.GetRequiredService<DbContextOptions<LoaDbContext>>();
                await using var db = new LoaDbContext(dbOptions, new FixedTenantScope(TenantScope.System));
                MailOutbox.Enqueue(db, options, to, "Đặt lại mật khẩu Loa", body, time.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync();
                signal.Ring();
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "The password-reset mail for {UserName} could not be queued.", userName);
            }
        });
    }
}
