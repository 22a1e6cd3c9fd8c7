namespace Loa.Surveys;

/// <summary>How a contest scores an attempt.</summary>
public static class ContestScoring
{
    /// <summary>Whether a choice answer is right: exactly the correct options, no more, no fewer.</summary>
    public static bool IsCorrect(SurveyQuestion question, int mask) => question.IsChoice && question.CorrectMask != 0 && mask == question.CorrectMask;

    /// <summary>A contest's score: the points of every question answered exactly right.</summary>
    public static int Score(IEnumerable<SurveyQuestion> questions, IReadOnlyDictionary<int, int> masksByQuestion) =>
        questions.Where(q => masksByQuestion.TryGetValue(q.Id, out var mask) && IsCorrect(q, mask)).Sum(q => q.Points);

    /// <summary>The most a contest can earn.</summary>
    public static int MaxScore(IEnumerable<SurveyQuestion> questions) => questions.Where(q => q.IsChoice && q.CorrectMask != 0).Sum(q => q.Points);
}
