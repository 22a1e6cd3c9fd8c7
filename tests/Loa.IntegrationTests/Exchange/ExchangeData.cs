using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Loa.Data;
using Loa.Documents.Records;
using Loa.Exchange;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Exchange;

/// <summary>
/// Official documents and exchange messages for tests: a signed document of a commune with its signed PDF on disk (as the
/// signing work leaves it), and the objects the isolation walk points the exchange pages at.
/// </summary>
public static class ExchangeData
{
    private static readonly ConcurrentDictionary<int, int> Documents = new();
    private static readonly ConcurrentDictionary<int, int> Messages = new();
    private static int nextNumber = 100;

    /// <summary>A small but real PDF, different for each call, as the signed file.</summary>
    public static byte[] Pdf(string text) => Encoding.ASCII.GetBytes(
        $"%PDF-1.7\n% {text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A signed document of the commune (a report of <paramref name="subjectId"/>, or its plan), its PDF where the exchange reads it.</summary>
    public static async Task<(OfficialDocument Document, byte[] Pdf)> SignedAsync(
        LoaAppFactory app, Scenario scenario, OfficialDocumentKind kind = OfficialDocumentKind.Plan, int? subjectId = null)
    {
        var number = Interlocked.Increment(ref nextNumber);
        var pdf = Pdf($"{scenario.Commune.Code}-{number}");
        await using var db = app.SystemDb();
        var document = new OfficialDocument
        {
            ProvinceId = scenario.Commune.ProvinceId,
            CommuneId = scenario.Commune.Id,
            Kind = kind,
            SubjectId = subjectId ?? scenario.Plan.Id,
            Number = $"{number}/{(kind == OfficialDocumentKind.Plan ? "KH" : "BC")}-UBND",
            IssuedOn = new DateOnly(2026, 6, 20),
            Title = $"Báo cáo công tác tuyên truyền CCHC của {scenario.Commune.Name} số {number}",
            SignerName = scenario.Leader.FullName ?? "Nguyễn Văn An",
            SignerTitle = "CHỦ TỊCH",
            State = OfficialDocumentState.SignedByAll,
            CreatedAt = DateTime.UtcNow,
            SignedAt = DateTime.UtcNow,
        };
        var stored = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        document.Files.Add(new OfficialDocumentFile
        {
            Role = OfficialDocumentFileRole.Main,
            Order = 1,
            FileName = $"BC-{number}-2026-UBND.pdf",
            IssuedFile = stored,
            IssuedSha256 = Convert.ToHexStringLower(SHA256.HashData(pdf)),
            IssuedLength = pdf.Length,
            SignedFile = stored,
            SignedSha256 = Convert.ToHexStringLower(SHA256.HashData(pdf)),
            SignedAt = DateTime.UtcNow,
        });
        db.OfficialDocuments.Add(document);
        await db.SaveChangesAsync();
        var path = ExchangeFiles.DocumentPath(app.DataPath, document, stored);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, pdf);
        return (document, pdf);
    }

    /// <summary>For the isolation walk: a signed document of the commune and a message of it, delivered and attached.</summary>
    public static async Task AddWalkObjectsAsync(LoaAppFactory app, Scenario scenario)
    {
        var (document, _) = await SignedAsync(app, scenario);
        await using var db = app.SystemDb();
        var commune = await db.Communes.AsNoTracking().SingleAsync(c => c.Id == scenario.Commune.Id);
        var province = await db.Provinces.AsNoTracking().SingleAsync(p => p.Id == scenario.Commune.ProvinceId);
        var tracked = await db.OfficialDocuments.Include(d => d.Files).SingleAsync(d => d.Id == document.Id);
        var message = await ExchangeOutbox.EnqueueAsync(db, app.DataPath, tracked, commune, province, "walk", DateTime.UtcNow);
        ExchangeWorkflow.Sent(message, "abc123", DateTime.UtcNow);
        ExchangeWorkflow.Acknowledged(message, DateTime.UtcNow);
        await db.SaveChangesAsync();
        Documents[scenario.Commune.Id] = document.Id;
        Messages[scenario.Commune.Id] = message.Id;
    }

    /// <summary>The exchange pages name two kinds of objects: an official document (send) and a message.</summary>
    public static int? ForRoute(string route, int commune) =>
        route.StartsWith("exchange/send", StringComparison.Ordinal) ? Documents.GetValueOrDefault(commune)
        : route.StartsWith("exchange/message", StringComparison.Ordinal) ? Messages.GetValueOrDefault(commune)
        : null;

    public static async Task<IEnumerable<string>> SnapshotAsync(LoaDbContext db, int commune)
    {
        var messages = await db.ExchangeMessages.Where(m => m.CommuneId == commune)
            .Select(m => $"exchange message {m.Id} {m.State} {m.Attempts} {m.Reason} {db.ExchangeEvents.Count(e => e.MessageId == m.Id)}")
            .ToListAsync();
        var documents = await db.OfficialDocuments.Where(d => d.CommuneId == commune).Select(d => $"official document {d.Id} v{d.Version} {d.State}").ToListAsync();
        return messages.Concat(documents);
    }
}
