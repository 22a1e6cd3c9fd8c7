using System.Globalization;
using Loa.Data;

namespace Loa.Web.Infrastructure.Notifications;

/// <summary>
/// How many unread notifications the signed-in person has (the number beside "Thông báo" in the menu): asked on every
/// staff page, so read on a plain connection (<see cref="PlainConnections"/>) in one statement — through a context it
/// was a tenth of a kept page's CPU (decision record 42). A person's notifications are theirs whatever their scope.
/// </summary>
public sealed class UnreadNotifications(LoaDbContext db, PlainConnections connections)
{
    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        if (db.Scope.UserId is not { } userId)
        {
            return 0;
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT COUNT(*) FROM "Notifications" WHERE "UserId" = @user AND "ReadAt" IS NULL""";
        command.AddParameter("@user", userId);
        SqlCommandCount.Sent();
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
