using Loa.Surveys;

namespace Loa.Web.Pages.Surveys;

/// <summary>The general settings of a survey as its edit form sends them.</summary>
public sealed class SettingsForm
{
    public string? Title { get; set; }

    public string? Intro { get; set; }

    public OncePer OncePer { get; set; } = OncePer.Device;

    public int? TimeLimitMinutes { get; set; }

    public bool ShowRanking { get; set; }

    public int Version { get; set; }

    public static SettingsForm From(Survey survey) => new()
    {
        Title = survey.Title,
        Intro = survey.Intro,
        OncePer = survey.OncePer,
        TimeLimitMinutes = survey.TimeLimitMinutes,
        ShowRanking = survey.ShowRanking,
        Version = survey.Version,
    };

    public IEnumerable<string> Problems(Survey survey, bool hasResponses)
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            yield return "Hãy nhập tên khảo sát hoặc cuộc thi.";
        }
        else if (Title.Trim().Length > 300)
        {
            yield return "Tên dài quá 300 ký tự.";
        }

        if (Intro?.Trim().Length > 2000)
        {
            yield return "Lời giới thiệu dài quá 2.000 ký tự.";
        }

        if (!Enum.IsDefined(OncePer))
        {
            yield return "Hãy chọn cách giới hạn mỗi người trả lời một lần.";
        }
        else if (survey.IsContest && OncePer != OncePer.Phone)
        {
            yield return "Cuộc thi tính mỗi số điện thoại một lần (một người dự thi một lần theo thể lệ): không chọn được cách khác.";
        }
        else if (OncePer != survey.OncePer && hasResponses)
        {
            yield return "Đã có người trả lời nên không đổi được cách giới hạn mỗi người một lần.";
        }

        if (survey.IsContest && TimeLimitMinutes is not null and (< 1 or > 180))
        {
            yield return "Thời gian làm bài từ 1 đến 180 phút (để trống nếu không giới hạn).";
        }
    }

    public void ApplyTo(Survey survey)
    {
        survey.Title = Title!.Trim();
        survey.Intro = string.IsNullOrWhiteSpace(Intro) ? null : Intro.Trim();
        survey.OncePer = OncePer;
        survey.TimeLimitMinutes = survey.IsContest ? TimeLimitMinutes : null;
        survey.ShowRanking = ShowRanking;
    }
}

/// <summary>A section's heading as its form sends it.</summary>
public sealed class SectionForm
{
    public int? Id { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            yield return "Hãy nhập tên phần.";
        }
        else if (Title.Trim().Length > 300)
        {
            yield return "Tên phần dài quá 300 ký tự.";
        }

        if (Description?.Trim().Length > 1000)
        {
            yield return "Mô tả của phần dài quá 1.000 ký tự.";
        }
    }
}

/// <summary>
/// A question as its form sends it. The options come one per line; in a contest a line starting with “*” is a
/// correct answer. A scale's lines are its five labels (empty: the usual “Rất không hài lòng … Rất hài lòng”).
/// </summary>
public sealed class QuestionForm
{
    public int? Id { get; set; }

    public int SectionId { get; set; }

    public QuestionKind Kind { get; set; } = QuestionKind.PickOne;

    public string? Text { get; set; }

    public string? Help { get; set; }

    public bool Required { get; set; }

    public string? Options { get; set; }

    public int Points { get; set; } = 10;

    public static QuestionForm From(SurveyQuestion question, bool contest) => new()
    {
        Id = question.Id,
        SectionId = question.SectionId,
        Kind = question.Kind,
        Text = question.Text,
        Help = question.Help,
        Required = question.Required,
        Options = string.Join('\n', question.Options.Select((o, i) => contest && question.IsChoice && AnswerMask.Has(question.CorrectMask, i) ? "* " + o : o)),
        Points = question.Points,
    };

    /// <summary>The option lines, without the marks, and which are marked correct.</summary>
    public (List<string> Options, List<int> Correct) Lines()
    {
        var options = new List<string>();
        var correct = new List<int>();
        foreach (var raw in (Options ?? "").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '*')
            {
                correct.Add(options.Count);
                line = line[1..].Trim();
            }

            options.Add(line);
        }

        return (options, correct);
    }

    public IEnumerable<string> Problems(bool contest)
    {
        if (!Enum.IsDefined(Kind))
        {
            yield return "Hãy chọn loại câu hỏi.";
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            yield return "Hãy nhập nội dung câu hỏi.";
        }
        else if (Text.Trim().Length > 1000)
        {
            yield return "Nội dung câu hỏi dài quá 1.000 ký tự.";
        }

        if (Help?.Trim().Length > 500)
        {
            yield return "Phần gợi ý dài quá 500 ký tự.";
        }

        var (options, correct) = Lines();
        if (Kind is QuestionKind.PickOne or QuestionKind.PickMany)
        {
            if (options.Count < 2)
            {
                yield return "Câu hỏi lựa chọn cần ít nhất 2 phương án, mỗi phương án một dòng.";
            }
            else if (options.Count > SurveyQuestion.MaxOptions)
            {
                yield return $"Một câu hỏi có nhiều nhất {SurveyQuestion.MaxOptions} phương án.";
            }

            if (options.FirstOrDefault(o => o.Length > 300) is not null)
            {
                yield return "Mỗi phương án dài nhiều nhất 300 ký tự.";
            }

            if (options.GroupBy(o => o, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                yield return $"Phương án “{twice.Key}” bị trùng.";
            }

            if (contest)
            {
                if (correct.Count == 0)
                {
                    yield return "Hãy đánh dấu đáp án đúng bằng dấu * ở đầu dòng.";
                }
                else if (Kind == QuestionKind.PickOne && correct.Count > 1)
                {
                    yield return "Câu “Chọn một” chỉ có một đáp án đúng; nếu có nhiều đáp án đúng, hãy chọn loại “Chọn nhiều”.";
                }

                if (Points is < 1 or > 100)
                {
                    yield return "Điểm của câu hỏi từ 1 đến 100.";
                }
            }
        }
        else if (Kind == QuestionKind.Scale && options.Count is not (0 or 5))
        {
            yield return "Thang điểm cần đúng 5 nhãn (từ 1 đến 5), mỗi nhãn một dòng; để trống để dùng nhãn “Rất không hài lòng … Rất hài lòng”.";
        }
    }

    public void ApplyTo(SurveyQuestion question, bool contest)
    {
        var (options, correct) = Lines();
        question.Kind = Kind;
        question.Text = Text!.Trim();
        question.Help = string.IsNullOrWhiteSpace(Help) ? null : Help.Trim();
        question.Required = Required;
        question.Options = Kind switch
        {
            QuestionKind.PickOne or QuestionKind.PickMany => options,
            QuestionKind.Scale => options.Count == 5 ? options : [.. SurveyTemplates.SatisfactionScale],
            _ => [],
        };
        var scored = contest && question.IsChoice;
        question.CorrectMask = scored ? AnswerMask.Mask(correct, options.Count) : 0;
        question.Points = scored ? Points : 0;
    }
}
