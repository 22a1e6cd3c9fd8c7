using Loa.Domain.Accounts;
using Loa.Feedbacks;
using Loa.Text;

namespace Loa.Notifications;

/// <summary>
/// Who may be sent a message outside Loa, and where: Zalo and SMS only to a person who asked for them — a citizen who
/// ticked "Nhận trả lời qua Zalo/SMS" on the feedback form, an officer who chose Zalo or SMS on "Nhận thông báo" —
/// and only to a phone number that <see cref="PhoneNumbers"/> accepts.
/// </summary>
public static class MessageConsent
{
    /// <summary>
    /// The channel and number for the notice that a citizen's feedback is answered: Zalo when it is on, else SMS; null
    /// when the citizen did not consent, the number is not a phone number, the feedback is anonymised, or neither is on.
    /// </summary>
    public static (MessageChannel Channel, string Phone)? ForCitizen(Feedback feedback, bool zaloOn, bool smsOn)
    {
        if (feedback.PhoneMessagesConsentAt is null || feedback.AnonymisedAt is not null || PhoneNumbers.Normalise(feedback.Phone) is not { } phone)
        {
            return null;
        }

        return zaloOn ? (MessageChannel.Zalo, phone) : smsOn ? (MessageChannel.Sms, phone) : null;
    }

    /// <summary>
    /// Where an officer's notices go besides Loa: e-mail by default (to an address), Zalo or SMS only when they chose it
    /// themselves and have a phone number; nothing for "only in Loa", for a channel that is off here, or without an address.
    /// </summary>
    public static (MessageChannel Channel, string To)? ForOfficer(
        ReminderChannel choice, string? email, string? phone, DateTime? chosenAt, Func<MessageChannel, bool> isOn)
    {
        (MessageChannel Channel, string? To)? target = choice switch
        {
            ReminderChannel.Email => (MessageChannel.Email, string.IsNullOrWhiteSpace(email) ? null : email.Trim()),
            ReminderChannel.Zalo when chosenAt is not null => (MessageChannel.Zalo, PhoneNumbers.Normalise(phone)),
            ReminderChannel.Sms when chosenAt is not null => (MessageChannel.Sms, PhoneNumbers.Normalise(phone)),
            _ => null,
        };
        return target is { To: { } to } t && isOn(t.Channel) ? (t.Channel, to) : null;
    }
}
