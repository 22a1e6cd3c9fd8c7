using System.Net;
using System.Text;
using Loa.IntegrationTests.Infrastructure;
using Loa.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Notifications;

/// <summary>
/// The live adapters against endpoints that fail: an SMS gateway that cannot be reached is tried five times with growing
/// pauses, then given up; Zalo's "phone number invalid" gives up at once; Zalo's success is sent with the access token.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class MessageRetryTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_unreachable_SMS_gateway_is_tried_again_after_each_pause_then_given_up(Engine engine)
    {
        var app = fixture.App(engine);
        var clock = DateTime.UtcNow;
        var now = new DateTime(clock.Ticks - (clock.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc); // PostgreSQL keeps microseconds
        var phone = "09" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var gateway = new SmsGatewayChannel(http, new SmsOptions { Mode = "Live", Endpoint = "http://127.0.0.1:9/send" }, app.DataPath);
        long id;
        await using (var db = app.SystemDb())
        {
            MessageOutbox.Add(db, MessageChannel.Sms, phone, "Thử", "Nội dung có mã bí mật", now);
            await db.SaveChangesAsync();
            id = (await db.OutgoingMessages.SingleAsync(m => m.To == phone)).Id;
        }

        var at = now;
        for (var attempt = 1; attempt <= MessageOutbox.MaxAttempts; attempt++)
        {
            await using var db = app.SystemDb();
            await MessageOutbox.SendPendingAsync(db, [gateway], at);
            var message = await db.OutgoingMessages.AsNoTracking().SingleAsync(m => m.Id == id);
            Assert.Equal((attempt, "HttpRequestException"), (message.Attempts, message.LastError));
            if (attempt < MessageOutbox.MaxAttempts)
            {
                Assert.Equal((MessageState.Failed, (DateTime?)(at + MessageOutbox.Backoff(attempt))), (message.State, message.NextAttemptAt));

                // Not tried again before its time.
                await MessageOutbox.SendPendingAsync(db, [gateway], at + MessageOutbox.Backoff(attempt) - TimeSpan.FromSeconds(1));
                Assert.Equal(attempt, (await db.OutgoingMessages.AsNoTracking().SingleAsync(m => m.Id == id)).Attempts);
                at = message.NextAttemptAt!.Value;
            }
            else
            {
                Assert.Equal((MessageState.GivenUp, (string?)null), (message.State, message.Body));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Zalo_is_posted_with_the_access_token_and_a_permanent_refusal_is_not_retried(Engine engine)
    {
        var app = fixture.App(engine);
        var now = DateTime.UtcNow;
        var phone = "09" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var zalo = new FakeZalo();
        using var http = new HttpClient(zalo);
        var options = new ZaloOptions { Mode = "Live", AccessToken = "token-thu", Endpoint = "https://zalo.test/message/template" };
        var channel = new ZaloZnsChannel(http, options, app.DataPath);
        var template = new MessageTemplate
        {
            Purpose = MessagePurposes.FeedbackAnswered,
            Channel = MessageChannel.Zalo,
            Name = "Thử",
            ZnsTemplateId = "231",
            ZnsParameters = "so_phan_anh: {number}",
            IsEnabled = true,
        };

        zalo.Answer = """{"error":-108,"message":"Phone number invalid"}""";
        await using (var db = app.SystemDb())
        {
            MessageOutbox.AddFromTemplate(db, template, phone, new Dictionary<string, string> { ["number"] = "5" }, now);
            await db.SaveChangesAsync();
            await MessageOutbox.SendPendingAsync(db, [channel], now);
            var refused = await db.OutgoingMessages.AsNoTracking().SingleAsync(m => m.To == phone);
            Assert.Equal((MessageState.GivenUp, 1, "zns-108", (string?)null), (refused.State, refused.Attempts, refused.LastError, refused.Parameters));
        }

        zalo.Answer = """{"error":0,"message":"Success","data":{"msg_id":"abc"}}""";
        var second = "09" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using (var db = app.SystemDb())
        {
            MessageOutbox.AddFromTemplate(db, template, second, new Dictionary<string, string> { ["number"] = "6" }, now);
            await db.SaveChangesAsync();
            await MessageOutbox.SendPendingAsync(db, [channel], now);
            Assert.Equal(MessageState.Sent, (await db.OutgoingMessages.AsNoTracking().SingleAsync(m => m.To == second)).State);
        }

        var request = zalo.Requests.Last();
        Assert.Equal("token-thu", request.Token);
        Assert.Contains($"\"phone\":\"84{second[1..]}\"", request.Body, StringComparison.Ordinal);
        Assert.Contains("\"template_data\":{\"so_phan_anh\":\"6\"}", request.Body, StringComparison.Ordinal);
    }

    /// <summary>Zalo's endpoint as the tests play it: records each request and answers what it is told.</summary>
    private sealed class FakeZalo : HttpMessageHandler
    {
        public string Answer { get; set; } = "{}";

        public List<(string? Token, string Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var token = request.Headers.TryGetValues("access_token", out var values) ? values.Single() : null;
            Requests.Add((token, await request.Content!.ReadAsStringAsync(cancellationToken)));
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Answer, Encoding.UTF8, "application/json") };
        }
    }
}
