using Loa.Data;
using Loa.Documents.Records;
using Loa.Domain.Geography;
using Microsoft.EntityFrameworkCore;

namespace Loa.Exchange;

/// <summary>
/// Sending through the document exchange. <see cref="EnqueueAsync"/> packages a commune's signed plan or report as edXML
/// (the signed PDFs attached) for its province and puts it in the outbox, Waiting; <see cref="SendDueAsync"/> (the exchange
/// worker, under its lease) sends what is due through the transport and follows what was sent until it is acknowledged.
/// </summary>
public static class ExchangeOutbox
{
    /// <summary>Why the document cannot be sent (Vietnamese), or null when it can.</summary>
    public static string? Refusal(OfficialDocument document, Commune commune, Province province, IEnumerable<ExchangeMessage> earlier)
    {
        if (document.Kind is not (OfficialDocumentKind.Plan or OfficialDocumentKind.Report))
        {
            return "Chỉ gửi lên tỉnh kế hoạch và báo cáo của xã.";
        }

        if (document.State != OfficialDocumentState.SignedByAll || document.Files.Count == 0 || document.Files.Any(f => f.SignedFile is null))
        {
            return "Văn bản chưa được ký số: ký xong mới gửi được qua trục liên thông.";
        }

        if (EdxmlPackage.SplitNumber(document.Number) is null)
        {
            return $"Số, ký hiệu \"{document.Number}\" không đúng dạng \"12/KH-UBND\".";
        }

        if (!AgencyCodes.IsValid(commune.AgencyCode))
        {
            return $"{commune.Name} chưa có mã định danh điện tử: quản trị hệ thống cần nhập mã trước khi gửi.";
        }

        if (!AgencyCodes.IsValid(province.AgencyCode))
        {
            return $"{province.Name} chưa có mã định danh điện tử: quản trị hệ thống cần nhập mã trước khi gửi.";
        }

        return earlier.Any(m => m.Direction == ExchangeDirection.Outgoing && ExchangeWorkflow.BlocksResend(m.State))
            ? "Văn bản này đã được gửi hoặc đang chờ gửi."
            : null;
    }

    /// <summary>The package of a signed document: from the commune's committee to the province's, the signed PDFs attached.</summary>
    public static EdxmlPackage Package(OfficialDocument document, Commune commune, Province province, IReadOnlyList<byte[]> signedPdfs, DateTime now)
    {
        var (number, notation) = EdxmlPackage.SplitNumber(document.Number) ?? throw new InvalidOperationException("checked by Refusal");
        var files = document.Files.OrderBy(f => f.Order).ToList();
        return new EdxmlPackage
        {
            From = new EdxmlOrgan(commune.AgencyCode!, commune.GovernmentName),
            To = [new EdxmlOrgan(province.AgencyCode!, province.GovernmentName)],
            DocumentId = $"loa:{document.Kind.ToString().ToLowerInvariant()}:{document.SubjectId}:{document.Id}",
            CodeNumber = number,
            CodeNotation = notation,
            Place = commune.Locality,
            PromulgationDate = document.IssuedOn,
            TypeName = document.Kind == OfficialDocumentKind.Plan ? "Kế hoạch" : "Báo cáo",
            Subject = document.Title,
            SignerName = document.SignerName,
            SignerPosition = document.SignerTitle is { Length: > 0 } title ? title : null,
            SentAt = now,
            Attachments = files.Select((f, i) => new EdxmlAttachment(
                $"cid:{document.Id}-{i + 1}",
                f.FileName,
                "application/pdf",
                signedPdfs[i],
                f.Role == OfficialDocumentFileRole.Main ? "Văn bản chính" : "Phụ lục")).ToList(),
        };
    }

    /// <summary>Writes the package and adds the Waiting message (saved with the caller's save).</summary>
    public static async Task<ExchangeMessage> EnqueueAsync(
        LoaDbContext db, string dataPath, OfficialDocument document, Commune commune, Province province, string? userName, DateTime now,
        CancellationToken cancellationToken = default)
    {
        var pdfs = new List<byte[]>();
        foreach (var file in document.Files.OrderBy(f => f.Order))
        {
            pdfs.Add(await File.ReadAllBytesAsync(ExchangeFiles.DocumentPath(dataPath, document, file.SignedFile!), cancellationToken));
        }

        var package = EdxmlWriter.Write(Package(document, commune, province, pdfs, now));
        var stored = await ExchangeFiles.WritePackageAsync(dataPath, package, cancellationToken);
        var message = new ExchangeMessage
        {
            ProvinceId = province.Id,
            CommuneId = commune.Id,
            Direction = ExchangeDirection.Outgoing,
            DocumentId = document.Id,
            SenderCode = commune.AgencyCode!,
            ReceiverCode = province.AgencyCode!,
            Number = document.Number,
            Subject = Cut(document.Title),
            PackageFile = stored,
            PackageLength = package.Length,
            CreatedAt = now,
            CreatedBy = userName,
        };
        ExchangeWorkflow.Record(message, ExchangeState.Waiting, now, "Đã đóng gói edXML, chờ gửi");
        db.ExchangeMessages.Add(message);
        return message;
    }

    /// <summary>Sends what is due, then asks about what was sent; each message saved before the next. Returns how many were sent.</summary>
    public static async Task<int> SendDueAsync(
        LoaDbContext db, IExchangeTransport transport, ExchangeOptions options, string dataPath, DateTime now, CancellationToken cancellationToken = default)
    {
        var due = await db.ExchangeMessages.Include(m => m.Events)
            .Where(m => m.Direction == ExchangeDirection.Outgoing && (m.State == ExchangeState.Waiting || m.State == ExchangeState.Retried))
            .Where(m => m.NextAttemptAt == null || m.NextAttemptAt <= now)
            .OrderBy(m => m.Id).Take(200).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var message in due)
        {
            try
            {
                var package = await File.ReadAllBytesAsync(ExchangeFiles.PackagePath(dataPath, message.PackageFile), cancellationToken);
                var answer = await transport.SendAsync(message.ReceiverCode, package, cancellationToken);
                if (answer.TransportId is { } id)
                {
                    ExchangeWorkflow.Sent(message, id, now);
                    sent++;
                }
                else
                {
                    ExchangeWorkflow.Rejected(message, answer.RejectedBecause ?? "Trục liên thông từ chối gói tin.", now);
                }
            }
            catch (ExchangeUnavailableException e)
            {
                ExchangeWorkflow.SendFailed(message, e.Kind, now, options);
            }
            catch (FileNotFoundException)
            {
                ExchangeWorkflow.Rejected(message, "Không còn tệp gói tin trên máy chủ.", now);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        var awaiting = await db.ExchangeMessages.Include(m => m.Events)
            .Where(m => m.Direction == ExchangeDirection.Outgoing && m.State == ExchangeState.Sent && m.TransportId != null)
            .OrderBy(m => m.Id).Take(200).ToListAsync(cancellationToken);
        foreach (var message in awaiting)
        {
            DeliveryStatus status;
            try
            {
                status = await transport.StatusAsync(message.TransportId!, cancellationToken);
            }
            catch (ExchangeUnavailableException)
            {
                continue;
            }

            if (status.State == DeliveryState.Acknowledged)
            {
                ExchangeWorkflow.Acknowledged(message, now);
            }
            else if (status.State == DeliveryState.Rejected)
            {
                ExchangeWorkflow.Rejected(message, status.Reason ?? "Nơi nhận từ chối gói tin.", now);
            }
            else
            {
                continue;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }

    internal static string Cut(string text) => text.Length > ExchangeMessage.TextMax ? text[..ExchangeMessage.TextMax] : text;
}
