using Loa.Data;
using Microsoft.EntityFrameworkCore;

namespace Loa.Activities;

public enum ActivitySourceKind
{
    /// <summary>Recorded by a unit or the coordinator.</summary>
    Recorded,

    /// <summary>Kept by the portal for a published article linked to a task.</summary>
    Article,

    /// <summary>Kept by the portal for a published survey or contest linked to a task.</summary>
    Survey,

    /// <summary>Kept for a held dialogue or conference (its reach is the attendance of its minutes).</summary>
    Dialogue,
}

/// <summary>Where an activity comes from: recorded by hand, or kept in step with an article or a survey of the portal.</summary>
public sealed record ActivitySource(ActivitySourceKind Kind, int? Id = null, string? Title = null)
{
    public static readonly ActivitySource Recorded = new(ActivitySourceKind.Recorded);

    /// <summary>The staff page of the publication, where the activity is changed.</summary>
    public string? Link => Kind switch
    {
        ActivitySourceKind.Article => $"/articles/edit/{Id}",
        ActivitySourceKind.Survey => $"/surveys/details/{Id}",
        ActivitySourceKind.Dialogue => $"/dialogues/details/{Id}",
        _ => null,
    };

    public string Describe() => Kind switch
    {
        ActivitySourceKind.Article => "bài viết",
        ActivitySourceKind.Survey => "khảo sát, cuộc thi",
        ActivitySourceKind.Dialogue => "đối thoại, hội nghị",
        _ => "",
    };

    public static async Task<ActivitySource> OfAsync(LoaDbContext db, int activityId, CancellationToken cancellationToken = default)
    {
        if (await db.Articles.Where(a => a.ActivityId == activityId).Select(a => new { a.Id, a.Title }).FirstOrDefaultAsync(cancellationToken) is { } article)
        {
            return new ActivitySource(ActivitySourceKind.Article, article.Id, article.Title);
        }

        if (await db.Surveys.Where(s => s.ActivityId == activityId).Select(s => new { s.Id, s.Title }).FirstOrDefaultAsync(cancellationToken) is { } survey)
        {
            return new ActivitySource(ActivitySourceKind.Survey, survey.Id, survey.Title);
        }

        var dialogue = await db.Dialogues.Where(d => d.ActivityId == activityId).Select(d => new { d.Id, d.Subject }).FirstOrDefaultAsync(cancellationToken);
        if (dialogue is not null)
        {
            return new ActivitySource(ActivitySourceKind.Dialogue, dialogue.Id, dialogue.Subject);
        }

        return Recorded;
    }
}
