using Loa.Surveys;

namespace Loa.Surveys;

/// <summary>
/// The figures of a survey's answers, question by question: counts and shares of each option, the spread and average
/// of a scale, the text answers.
/// </summary>
public static class SurveyResults
{
    public static IReadOnlyList<QuestionResult> Compute(IEnumerable<SurveyQuestion> questions, IEnumerable<SurveyAnswer> answers, int respondents)
    {
        var byQuestion = answers.GroupBy(a => a.QuestionId).ToDictionary(g => g.Key, g => g.ToList());
        return questions.Select(q => Of(q, byQuestion.GetValueOrDefault(q.Id) ?? [], respondents)).ToList();
    }

    private static QuestionResult Of(SurveyQuestion question, List<SurveyAnswer> answers, int respondents)
    {
        switch (question.Kind)
        {
            case QuestionKind.PickOne or QuestionKind.PickMany:
                {
                    var answered = answers.Where(a => a.Mask != 0).ToList();
                    var counts = question.Options.Select((_, i) => answered.Count(a => AnswerMask.Has(a.Mask, i))).ToList();
                    return new QuestionResult(
                        question, answered.Count, respondents, counts, null, [], answered.Count(a => ContestScoring.IsCorrect(question, a.Mask)));
                }

            case QuestionKind.Scale:
                {
                    var values = answers.Where(a => a.Value is >= 1 and <= 5).Select(a => a.Value!.Value).ToList();
                    var counts = Enumerable.Range(1, 5).Select(v => values.Count(x => x == v)).ToList();
                    double? average = values.Count == 0 ? null : Math.Round(values.Average(), 2, MidpointRounding.AwayFromZero);
                    return new QuestionResult(question, values.Count, respondents, counts, average, [], null);
                }

            default:
                {
                    var texts = answers.Select(a => a.Text?.Trim()).OfType<string>().Where(t => t.Length > 0).ToList();
                    return new QuestionResult(question, texts.Count, respondents, [], null, texts, null);
                }
        }
    }
}

/// <summary>
/// One question's figures: how many answered it, a count per option (or per point of the scale 1 … 5), the average
/// of a scale, the text answers, and for a contest how many got it right.
/// </summary>
public sealed record QuestionResult(
    SurveyQuestion Question,
    int Answered,
    int Respondents,
    IReadOnlyList<int> Counts,
    double? Average,
    IReadOnlyList<string> Texts,
    int? Correct)
{
    /// <summary>The share of those who answered the question that chose the option (or point); 0 when nobody answered.</summary>
    public double Share(int index) => Answered == 0 || index >= Counts.Count ? 0 : (double)Counts[index] / Answered;

    /// <summary>The labels along the chart: the options, or "1 – Rất không hài lòng" … for a scale.</summary>
    public IReadOnlyList<string> Labels => Question.Kind == QuestionKind.Scale
        ? Enumerable.Range(1, 5).Select(
            v => Question.Options.Count >= v && Question.Options[v - 1].Length > 0 ? $"{v} – {Question.Options[v - 1]}" : v.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList()
        : Question.Options;
}
