using System.Net.Mail;

namespace Loa.Notifications;

/// <summary>E-mail through <see cref="MailTransport"/>: SMTP, or a folder of .eml files (mode "Folder", the demo's and the tests' mock).</summary>
public sealed class EmailChannel(EmailOptions options, string dataDirectory) : IMessageChannel
{
    public MessageChannel Channel => MessageChannel.Email;

    public bool IsOn => MailOutbox.Sends(options);

    public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await MailTransport.SendAsync(options, dataDirectory, message.To, message.Subject, message.Body ?? "", cancellationToken);
        }
        catch (Exception e) when (e is SmtpException or IOException or InvalidOperationException or FormatException or UnauthorizedAccessException)
        {
            throw new MessageSendException(e.GetType().Name, permanent: false, e);
        }
    }
}
