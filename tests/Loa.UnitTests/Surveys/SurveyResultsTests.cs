using Loa.Surveys;

namespace Loa.UnitTests.Surveys;

public sealed class SurveyResultsTests
{
    [Fact]
    public void Figures_count_each_option_and_point_and_average_the_scale()
    {
        var where = new SurveyQuestion { Id = 1, Kind = QuestionKind.PickOne, Options = ["Trực tiếp", "Trực tuyến", "Bưu chính"] };
        var channels = new SurveyQuestion { Id = 2, Kind = QuestionKind.PickMany, Options = ["Niêm yết", "Cổng", "Người quen"] };
        var scale = new SurveyQuestion { Id = 3, Kind = QuestionKind.Scale, Options = [.. SurveyTemplates.SatisfactionScale] };
        var comment = new SurveyQuestion { Id = 4, Kind = QuestionKind.Text };
        var answers = new List<SurveyAnswer>
        {
            new() { QuestionId = 1, Mask = 0b001 }, new() { QuestionId = 1, Mask = 0b001 }, new() { QuestionId = 1, Mask = 0b010 },
            new() { QuestionId = 2, Mask = 0b011 }, new() { QuestionId = 2, Mask = 0b010 },
            new() { QuestionId = 3, Value = 5 }, new() { QuestionId = 3, Value = 4 }, new() { QuestionId = 3, Value = 4 }, new() { QuestionId = 3, Value = 2 },
            new() { QuestionId = 4, Text = "  Tốt  " }, new() { QuestionId = 4, Text = " " },
        };

        var results = SurveyResults.Compute([where, channels, scale, comment], answers, respondents: 4);

        Assert.Equal([2, 1, 0], results[0].Counts);
        Assert.Equal(3, results[0].Answered);
        Assert.Equal(2.0 / 3, results[0].Share(0), 6);
        Assert.Equal([1, 2, 0], results[1].Counts);
        Assert.Equal(2, results[1].Answered);
        Assert.Equal([0, 1, 0, 2, 1], results[2].Counts);
        Assert.Equal(3.75, results[2].Average);
        Assert.Equal("4 – Hài lòng", results[2].Labels[3]);
        Assert.Equal(["Tốt"], results[3].Texts);
    }

    [Fact]
    public void A_question_nobody_answered_has_zero_shares_and_no_average()
    {
        var scale = new SurveyQuestion { Id = 3, Kind = QuestionKind.Scale, Options = [.. SurveyTemplates.SatisfactionScale] };
        var result = SurveyResults.Compute([scale], [], 0).Single();
        Assert.Null(result.Average);
        Assert.Equal(0, result.Share(2));
    }

    [Fact]
    public void The_templates_are_complete()
    {
        var now = new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc);
        var sipas = SurveyTemplates.Satisfaction(1, 2, "phường Phước Tân", now);
        string[] aspects = ["Tiếp cận dịch vụ", "Thủ tục hành chính", "Công chức", "Kết quả giải quyết", "góp ý, phản ánh"];
        Assert.All(aspects, a => Assert.Contains(sipas.Sections, s => s.Title.Contains(a, StringComparison.OrdinalIgnoreCase)));
        Assert.Contains(sipas.Questions, q => q.Kind == QuestionKind.Scale);
        Assert.Contains(sipas.Questions, q => q.Kind == QuestionKind.Text);
        Assert.Contains("không phải phiếu điều tra chính thức", sipas.Intro, StringComparison.Ordinal);

        var contest = SurveyTemplates.Contest(1, 2, "phường Phước Tân", now);
        Assert.Equal(10, contest.Questions.Count);
        Assert.All(contest.Questions, q => Assert.NotEqual(0, q.CorrectMask));
        Assert.All(contest.Questions.Where(q => q.Kind == QuestionKind.PickOne), q => Assert.Equal(1, AnswerMask.Count(q.CorrectMask)));
        Assert.Equal(100, ContestScoring.MaxScore(contest.Questions));
    }
}
