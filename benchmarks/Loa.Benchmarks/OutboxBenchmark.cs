using BenchmarkDotNet.Attributes;
using Loa.Data;
using Loa.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Loa.Benchmarks;

/// <summary>
/// The outbox's throughput (docs/decisions/0013): <see cref="Messages"/> messages waiting — a third each e-mail, Zalo and
/// SMS — sent by <see cref="MessageOutbox.SendPendingAsync"/> through the mock channels (e-mail as .eml files in a
/// folder, Zalo and SMS as the JSON requests they would post), each message saved as sent before the next, exactly as the
/// message worker does. On a SQLite database of its own. The figure per operation is one message: messages/s = 1 / mean.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
[WarmupCount(1)]
[IterationCount(8)]
public class OutboxBenchmark
{
    public const int Messages = 600;

    private static DbContextOptions<LoaDbContext> _options = null!;
    private static IReadOnlyList<IMessageChannel> _channels = [];
    private static string _directory = "";
    private static MessageTemplate _zalo = null!;
    private static MessageTemplate _sms = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        if (_channels.Count > 0)
        {
            return;
        }

        _directory = Path.Combine(Path.GetTempPath(), $"loa-bench-outbox-{Environment.ProcessId}");
        Directory.CreateDirectory(_directory);
        var builder = new DbContextOptionsBuilder<LoaDbContext>();
        DatabaseRegistration.Configure(builder, new DatabaseOptions { Provider = "Sqlite" }, _directory);
        _options = builder.Options;
        await using (var db = Open())
        {
            await DatabaseInitializer.InitializeAsync(db);
            var templates = db.MessageTemplates.AsNoTracking().Where(t => t.Purpose == MessagePurposes.FeedbackAnswered);
            _zalo = await templates.SingleAsync(t => t.Channel == MessageChannel.Zalo);
            _zalo.ZnsTemplateId = "100001";
            _sms = await templates.SingleAsync(t => t.Channel == MessageChannel.Sms);
        }

        // Mock mode never posts; the client is only what the live mode would use.
        var http = new HttpClient();
        _channels =
        [
            new EmailChannel(new EmailOptions { Mode = "Folder", Folder = Path.Combine(_directory, "mail") }, _directory),
            new ZaloZnsChannel(http, new ZaloOptions { Mode = "Mock", Folder = Path.Combine(_directory, "zalo") }, _directory),
            new SmsGatewayChannel(http, new SmsOptions { Mode = "Mock", Folder = Path.Combine(_directory, "sms") }, _directory),
        ];
        Console.WriteLine($"// Outbox: {Messages} messages per operation, database and mock folders in {_directory}");
    }

    /// <summary>Puts <see cref="Messages"/> messages in the outbox (not measured).</summary>
    [IterationSetup]
    public void Fill()
    {
        using var db = Open();
        var now = DateTime.UtcNow;
        var values = new Dictionary<string, string>
        {
            ["number"] = "15",
            ["commune"] = "UBND xã Định Quán",
            ["link"] = "https://loa.example.gov.vn/x/26734/feedback/lookup",
        };
        for (var i = 0; i < Messages; i++)
        {
            var phone = $"09{i:D8}";
            switch (i % 3)
            {
                case 0:
                    var body = "Kính gửi …\n\nHạn gửi báo cáo quý IV: 15/12/2026.";
                    MessageOutbox.Add(db, MessageChannel.Email, $"nguoi{i}@example.gov.vn", "Nhắc việc: báo cáo quý IV", body, now);
                    break;
                case 1:
                    MessageOutbox.AddFromTemplate(db, _zalo, phone, values, now);
                    break;
                default:
                    MessageOutbox.AddFromTemplate(db, _sms, phone, values, now);
                    break;
            }
        }

        db.SaveChanges();
    }

    [Benchmark(OperationsPerInvoke = Messages)]
    public async Task<int> Send()
    {
        await using var db = Open();
        var now = DateTime.UtcNow;
        var sent = 0;
        int batch;
        do
        {
            batch = await MessageOutbox.SendPendingAsync(db, _channels, now);
            sent += batch;
            db.ChangeTracker.Clear();
        }
        while (batch > 0);

        return sent == Messages ? sent : throw new InvalidOperationException($"{sent} of {Messages} messages sent");
    }

    private static LoaDbContext Open() => new(_options, new FixedTenantScope(TenantScope.System));
}
