using System.Net.Mail;
using Loa.IntegrationTests.Infrastructure;
using Loa.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Notifications;

/// <summary>The e-mail copy of notifications: in Folder mode one .eml file per notification, each sent once; Off sends nothing.</summary>
[Collection(AppCollection.Name)]
public sealed class EmailDispatchTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Folder_mode_writes_one_eml_per_notification_to_people_with_an_address_and_marks_them_sent(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        var folder = Path.Combine(app.DataPath, "mail-" + Guid.NewGuid().ToString("N")[..8]);
        var now = DateTime.UtcNow;
        var tag = s.Commune.Code;
        long toCoordinator, toOfficer, disabled, old;
        await using (var db = app.SystemDb())
        {
            await db.Users.Where(u => u.Id == s.Coordinator.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.Email, $"daumoi.{tag}@example.gov.vn"));
            await db.Users
                .Where(u => u.Id == s.Leader.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.Email, $"lanhdao.{tag}@example.gov.vn").SetProperty(x => x.IsDisabled, true));
            toCoordinator = Add(db, s.Coordinator.Id, $"Chờ duyệt: báo cáo quý I năm 2026 ({tag})", "/reports", now.AddMinutes(-5));
            toOfficer = Add(db, s.Officer.Id, $"Không có địa chỉ thư ({tag})", "/tasks/mine", now);
            disabled = Add(db, s.Leader.Id, $"Tài khoản đã khóa ({tag})", "/reports", now);
            old = Add(db, s.Coordinator.Id, $"Quá cũ ({tag})", null, now.AddDays(-3));
            await db.SaveChangesAsync();
        }

        var options = new EmailOptions { Mode = "Folder", Folder = folder, SiteAddress = "https://loa.example.gov.vn/" };
        await using (var db = app.SystemDb())
        {
            await EmailDispatch.SendPendingAsync(db, new EmailOptions { Mode = "Off", Folder = folder }, app.DataPath, now);
            Assert.False(Directory.Exists(folder));
            Assert.True(await EmailDispatch.SendPendingAsync(db, options, app.DataPath, now) >= 1);
        }

        var files = Directory.GetFiles(folder, "*.eml");
        var mine = files.Select(File.ReadAllText).Where(t => t.Contains($"daumoi.{tag}@example.gov.vn", StringComparison.Ordinal)).ToList();
        var eml = Assert.Single(mine);
        Assert.Contains("Content-Type: text/plain; charset=utf-8", eml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(files.Select(File.ReadAllText), t => t.Contains($"lanhdao.{tag}@", StringComparison.Ordinal));
        var body = Decode(eml);
        Assert.Contains($"Kính gửi {s.Coordinator.FullName},", body, StringComparison.Ordinal);
        Assert.Contains("https://loa.example.gov.vn/reports", body, StringComparison.Ordinal);

        await using (var db = app.SystemDb())
        {
            Assert.NotNull((await db.Notifications.SingleAsync(n => n.Id == toCoordinator)).EmailedAt);
            Assert.Null((await db.Notifications.SingleAsync(n => n.Id == toOfficer)).EmailedAt);
            Assert.Null((await db.Notifications.SingleAsync(n => n.Id == disabled)).EmailedAt);
            Assert.Null((await db.Notifications.SingleAsync(n => n.Id == old)).EmailedAt);

            // Sent once: the next run writes nothing more for them.
            await EmailDispatch.SendPendingAsync(db, options, app.DataPath, now.AddMinutes(60));
        }

        Assert.Single(Directory.GetFiles(folder, "*.eml").Select(File.ReadAllText), t => t.Contains($"daumoi.{tag}@example.gov.vn", StringComparison.Ordinal));
    }

    /// <summary>The message body, decoded from the transfer encoding the mail writer chose.</summary>
    internal static string Decode(string eml)
    {
        var parts = eml.Split("\r\n\r\n", 2);
        var headers = parts[0];
        var content = parts[1];
        if (headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
        {
            return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(content.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))));
        }

        if (headers.Contains("Content-Transfer-Encoding: quoted-printable", StringComparison.OrdinalIgnoreCase))
        {
            var bytes = new List<byte>();
            var text = content.Replace("=\r\n", "", StringComparison.Ordinal);
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
                {
                    bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                    i += 2;
                }
                else
                {
                    bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(text[i].ToString()));
                }
            }

            return System.Text.Encoding.UTF8.GetString([.. bytes]);
        }

        return content;
    }

    private static long Add(Loa.Data.LoaDbContext db, string userId, string title, string? link, DateTime createdAt)
    {
        var notification = new Notification
        {
            UserId = userId,
            CreatedAt = createdAt,
            Title = title,
            Body = "Nội dung.",
            Link = link,
            DedupKey = "thu:" + Guid.NewGuid().ToString("N"),
        };
        db.Notifications.Add(notification);
        db.SaveChanges();
        return notification.Id;
    }
}
