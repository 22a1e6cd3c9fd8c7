using Loa.Data;
using Loa.Feedbacks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Public.Feedback;

/// <summary>The commune's published answers: the public version of each question and its answer, never who asked.</summary>
public sealed class AnswersModel(LoaDbContext db) : PortalPageModel(db)
{
    public const int PageSize = 10;

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "linh-vuc")]
    public FeedbackCategory? Category { get; set; }

    public IReadOnlyList<PublishedAnswer> Answers { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadProfileAsync();
        var published = Published(Db, Commune.Id);
        if (Category is { } category && Enum.IsDefined(category))
        {
            published = published.Where(f => f.Category == category);
        }

        Total = await published.CountAsync(HttpContext.RequestAborted);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Answers = await Project(published.OrderByDescending(f => f.PublishedAt).ThenByDescending(f => f.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize))
            .ToListAsync(HttpContext.RequestAborted);
        return Page();
    }

    public static IQueryable<Loa.Feedbacks.Feedback> Published(LoaDbContext db, int communeId) =>
        db.Feedback.AsNoTracking().Where(f => f.CommuneId == communeId && f.Status == FeedbackStatus.Published);

    /// <summary>Only the public fields leave the database.</summary>
    public static IQueryable<PublishedAnswer> Project(IQueryable<Loa.Feedbacks.Feedback> feedback) =>
        feedback.Select(
            f => new PublishedAnswer(f.Id, f.Category, f.PublicSubject ?? "", f.PublicQuestion ?? "", f.Answer ?? "", f.ReceivedAt, f.PublishedAt!.Value));
}

public sealed record PublishedAnswer(
    int Id, FeedbackCategory Category, string Subject, string Question, string Answer, DateTime ReceivedAt, DateTime PublishedAt);
