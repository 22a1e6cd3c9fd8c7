namespace Loa.Surveys;

/// <summary>A part of a survey with a heading ("I. Tiếp cận dịch vụ"); its questions follow in order.</summary>
public sealed class SurveySection
{
    public int Id { get; set; }

    public int SurveyId { get; set; }

    public int Order { get; set; }

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public List<SurveyQuestion> Questions { get; set; } = [];
}
