using Loa.Surveys;

namespace Loa.UnitTests.Surveys;

public sealed class SurveyTakingTests
{
    private static readonly SurveyQuestion One = new() { Id = 1, Kind = QuestionKind.PickOne, Options = ["A", "B", "C"], CorrectMask = 0b010, Points = 10 };
    private static readonly SurveyQuestion Many = new()
    {
        Id = 2,
        Kind = QuestionKind.PickMany,
        Options = ["A", "B", "C", "D"],
        CorrectMask = 0b0111,
        Points = 20,
    };
    private static readonly SurveyQuestion Open = new() { Id = 3, Kind = QuestionKind.Text };

    private static readonly byte[] Secret = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    [Fact]
    public void A_contest_scores_only_exactly_right_answers()
    {
        Assert.Equal(30, ContestScoring.Score([One, Many, Open], new Dictionary<int, int> { [1] = 0b010, [2] = 0b0111 }));

        // one option short, one too many, the wrong one, nothing: no points for those questions
        Assert.Equal(0, ContestScoring.Score([One, Many], new Dictionary<int, int> { [1] = 0b001, [2] = 0b0011 }));
        Assert.Equal(10, ContestScoring.Score([One, Many], new Dictionary<int, int> { [1] = 0b010, [2] = 0b1111 }));
        Assert.Equal(0, ContestScoring.Score([One, Many], new Dictionary<int, int>()));
        Assert.Equal(30, ContestScoring.MaxScore([One, Many, Open]));
    }

    [Fact]
    public void The_time_limit_allows_a_little_grace_and_no_more()
    {
        var start = new DateTime(2026, 7, 1, 8, 0, 0, DateTimeKind.Utc);
        Assert.False(AttemptTime.IsOverTime(start, 20, start.AddMinutes(20)));
        Assert.False(AttemptTime.IsOverTime(start, 20, start.AddMinutes(20).AddSeconds(AttemptTime.GraceSeconds)));
        Assert.True(AttemptTime.IsOverTime(start, 20, start.AddMinutes(20).AddSeconds(AttemptTime.GraceSeconds + 1)));
        Assert.False(AttemptTime.IsOverTime(start, null, start.AddDays(3)));
        Assert.Equal(start.AddMinutes(20), AttemptTime.Deadline(start, 20));
    }

    [Fact]
    public void Once_per_person_the_same_person_gives_the_same_hash_and_nothing_readable()
    {
        var a = RespondentIdentity.Hash(5, OncePer.Phone, "0912345678", Secret);
        Assert.Equal(a, RespondentIdentity.Hash(5, OncePer.Phone, "0912345678", Secret));
        Assert.NotEqual(a, RespondentIdentity.Hash(6, OncePer.Phone, "0912345678", Secret));
        Assert.NotEqual(a, RespondentIdentity.Hash(5, OncePer.Phone, "0912345679", Secret));
        Assert.NotEqual(a, RespondentIdentity.Hash(5, OncePer.Device, "0912345678", Secret));
        Assert.DoesNotContain("0912345678", a, StringComparison.Ordinal);
        Assert.Equal(64, a.Length);
    }

    [Fact]
    public void Without_the_installations_secret_a_phone_numbers_hash_cannot_be_made_again()
    {
        var keyed = RespondentIdentity.Hash(5, OncePer.Phone, "0912345678", Secret);

        Assert.NotEqual(keyed, RespondentIdentity.Hash(5, OncePer.Phone, "0912345678", []));
        Assert.NotEqual(keyed, RespondentIdentity.Hash(5, OncePer.Phone, "0912345678", new byte[32]));
    }

    [Theory]
    [InlineData(SurveyKind.Contest, OncePer.Device, OncePer.Phone)]
    [InlineData(SurveyKind.Contest, OncePer.Phone, OncePer.Phone)]
    [InlineData(SurveyKind.Survey, OncePer.Device, OncePer.Device)]
    [InlineData(SurveyKind.Survey, OncePer.Phone, OncePer.Phone)]
    public void A_contest_takes_one_entry_per_phone_number_whatever_was_stored(SurveyKind kind, OncePer stored, OncePer counted)
    {
        Assert.Equal(counted, RespondentIdentity.OncePerOf(new Survey { Kind = kind, OncePer = stored }));
    }

    [Fact]
    public void The_ranking_puts_higher_scores_first_then_the_quickest_and_leaves_out_late_or_unsent_attempts()
    {
        var sent = new DateTime(2026, 7, 1, 8, 0, 0, DateTimeKind.Utc);
        SurveyResponse R(int id, int? score, int seconds, bool overTime = false, bool submitted = true) =>
            new() { Id = id, Score = score, DurationSeconds = seconds, OverTime = overTime, SubmittedAt = submitted ? sent.AddMinutes(id) : null };
        var ranked = ContestRanking.Rank(
            [R(1, 70, 300), R(2, 90, 600), R(3, 90, 400), R(4, 100, 900, overTime: true), R(5, 100, 100, submitted: false), R(6, 70, 300)]);
        Assert.Equal([3, 2, 1, 6], ranked.Select(r => r.Response.Id));
        Assert.Equal([1, 2, 3, 3], ranked.Select(r => r.Rank));
    }

    [Fact]
    public void The_public_sees_a_given_name_and_a_masked_phone()
    {
        Assert.Equal("Lan", ContestRanking.PublicName("Nguyễn Thị  Lan"));
        Assert.Equal("Người tham gia", ContestRanking.PublicName(null));
    }

    [Fact]
    public void A_survey_accepts_answers_only_while_open_and_in_its_period()
    {
        var now = new DateTime(2026, 7, 1, 8, 0, 0, DateTimeKind.Utc);
        var survey = new Survey { Status = SurveyStatus.Open, OpensAt = now.AddDays(-1), ClosesAt = now.AddDays(1) };
        Assert.True(survey.AcceptsAnswers(now));
        Assert.False(survey.AcceptsAnswers(now.AddDays(1)));
        Assert.True(survey.HasEnded(now.AddDays(1)));
        Assert.False(survey.AcceptsAnswers(now.AddDays(-2)));
        Assert.False(survey.IsPublic(now.AddDays(-2)));
        Assert.False(new Survey { Status = SurveyStatus.Draft }.IsPublic(now));
        Assert.False(new Survey { Status = SurveyStatus.Closed, OpensAt = now.AddDays(-3) }.AcceptsAnswers(now));
        Assert.True(new Survey { Status = SurveyStatus.Closed, OpensAt = now.AddDays(-3) }.IsPublic(now));
    }

    [Fact]
    public void A_day_in_Vietnam_starts_at_17h_UTC_the_day_before()
    {
        Assert.Equal(new DateTime(2026, 6, 30, 17, 0, 0, DateTimeKind.Utc), Loa.Domain.VietnamTime.StartOfDayUtc(new DateOnly(2026, 7, 1)));
        Assert.Equal(new DateOnly(2026, 7, 1), Loa.Domain.VietnamTime.Day(new DateTime(2026, 6, 30, 17, 0, 0, DateTimeKind.Utc)));
    }
}
