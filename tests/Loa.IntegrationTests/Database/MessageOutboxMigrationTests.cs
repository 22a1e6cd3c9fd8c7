using Loa.IntegrationTests.Infrastructure;
using Loa.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.IntegrationTests.Database;

/// <summary>The mail outbox's rows move into the one outbox as e-mails, each in the state it was in, and new rows get new ids.</summary>
public sealed class MessageOutboxMigrationTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Mails_of_the_old_outbox_become_e_mail_messages_in_their_states(Engine engine)
    {
        using var database = new TestDatabase(engine);
        await using (var db = database.Context())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261209080000_OfficialDocuments");
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "OutgoingMails" ("Id", "To", "Subject", "Body", "CreatedAt", "SentAt", "GivenUpAt", "Attempts", "LastError") VALUES
                (1, 'gui@x.vn', 'Đã gửi', NULL, '2026-12-01 01:00:00', '2026-12-01 01:01:00', NULL, 0, NULL),
                (2, 'dung@x.vn', 'Đã dừng', NULL, '2026-12-01 01:00:00', NULL, '2026-12-01 02:00:00', 5, 'SmtpException'),
                (3, 'loi@x.vn', 'Lỗi', 'Nội dung', '2026-12-01 01:00:00', NULL, NULL, 2, 'IOException'),
                (7, 'cho@x.vn', 'Chờ', 'Nội dung', '2026-12-01 01:00:00', NULL, NULL, 0, NULL)
                """);
            await db.Database.MigrateAsync();
        }

        await using (var db = database.Context())
        {
            var moved = await db.OutgoingMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
            Assert.Equal(
                [(1L, MessageState.Sent), (2L, MessageState.GivenUp), (3L, MessageState.Failed), (7L, MessageState.Waiting)],
                moved.Select(m => (m.Id, m.State)));
            Assert.All(moved, m => Assert.Equal(MessageChannel.Email, m.Channel));
            Assert.Equal(("Nội dung", 2, "IOException"), (moved[2].Body, moved[2].Attempts, moved[2].LastError));
            db.OutgoingMessages.Add(new OutgoingMessage { To = "moi@x.vn", Subject = "Mới", Body = "x", CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            Assert.True(await db.OutgoingMessages.AnyAsync(m => m.To == "moi@x.vn" && m.Id > 7));
            Assert.Equal(4, await db.MessageTemplates.CountAsync());
        }
    }
}
