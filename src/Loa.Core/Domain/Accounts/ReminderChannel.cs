namespace Loa.Domain.Accounts;

/// <summary>Where a person gets reminders and other notices besides Loa itself (chosen on "Nhận thông báo").</summary>
public enum ReminderChannel
{
    /// <summary>By e-mail to the account's address (the default, as before there was a choice).</summary>
    Email = 0,

    /// <summary>By a Zalo template message (ZNS) to the account's phone number.</summary>
    Zalo = 1,

    /// <summary>By SMS from the brandname gateway to the account's phone number.</summary>
    Sms = 2,

    /// <summary>Only inside Loa (the "Thông báo" page): nothing is sent out.</summary>
    AppOnly = 3,
}

public static class ReminderChannelText
{
    public static string Label(this ReminderChannel channel) => channel switch
    {
        ReminderChannel.Email => "Thư điện tử",
        ReminderChannel.Zalo => "Tin nhắn Zalo",
        ReminderChannel.Sms => "Tin nhắn SMS",
        _ => "Chỉ xem trong Loa",
    };
}
