using Loa.Feedbacks;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Feedback;

/// <summary>Closed feedback loses its personal data after the retention period, by a job that one instance runs at a time.</summary>
[Collection(AppCollection.Name)]
public sealed class FeedbackRetentionTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Closed_feedback_past_the_retention_period_is_anonymised_once_and_nothing_else(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var now = LoaAppFactory.Now.UtcDateTime;
        var longAgo = now.AddMonths(-25);
        var (published, _) = await FeedbackData.AddAsync(app, a, FeedbackStatus.Published, f =>
        {
            (f.ReceivedAt, f.ClosedAt, f.PublishedAt, f.Email) = (longAgo.AddDays(-20), longAgo, longAgo, FeedbackData.Email);
            f.Attachments =
            [
                new FeedbackAttachment
                {
                    ProvinceId = f.ProvinceId,
                    CommuneId = f.CommuneId,
                    FileName = "anh.png",
                    StoredName = Guid.NewGuid().ToString("N"),
                    ContentType = "image/png",
                    Length = TestFiles.Png.Length,
                },
            ];
        });
        var (rejected, _) = await FeedbackData.AddAsync(
            app, a, FeedbackStatus.Rejected, f => (f.ClosedAt, f.RejectionKind) = (now.AddMonths(-30), RejectionKind.Complaint));
        var (recent, _) = await FeedbackData.AddAsync(app, a, FeedbackStatus.Published, f => f.ClosedAt = now.AddMonths(-23));
        var (stillOpen, _) = await FeedbackData.AddAsync(app, a, FeedbackStatus.Assigned, f => f.ReceivedAt = now.AddMonths(-30));
        var attachment = published.Attachments[0];
        var file = FeedbackFiles.PathOf(app.DataPath, attachment);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllBytesAsync(file, TestFiles.Png);

        await using (var one = app.SystemDb())
        await using (var other = app.SystemDb())
        {
            var first = await FeedbackRetention.RunAsync(one, "instance-1", now, 24, app.DataPath);
            var second = await FeedbackRetention.RunAsync(other, "instance-2", now.AddMinutes(1), 24, app.DataPath);
            Assert.True(first >= 2, $"first run anonymised {first}");
            Assert.Null(second); // the lease is held by the first instance
            Assert.Equal(0, await FeedbackRetention.RunAsync(one, "instance-1", now.AddHours(2), 24, app.DataPath));
        }

        await using var db = app.SystemDb();
        var items = await db.Feedback.IgnoreQueryFilters().Include(f => f.Attachments).Where(f => f.CommuneId == a.Commune.Id).ToDictionaryAsync(f => f.Id);
        foreach (var id in new[] { published.Id, rejected.Id })
        {
            var f = items[id];
            Assert.Null(f.Name);
            Assert.Null(f.Address);
            Assert.Null(f.Phone);
            Assert.Null(f.Email);
            Assert.Empty(f.Attachments);
            Assert.NotNull(f.AnonymisedAt);
            Assert.DoesNotContain(FeedbackData.Content(a), f.Content, StringComparison.Ordinal);
        }

        Assert.Equal(published.PublicQuestion, items[published.Id].Content);
        Assert.Equal(published.PublicSubject, items[published.Id].Subject);
        Assert.Equal(published.Answer, items[published.Id].Answer);
        Assert.Equal(FeedbackRetention.Removed, items[rejected.Id].Content);
        Assert.False(File.Exists(file));
        foreach (var id in new[] { recent.Id, stillOpen.Id })
        {
            Assert.Equal((FeedbackData.Name, FeedbackData.Phone, FeedbackData.Content(a)), (items[id].Name, items[id].Phone, items[id].Content));
            Assert.Null(items[id].AnonymisedAt);
        }
    }
}
