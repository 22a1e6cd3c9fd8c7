using Loa.Domain;
namespace Loa.Surveys;

/// <summary>
/// One person's answers to a survey, or one attempt at a contest. Who answered is kept as a hash only
/// (<see cref="RespondentHash"/>: of the device's random token or of the phone number), enough to refuse a second
/// answer; a contestant's name and phone are kept only when they give them, with consent, for prizes.
/// </summary>
public sealed class SurveyResponse : ICommuneOwned
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public int SurveyId { get; set; }

    /// <summary>A keyed hash of the device token or phone number: one response per survey and hash.</summary>
    public string RespondentHash { get; set; } = "";

    /// <summary>Contests: the contestant's name, given with consent.</summary>
    public string? Name { get; set; }

    /// <summary>Contests: the contestant's phone number, given with consent.</summary>
    public string? Phone { get; set; }

    /// <summary>When consent to keep the name and phone was given.</summary>
    public DateTime? ConsentAt { get; set; }

    public DateTime StartedAt { get; set; }

    /// <summary>None while a contest attempt is under way.</summary>
    public DateTime? SubmittedAt { get; set; }

    /// <summary>Contests: the points earned (none for an attempt sent after its time was up).</summary>
    public int? Score { get; set; }

    /// <summary>Contests: seconds from start to submission.</summary>
    public int? DurationSeconds { get; set; }

    /// <summary>Contests: sent after the time limit, so not scored.</summary>
    public bool OverTime { get; set; }

    public List<SurveyAnswer> Answers { get; set; } = [];
}

/// <summary>The answer to one question: the options chosen (a bit each), the point of the scale, or the text.</summary>
public sealed class SurveyAnswer
{
    public int Id { get; set; }

    public int ResponseId { get; set; }

    public int QuestionId { get; set; }

    /// <summary>Choice questions: bit i set when option i was chosen.</summary>
    public int Mask { get; set; }

    /// <summary>Scale questions: 1 … 5.</summary>
    public int? Value { get; set; }

    public string? Text { get; set; }
}
