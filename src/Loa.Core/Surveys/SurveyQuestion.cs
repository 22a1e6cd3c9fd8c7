namespace Loa.Surveys;

/// <summary>
/// One question of a survey, in a section: choose one or several options, a scale from 1 to 5 (its options are the
/// five labels), or a free answer. In a contest, the correct options (<see cref="CorrectMask"/>) earn <see cref="Points"/>.
/// </summary>
public sealed class SurveyQuestion
{
    /// <summary>The most options a choice question may have.</summary>
    public const int MaxOptions = 12;

    public int Id { get; set; }

    public int SurveyId { get; set; }

    public int SectionId { get; set; }

    public int Order { get; set; }

    public QuestionKind Kind { get; set; } = QuestionKind.PickOne;

    public string Text { get; set; } = "";

    /// <summary>A hint under the question.</summary>
    public string? Help { get; set; }

    public bool Required { get; set; }

    /// <summary>The options of a choice question, or the five labels of a scale (1 … 5).</summary>
    public List<string> Options { get; set; } = [];

    /// <summary>Contests: bit i set when option i is correct.</summary>
    public int CorrectMask { get; set; }

    /// <summary>Contests: what a fully correct answer earns.</summary>
    public int Points { get; set; }

    public bool IsChoice => Kind is QuestionKind.PickOne or QuestionKind.PickMany;
}

public enum QuestionKind
{
    PickOne = 1,
    PickMany = 2,
    Scale = 3,
    Text = 4,
}
