using Loa.Notifications;

namespace Loa.UnitTests.Notifications;

/// <summary>The outbox's retries: a growing pause, then given up; a permanent refusal at once; the content dropped.</summary>
public sealed class MessageOutboxTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 3, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(4, 8)]
    [InlineData(6, 32)]
    [InlineData(7, 60)]
    [InlineData(20, 60)]
    public void The_pause_after_a_failure_doubles_up_to_an_hour(int attempts, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), MessageOutbox.Backoff(attempts));

    [Fact]
    public void A_failure_is_tried_again_after_the_pause_and_the_last_one_gives_up()
    {
        var message = new OutgoingMessage { Body = "x", CreatedAt = Now };
        for (var attempt = 1; attempt < MessageOutbox.MaxAttempts; attempt++)
        {
            MessageOutbox.Failed(message, new MessageSendException("HttpRequestException", permanent: false), Now);
            Assert.Equal((MessageState.Failed, attempt, Now + MessageOutbox.Backoff(attempt)), (message.State, message.Attempts, message.NextAttemptAt));
            Assert.Equal("x", message.Body);
        }

        MessageOutbox.Failed(message, new MessageSendException("timeout", permanent: false), Now);
        Assert.Equal((MessageState.GivenUp, MessageOutbox.MaxAttempts, (string?)null, "timeout"), (message.State, message.Attempts, message.Body, message.LastError));
        Assert.Equal(Now, message.GivenUpAt);
    }

    [Fact]
    public void A_permanent_refusal_is_given_up_at_once()
    {
        var message = new OutgoingMessage { Parameters = "{}", CreatedAt = Now };
        MessageOutbox.Failed(message, new MessageSendException("zns-108", permanent: true), Now);
        Assert.Equal((MessageState.GivenUp, 1, (string?)null, (DateTime?)null), (message.State, message.Attempts, message.Parameters, message.NextAttemptAt));
    }

    [Theory]
    [InlineData("""{"error":0,"message":"Success","data":{"msg_id":"a"}}""", 0)]
    [InlineData("""{"error":-108,"message":"Phone number invalid"}""", -108)]
    [InlineData("<html>bad gateway</html>", -1)]
    [InlineData("{}", -1)]
    public void Zalo_answers_are_read_by_their_error_code(string body, int code) => Assert.Equal(code, ZaloZnsChannel.ErrorCode(body));

    [Fact]
    public void The_requests_carry_the_number_in_international_form_and_SMS_text_unaccented()
    {
        var zns = ZaloZnsChannel.Request(new OutgoingMessage { Id = 7, To = "0912345678", TemplateId = "231", Parameters = """{"a":"Số 5"}""" });
        Assert.Equal("84912345678", zns["phone"]);
        Assert.Equal("231", zns["template_id"]);
        Assert.Equal("loa-7", zns["tracking_id"]);
        Assert.Equal("Số 5", ((Dictionary<string, string>)zns["template_data"])["a"]);
        var sms = SmsGatewayChannel.Request(new OutgoingMessage { Id = 8, To = "0912345678", Body = "Phản ánh số 5" }, new SmsOptions { Brandname = "UBND" });
        Assert.Equal(("UBND", "84912345678", "Phan anh so 5", "loa-8"), (sms["brandname"], sms["phone"], sms["message"], sms["request_id"]));
        var accented = SmsGatewayChannel.Request(new OutgoingMessage { To = "0912345678", Body = "Phản ánh" }, new SmsOptions { Unaccented = false });
        Assert.Equal("Phản ánh", accented["message"]);
        Assert.Throws<MessageSendException>(() => SmsGatewayChannel.Request(new OutgoingMessage { To = "12", Body = "x" }, new SmsOptions()));
    }
}
