using Loa.Domain;

namespace Loa.Surveys;

/// <summary>
/// What src/Loa.Core/Demo still calls by its old name (issue 12: the demo moves to its own project on another branch);
/// delete this class once DemoSurveys calls <see cref="VietnamTime"/>, <see cref="AnswerMask"/>,
/// <see cref="RespondentIdentity"/> and <see cref="ContestScoring"/> itself.
/// </summary>
public static class SurveyRules
{
    public static DateTime StartOfDayUtc(DateOnly day) => VietnamTime.StartOfDayUtc(day);

    public static bool Has(int mask, int option) => AnswerMask.Has(mask, option);

    public static string RespondentHash(int surveyId, OncePer oncePer, string key, ReadOnlySpan<byte> secret) =>
        RespondentIdentity.Hash(surveyId, oncePer, key, secret);

    public static int Score(IEnumerable<SurveyQuestion> questions, IReadOnlyDictionary<int, int> masksByQuestion) =>
        ContestScoring.Score(questions, masksByQuestion);
}
