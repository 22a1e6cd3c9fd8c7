using Loa.Domain.Accounts;
using Loa.Feedbacks;
using Loa.Notifications;

namespace Loa.UnitTests.Notifications;

/// <summary>Zalo and SMS only to people who asked for them, at a number that is one.</summary>
public sealed class MessageConsentTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 3, 0, 0, DateTimeKind.Utc);

    private static Feedback Citizen(DateTime? consent, string? phone = "0912 345 678", DateTime? anonymised = null) =>
        new() { Phone = phone, PhoneMessagesConsentAt = consent, AnonymisedAt = anonymised };

    [Fact]
    public void A_citizen_who_consented_gets_Zalo_when_it_is_on_else_SMS()
    {
        Assert.Equal((MessageChannel.Zalo, "0912345678"), MessageConsent.ForCitizen(Citizen(Now), zaloOn: true, smsOn: true));
        Assert.Equal((MessageChannel.Sms, "0912345678"), MessageConsent.ForCitizen(Citizen(Now), zaloOn: false, smsOn: true));
        Assert.Null(MessageConsent.ForCitizen(Citizen(Now), zaloOn: false, smsOn: false));
    }

    [Fact]
    public void A_citizen_without_consent_a_valid_number_or_personal_data_gets_nothing()
    {
        Assert.Null(MessageConsent.ForCitizen(Citizen(null), zaloOn: true, smsOn: true));
        Assert.Null(MessageConsent.ForCitizen(Citizen(Now, phone: "091234"), zaloOn: true, smsOn: true));
        Assert.Null(MessageConsent.ForCitizen(Citizen(Now, phone: null, anonymised: Now), zaloOn: true, smsOn: true));
        Assert.Null(MessageConsent.ForCitizen(Citizen(Now, anonymised: Now), zaloOn: true, smsOn: true));
    }

    [Theory]
    [InlineData(ReminderChannel.Email, true, MessageChannel.Email, "a@b.vn")]
    [InlineData(ReminderChannel.Zalo, true, MessageChannel.Zalo, "0912345678")]
    [InlineData(ReminderChannel.Sms, true, MessageChannel.Sms, "0912345678")]
    [InlineData(ReminderChannel.AppOnly, true, null, null)]
    [InlineData(ReminderChannel.Zalo, false, null, null)]
    [InlineData(ReminderChannel.Sms, false, null, null)]
    public void An_officer_gets_notices_where_they_chose(ReminderChannel choice, bool chosen, MessageChannel? channel, string? to)
    {
        var target = MessageConsent.ForOfficer(choice, "a@b.vn", "+84 912 345 678", chosen ? Now : null, _ => true);
        Assert.Equal(channel, target?.Channel);
        Assert.Equal(to, target?.To);
    }

    [Fact]
    public void An_officer_gets_nothing_outside_Loa_by_a_channel_that_is_off_or_without_an_address()
    {
        Assert.Null(MessageConsent.ForOfficer(ReminderChannel.Zalo, "a@b.vn", "0912345678", Now, c => c != MessageChannel.Zalo));
        Assert.Null(MessageConsent.ForOfficer(ReminderChannel.Sms, "a@b.vn", null, Now, _ => true));
        Assert.Null(MessageConsent.ForOfficer(ReminderChannel.Email, " ", "0912345678", Now, _ => true));
        Assert.Null(MessageConsent.ForOfficer(ReminderChannel.Email, "a@b.vn", null, null, c => c != MessageChannel.Email));
    }
}
