using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Loa.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Notifications;

/// <summary>"Thông báo": one's own notifications only; opening one marks it read and follows its link inside Loa only.</summary>
[Collection(AppCollection.Name)]
public sealed class NotificationsPageTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_page_lists_ones_own_notifications_opens_them_and_marks_them_read(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        var tag = s.Commune.Code;
        var local = await AddAsync(app, s.Coordinator.Id, $"Báo cáo chờ tổng hợp ({tag})", $"/reports/commune?plan={s.Plan.Id}&period=q1");
        var outside = await AddAsync(app, s.Coordinator.Id, $"Liên kết ra ngoài ({tag})", "https://lua-dao.example/dang-nhap");
        var protocolRelative = await AddAsync(app, s.Coordinator.Id, $"Liên kết hai gạch ({tag})", "//lua-dao.example/dang-nhap");
        var noLink = await AddAsync(app, s.Coordinator.Id, $"Không có liên kết ({tag})", null);
        var leaders = await AddAsync(app, s.Leader.Id, $"Thông báo riêng của lãnh đạo ({tag})", "/reports");

        using var coordinator = app.Session();
        await coordinator.LoginAsync(s.Coordinator.UserName!);
        var page = await coordinator.GetPageAsync("/notifications");
        var titles = page.QuerySelectorAll("ul.notifications li strong").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(4, titles.Count);
        Assert.Contains($"Báo cáo chờ tổng hợp ({tag})", titles);
        Assert.DoesNotContain(page.Text(), $"Thông báo riêng của lãnh đạo ({tag})", StringComparison.Ordinal);
        Assert.Equal(4, page.QuerySelectorAll("ul.notifications li.unread").Length);

        // Open follows a link inside Loa and marks the notification read.
        var opened = await coordinator.SubmitAsync(page, OpenForm(local), []);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal($"/reports/commune?plan={s.Plan.Id}&period=q1", opened.Headers.Location!.OriginalString);

        // Links out of Loa are not followed: back to the list, read all the same.
        foreach (var id in new[] { outside, protocolRelative, noLink })
        {
            var response = await coordinator.SubmitAsync(page, OpenForm(id), []);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/notifications", response.Headers.Location!.OriginalString);
        }

        // Someone else's notification is not there for them to open.
        var foreign = await coordinator.Client.PostAsync($"/notifications?id={leaders}&handler=Open", Token(page));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);

        await using (var db = app.SystemDb())
        {
            Assert.All(await db.Notifications.Where(n => n.UserId == s.Coordinator.Id).ToListAsync(), n => Assert.NotNull(n.ReadAt));
            Assert.Null((await db.Notifications.SingleAsync(n => n.Id == leaders)).ReadAt);
        }

        Assert.Empty((await coordinator.GetPageAsync("/notifications")).QuerySelectorAll("ul.notifications li.unread"));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Read_all_marks_ones_own_notifications_only(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        for (var i = 0; i < 3; i++)
        {
            await AddAsync(app, s.Officer.Id, $"Nhắc việc {i} ({s.Commune.Code})", "/tasks/mine");
        }

        var leaders = await AddAsync(app, s.Leader.Id, $"Của lãnh đạo ({s.Commune.Code})", "/reports");
        using var officer = app.Session();
        await officer.LoginAsync(s.Officer.UserName!);
        var page = await officer.GetPageAsync("/notifications");
        Assert.Equal(3, page.QuerySelectorAll("ul.notifications li.unread").Length);

        var response = await officer.SubmitAsync(page, "form[action*='handler=ReadAll']", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await officer.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Đã đánh dấu 3 thông báo là đã đọc.", after.Text(), StringComparison.Ordinal);
        Assert.Empty(after.QuerySelectorAll("ul.notifications li.unread"));
        Assert.Null(after.QuerySelector("form[action*='handler=ReadAll']"));

        await using var db = app.SystemDb();
        Assert.Equal(0, await db.Notifications.CountAsync(n => n.UserId == s.Officer.Id && n.ReadAt == null));
        Assert.Null((await db.Notifications.SingleAsync(n => n.Id == leaders)).ReadAt);
    }

    private static string OpenForm(long id) =>
        $"form[action$='id={id}&handler=Open'], form[action$='handler=Open&id={id}'], form[action$='/notifications/{id}?handler=Open']";

    private static FormUrlEncodedContent Token(AngleSharp.Html.Dom.IHtmlDocument page) =>
        new([new("__RequestVerificationToken", WebSession.AntiforgeryToken(page))]);

    private static async Task<long> AddAsync(LoaAppFactory app, string userId, string title, string? link)
    {
        await using var db = app.SystemDb();
        var notification = new Notification
        {
            UserId = userId,
            CreatedAt = DateTime.UtcNow,
            Title = title,
            Body = "Nội dung thông báo.",
            Link = link,
            DedupKey = "thu:" + Guid.NewGuid().ToString("N"),
        };
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    }
}
