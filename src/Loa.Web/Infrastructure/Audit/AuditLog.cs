using Loa.Audit;
using Loa.Data;
using Loa.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Infrastructure.Audit;

/// <summary>
/// Writes audit lines that are not changes of data: sign-ins, failed sign-ins, sign-outs, denials. A line written for
/// nobody signed in (a sign-in, a password reset) or by the system administrator about an account takes that account's
/// province and commune, so that the province reading its log sees what happened to its people's accounts.
/// </summary>
public sealed class AuditLog(LoaDbContext db, TimeProvider time)
{
    public async Task WriteAsync(
        string action,
        bool succeeded,
        string? entityType = null,
        string? entityId = null,
        string? detail = null,
        string? userName = null,
        string? userId = null)
    {
        var scope = db.Scope;
        var (provinceId, communeId) = (scope.ProvinceId, scope.CommuneId);
        var account = userId ?? (entityType == nameof(User) ? entityId : null);
        if (provinceId is null && account is not null)
        {
            var place = await db.Users.AsNoTracking().Where(u => u.Id == account).Select(u => new { u.ProvinceId, u.CommuneId }).FirstOrDefaultAsync();
            (provinceId, communeId) = (place?.ProvinceId, place?.CommuneId);
        }

        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            UserId = userId ?? scope.UserId,
            UserName = userName ?? scope.UserName,
            ProvinceId = provinceId,
            CommuneId = communeId,
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
