using System.Globalization;
using Loa.Data;
using Loa.Domain.Geography;
using Microsoft.EntityFrameworkCore;

namespace Loa.Exchange;

/// <summary>The outcome of receiving a package: the message kept (if any), or why nothing was kept.</summary>
public sealed record InboxResult(ExchangeMessage? Message, string? Problem);

/// <summary>
/// The province's side: a package that came in (fetched from the transport, or uploaded by hand) is read, checked to be
/// for this province and from one of its communes, kept, and attached to the commune's document it carries (matched by the
/// sender's code, the document id Loa wrote and the number). What cannot be matched is kept as received, for a person.
/// </summary>
public static class ExchangeInbox
{
    /// <summary>
    /// Receives a package for <paramref name="province"/>. An unreadable package is refused: from the transport it is kept as
    /// Refused (so the province sees that something came), by hand (<paramref name="keepRefused"/> false) nothing is saved.
    /// </summary>
    public static async Task<InboxResult> ReceiveAsync(
        LoaDbContext db, string dataPath, Province province, byte[] content, string? transportId, string? userName, DateTime now,
        bool keepRefused, CancellationToken cancellationToken = default)
    {
        if (transportId is not null && await db.ExchangeMessages.AnyAsync(
            m => m.Direction == ExchangeDirection.Incoming && m.ProvinceId == province.Id && m.TransportId == transportId, cancellationToken))
        {
            return new InboxResult(null, null);
        }

        var read = EdxmlReader.Read(content);
        var package = read.Package;
        string? problem = read.Problem;
        Commune? commune = null;
        if (package is not null)
        {
            if (!package.To.Any(t => t.Id == province.AgencyCode))
            {
                problem = $"Gói tin không gửi cho {province.Name} (mã {province.AgencyCode}).";
            }
            else
            {
                commune = await db.Communes.FirstOrDefaultAsync(c => c.AgencyCode == package.From.Id && c.ProvinceId == province.Id, cancellationToken);
                problem = commune is null ? $"Mã định danh nơi gửi {package.From.Id} không phải của xã, phường nào thuộc {province.Name}." : null;
            }
        }

        if (problem is not null && !keepRefused)
        {
            return new InboxResult(null, problem);
        }

        var message = new ExchangeMessage
        {
            ProvinceId = province.Id,
            CommuneId = commune?.Id,
            Direction = ExchangeDirection.Incoming,
            SenderCode = package is not null && AgencyCodes.IsValid(package.From.Id) ? package.From.Id : "",
            ReceiverCode = province.AgencyCode ?? "",
            Number = package is null ? "" : Cut(package.Number, Loa.Documents.Records.OfficialDocument.NumberMax),
            Subject = package is null ? "(gói tin không đọc được)" : ExchangeOutbox.Cut(package.Subject),
            PackageFile = await ExchangeFiles.WritePackageAsync(dataPath, content, cancellationToken),
            PackageLength = content.Length,
            TransportId = transportId,
            CreatedAt = now,
            CreatedBy = userName,
        };
        ExchangeWorkflow.Record(message, ExchangeState.Received, now, transportId is null ? "Tải lên từ tệp" : "Nhận từ trục liên thông");
        if (problem is not null)
        {
            ExchangeWorkflow.Refused(message, problem, now);
        }
        else
        {
            var documentId = await MatchAsync(db, package!, commune!, cancellationToken);
            if (documentId is { } id)
            {
                ExchangeWorkflow.Attached(message, id, now, "Đã gắn vào văn bản " + package!.Number + " của " + commune!.Name);
            }
            else
            {
                message.Reason = "Chưa tìm thấy kế hoạch, báo cáo của xã ứng với gói tin.";
            }
        }

        db.ExchangeMessages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        return new InboxResult(message, problem);
    }

    /// <summary>The commune's official document the package carries: the id Loa wrote ("loa:kind:subject:document") and the same number.</summary>
    private static async Task<int?> MatchAsync(LoaDbContext db, EdxmlPackage package, Commune commune, CancellationToken cancellationToken)
    {
        var parts = package.DocumentId.Split(':');
        if (parts.Length != 4 || parts[0] != "loa" || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var documentId))
        {
            return null;
        }

        var number = package.Number;
        var found = await db.OfficialDocuments.AnyAsync(d => d.Id == documentId && d.CommuneId == commune.Id && d.Number == number, cancellationToken);
        return found ? documentId : null;
    }

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;
}
