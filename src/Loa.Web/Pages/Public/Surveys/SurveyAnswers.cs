using System.Globalization;
using Loa.Surveys;
using Loa.Text;

namespace Loa.Web.Pages.Public.Surveys;

/// <summary>
/// Reads the answers of a survey form (field "a{question id}": an option's index, several for "choose many", 1–5
/// for a scale, the text) and says, in Vietnamese, which required questions were left unanswered.
/// </summary>
public static class SurveyAnswers
{
    public const int MaxText = 2000;

    public static string Field(SurveyQuestion question) => "a" + question.Id.ToString(CultureInfo.InvariantCulture);

    public static (List<SurveyAnswer> Answers, Dictionary<int, string> Problems) Read(
        IFormCollection form, IReadOnlyList<SurveyQuestion> questions, bool enforceRequired = true)
    {
        var answers = new List<SurveyAnswer>();
        var problems = new Dictionary<int, string>();
        for (var n = 0; n < questions.Count; n++)
        {
            var q = questions[n];
            var values = form[Field(q)];
            var label = $"Câu {n + 1}";
            switch (q.Kind)
            {
                case QuestionKind.PickOne or QuestionKind.PickMany:
                    {
                        var chosen = values
                            .Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1)
                            .Where(i => i >= 0 && i < q.Options.Count)
                            .Distinct()
                            .ToList();
                        if (q.Kind == QuestionKind.PickOne && chosen.Count > 1)
                        {
                            chosen = [chosen[0]];
                        }

                        if (chosen.Count > 0)
                        {
                            answers.Add(new SurveyAnswer { QuestionId = q.Id, Mask = AnswerMask.Mask(chosen, q.Options.Count) });
                        }
                        else if (q.Required && enforceRequired)
                        {
                            problems[q.Id] = q.Kind == QuestionKind.PickOne ? $"{label}: hãy chọn một phương án." : $"{label}: hãy chọn ít nhất một phương án.";
                        }

                        break;
                    }

                case QuestionKind.Scale:
                    {
                        if (int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 5)
                        {
                            answers.Add(new SurveyAnswer { QuestionId = q.Id, Value = value });
                        }
                        else if (q.Required && enforceRequired)
                        {
                            problems[q.Id] = $"{label}: hãy chọn một mức từ 1 đến 5.";
                        }

                        break;
                    }

                default:
                    {
                        // Read from the form itself, not bound: the rule for text from outside is applied here.
                        var text = InputText.Clean(values.FirstOrDefault())?.Trim() ?? "";
                        if (text.Length > MaxText)
                        {
                            problems[q.Id] = $"{label}: câu trả lời dài quá 2.000 ký tự.";
                        }
                        else if (text.Length > 0)
                        {
                            answers.Add(new SurveyAnswer { QuestionId = q.Id, Text = text });
                        }
                        else if (q.Required && enforceRequired)
                        {
                            problems[q.Id] = $"{label}: hãy nhập câu trả lời.";
                        }

                        break;
                    }
            }
        }

        return (answers, problems);
    }

    /// <summary>What the form showed as chosen, to render it again after a problem.</summary>
    public static bool WasChosen(IFormCollection? form, SurveyQuestion question, int value) =>
        form is not null && form[Field(question)].Contains(value.ToString(CultureInfo.InvariantCulture));

    public static string? TextOf(IFormCollection? form, SurveyQuestion question) => form?[Field(question)].FirstOrDefault();
}
