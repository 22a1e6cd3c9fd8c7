using Loa.Articles;
using Loa.IntegrationTests.Infrastructure;

namespace Loa.IntegrationTests.Articles;

/// <summary>Articles put straight into a scenario's commune, for tests of what the public sees.</summary>
public static class ArticleData
{
    public const string Browser = "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36";

    public static async Task<Article> AddAsync(
        LoaAppFactory app, Scenario scenario, string title, ArticleStatus status, DateTime? publishAt, int? taskId = null)
    {
        await using var db = app.SystemDb();
        var article = new Article
        {
            ProvinceId = scenario.Commune.ProvinceId,
            CommuneId = scenario.Commune.Id,
            Title = title,
            Slug = Loa.Text.Slugs.From(title),
            Summary = "Tóm tắt " + title,
            Body = $"<p>Nội dung {title}</p><p><a href=\"/x/{scenario.Commune.Code}/news\">Tin khác</a></p>",
            Status = status,
            PublishAt = publishAt,
            AuthorId = scenario.Coordinator.Id,
            AuthorName = scenario.Coordinator.FullName,
            TaskId = taskId,
            CreatedAt = LoaAppFactory.Now.UtcDateTime.AddDays(-3),
            UpdatedAt = LoaAppFactory.Now.UtcDateTime.AddDays(-3),
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article;
    }

    /// <summary>A GET as a reader's browser sends it.</summary>
    public static Task<HttpResponseMessage> ReadAsync(HttpClient client, string url, string browser = Browser)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.UserAgent.ParseAdd(browser);
        return client.SendAsync(request);
    }
}
