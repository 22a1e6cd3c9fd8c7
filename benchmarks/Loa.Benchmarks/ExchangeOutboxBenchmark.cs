using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Loa.Data;
using Loa.Documents.Records;
using Loa.Domain.Geography;
using Loa.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Loa.Benchmarks;

/// <summary>
/// The exchange outbox's throughput: <see cref="Packages"/> waiting messages of a signed report (a 200 KB PDF, so a
/// package of about 270 KB) sent by <see cref="ExchangeOutbox.SendDueAsync"/> through the folder transport, each read from
/// the data folder, written to the outgoing folder and saved as Sent (one save per message, as the worker does), on the
/// SQLite file the web app uses. Packages per second = <see cref="Packages"/> / the mean.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
[WarmupCount(2)]
[IterationCount(10)]
public class ExchangeOutboxBenchmark
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "loa-bench-exchange-" + Guid.NewGuid().ToString("N"));
    private DbContextOptions<LoaDbContext> _options = null!;
    private int _documentId;
    private Commune _commune = null!;
    private Province _province = null!;
    private readonly ExchangeOptions _exchange = new() { Transport = "Folder" };

    [Params(100)]
    public int Packages { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        Directory.CreateDirectory(_data);
        var builder = new DbContextOptionsBuilder<LoaDbContext>();
        DatabaseRegistration.Configure(builder, new DatabaseOptions { Provider = "Sqlite" }, _data);
        _options = builder.Options;
        await using var db = Open();
        await DatabaseInitializer.InitializeAsync(db, null);
        _commune = await db.Communes.AsNoTracking().OrderBy(c => c.Code).FirstAsync();
        _province = await db.Provinces.AsNoTracking().FirstAsync(p => p.Id == _commune.ProvinceId);
        var pdf = new byte[200 * 1024];
        RandomNumberGenerator.Fill(pdf);
        "%PDF-1.7\n"u8.CopyTo(pdf);
        var stored = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var document = new OfficialDocument
        {
            ProvinceId = _province.Id,
            CommuneId = _commune.Id,
            Kind = OfficialDocumentKind.Report,
            SubjectId = 1,
            Number = "15/BC-UBND",
            IssuedOn = new DateOnly(2026, 6, 20),
            Title = "Báo cáo kết quả công tác tuyên truyền cải cách hành chính 6 tháng đầu năm 2026",
            SignerName = "Nguyễn Văn An",
            SignerTitle = "CHỦ TỊCH",
            State = OfficialDocumentState.SignedByAll,
            CreatedAt = DateTime.UtcNow,
            Files = [new OfficialDocumentFile { Role = OfficialDocumentFileRole.Main, Order = 1, FileName = "BC-15.pdf", IssuedFile = stored, SignedFile = stored }],
        };
        db.OfficialDocuments.Add(document);
        await db.SaveChangesAsync();
        _documentId = document.Id;
        var path = ExchangeFiles.DocumentPath(_data, document, stored);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, pdf);
        Console.WriteLine($"// Exchange outbox: {_commune.Name} ({_commune.AgencyCode}) to {_province.Name} ({_province.AgencyCode})");
    }

    [IterationSetup]
    public void Enqueue() => EnqueueAsync().GetAwaiter().GetResult();

    [Benchmark]
    public async Task<int> Send()
    {
        await using var db = Open();
        var transport = new FolderTransport(_exchange.OutgoingPath(_data), _exchange.IncomingPath(_data));
        var sent = await ExchangeOutbox.SendDueAsync(db, transport, _exchange, _data, DateTime.UtcNow);
        return sent == Packages ? sent : throw new InvalidOperationException($"sent {sent} of {Packages}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    private async Task EnqueueAsync()
    {
        foreach (var folder in new[] { ExchangeFiles.PackagesFolder(_data), _exchange.OutgoingPath(_data) }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        await using var db = Open();
        var document = await db.OfficialDocuments.Include(d => d.Files).AsNoTracking().FirstAsync(d => d.Id == _documentId);
        for (var i = 0; i < Packages; i++)
        {
            await ExchangeOutbox.EnqueueAsync(db, _data, document, _commune, _province, "benchmark", DateTime.UtcNow);
        }

        await db.SaveChangesAsync();
    }

    private LoaDbContext Open() => new(_options, new FixedTenantScope(TenantScope.System));
}
