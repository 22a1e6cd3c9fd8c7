using Loa.Data;
using Loa.Domain.Audit;

namespace Loa.Web.Infrastructure.Audit;

/// <summary>Writes audit lines that are not changes of data: sign-ins, failed sign-ins, sign-outs, denials.</summary>
public sealed class AuditLog(LoaDbContext db, TimeProvider time)
{
    public async Task WriteAsync(string action, bool succeeded, string? entityType = null, string? entityId = null, string? detail = null, string? userName = null, string? userId = null)
    {
        var scope = db.Scope;
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            UserId = userId ?? scope.UserId,
            UserName = userName ?? scope.UserName,
            ProvinceId = scope.ProvinceId,
            CommuneId = scope.CommuneId,
            IpAddress = scope.IpAddress,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Succeeded = succeeded,
            Detail = detail is { Length: > 1000 } ? detail[..1000] : detail,
        });
        await db.SaveChangesAsync();
    }
}
