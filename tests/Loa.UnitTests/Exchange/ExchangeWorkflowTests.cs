using Loa.Exchange;

namespace Loa.UnitTests.Exchange;

public sealed class ExchangeWorkflowTests
{
    private static readonly DateTime Now = new(2026, 7, 1, 3, 0, 0, DateTimeKind.Utc);
    private static readonly ExchangeOptions Options = new() { MaxAttempts = 3, RetryBaseSeconds = 60 };

    private static ExchangeMessage Waiting() =>
        ExchangeWorkflow.Record(new ExchangeMessage { Direction = ExchangeDirection.Outgoing }, ExchangeState.Waiting, Now);

    [Fact]
    public void Waiting_then_sent_then_acknowledged_is_received_with_each_step_in_the_history()
    {
        var message = Waiting();

        ExchangeWorkflow.Sent(message, "abc", Now.AddMinutes(1));
        ExchangeWorkflow.Acknowledged(message, Now.AddMinutes(5));

        Assert.Equal(ExchangeState.Received, message.State);
        Assert.Equal([ExchangeState.Waiting, ExchangeState.Sent, ExchangeState.Received], message.Events.Select(e => e.State));
        Assert.Equal((1, "abc", Now.AddMinutes(5)), (message.Attempts, message.TransportId, message.AcknowledgedAt!.Value));
    }

    [Fact]
    public void A_failed_send_is_retried_later_and_later_then_given_up_after_the_last_attempt()
    {
        var message = Waiting();

        ExchangeWorkflow.SendFailed(message, "HubUnreachable", Now, Options);
        Assert.Equal((ExchangeState.Retried, Now.AddMinutes(1)), (message.State, message.NextAttemptAt!.Value));
        Assert.False(ExchangeWorkflow.IsDue(message, Now.AddSeconds(59)));
        Assert.True(ExchangeWorkflow.IsDue(message, Now.AddMinutes(1)));

        ExchangeWorkflow.SendFailed(message, "HubUnreachable", Now.AddMinutes(1), Options);
        Assert.Equal((ExchangeState.Retried, Now.AddMinutes(3)), (message.State, message.NextAttemptAt!.Value));

        ExchangeWorkflow.SendFailed(message, "HubTimeout", Now.AddMinutes(3), Options);
        Assert.Equal(ExchangeState.Failed, message.State);
        Assert.Equal("Không gửi được sau 3 lần thử: không kết nối được trục liên thông.", message.Reason);
        Assert.Equal("HubTimeout", message.LastErrorKind);
        Assert.False(ExchangeWorkflow.IsDue(message, Now.AddDays(1)));
    }

    [Fact]
    public void A_rejection_fails_at_once_with_the_hubs_reason()
    {
        var message = Waiting();

        ExchangeWorkflow.Rejected(message, "Không có cơ quan nhận mang mã 000.99.99.H99.", Now);

        Assert.Equal((ExchangeState.Failed, "Rejected", 1), (message.State, message.LastErrorKind, message.Attempts));
        Assert.Equal("Không có cơ quan nhận mang mã 000.99.99.H99.", message.Reason);
    }

    [Fact]
    public void The_wait_doubles_and_stops_at_six_hours()
    {
        Assert.Equal(TimeSpan.FromMinutes(4), ExchangeWorkflow.RetryDelay(3, new ExchangeOptions { RetryBaseSeconds = 60 }));
        Assert.Equal(TimeSpan.FromHours(6), ExchangeWorkflow.RetryDelay(30, new ExchangeOptions { RetryBaseSeconds = 60 }));
    }

    [Fact]
    public void A_step_out_of_order_is_a_programming_error()
    {
        Assert.Throws<InvalidOperationException>(() => ExchangeWorkflow.Acknowledged(Waiting(), Now));
        var failed = Waiting();
        ExchangeWorkflow.Rejected(failed, "x", Now);
        Assert.Throws<InvalidOperationException>(() => ExchangeWorkflow.Sent(failed, "abc", Now));
    }

    [Theory]
    [InlineData(ExchangeState.Waiting, true)]
    [InlineData(ExchangeState.Retried, true)]
    [InlineData(ExchangeState.Sent, true)]
    [InlineData(ExchangeState.Received, true)]
    [InlineData(ExchangeState.Failed, false)]
    public void Only_a_failed_sending_lets_the_document_go_again(ExchangeState state, bool blocks) =>
        Assert.Equal(blocks, ExchangeWorkflow.BlocksResend(state));
}
