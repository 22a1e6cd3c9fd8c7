using Loa.Data;
using Loa.Domain;
using Loa.Domain.Geography;
using Loa.Plans;
using Loa.Surveys;
using Loa.Text;
using Microsoft.EntityFrameworkCore;

namespace Loa.Demo;

/// <summary>
/// A demo commune's portal surveys: the SIPAS-modelled satisfaction survey, open for a month before and after today,
/// with 40–80 plausible responses; and the knowledge contest, open too, linked to the plan's contest task (so its
/// participants count as reach), with 25–35 scored attempts and a ranking. Deterministic for a commune.
/// </summary>
internal static class DemoSurveys
{
    private static readonly string[] Comments =
    [
        "Nên bố trí thêm ghế ngồi chờ vào buổi sáng thứ Hai.",
        "Công chức hướng dẫn rất nhiệt tình, cảm ơn.",
        "Mong có thêm hướng dẫn nộp hồ sơ trực tuyến cho người lớn tuổi.",
        "Nên nhắn tin báo khi có kết quả để đỡ phải đi lại.",
        "Máy lấy số thứ tự đôi khi bị lỗi.",
        "Thủ tục nhanh gọn hơn trước nhiều.",
        "Đề nghị niêm yết phí, lệ phí rõ hơn ở bảng tin.",
        "Chỗ để xe chật, trời mưa hơi bất tiện.",
        "Hài lòng, không có góp ý thêm.",
        "Mong mở thêm quầy vào sáng thứ Bảy.",
    ];

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Huỳnh"];

    private static readonly string[] MiddleNames = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Thu", "Quốc"];

    private static readonly string[] GivenNames =
    [
        "An", "Bình", "Chi", "Dũng", "Hà", "Hải", "Hòa", "Hương", "Khang", "Lan", "Linh",
        "Long", "Mai", "Nam", "Phúc", "Quyên", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy",
    ];

    public static async Task SeedAsync(LoaDbContext db, Commune commune, Plan plan, string coordinatorId, DateOnly today, CancellationToken cancellationToken)
    {
        var random = new Random(commune.Id * 7919);
        var opens = VietnamTime.StartOfDayUtc(today.AddDays(-30));
        var now = VietnamTime.StartOfDayUtc(today).AddHours(2);

        var survey = SurveyTemplates.Satisfaction(commune.ProvinceId, commune.Id, $"{commune.Kind.Word()} {commune.Locality}", opens);
        survey.Status = SurveyStatus.Open;
        survey.OpensAt = opens;
        survey.ClosesAt = VietnamTime.StartOfDayUtc(today.AddDays(31));
        survey.ShowRanking = true;
        var contest = SurveyTemplates.Contest(commune.ProvinceId, commune.Id, $"{commune.Kind.Word()} {commune.Locality}", opens);
        contest.Status = SurveyStatus.Open;
        contest.OpensAt = opens.AddDays(10);
        contest.ClosesAt = VietnamTime.StartOfDayUtc(today.AddDays(21));
        contest.TaskId = ContestTask(plan)?.Id;
        db.Surveys.AddRange(survey, contest);
        await db.SaveChangesAsync(cancellationToken);

        var respondents = random.Next(40, 81);
        for (var i = 0; i < respondents; i++)
        {
            var at = opens.AddMinutes(random.Next(0, (int)(now - opens).TotalMinutes));
            db.SurveyResponses.Add(new SurveyResponse
            {
                ProvinceId = commune.ProvinceId,
                CommuneId = commune.Id,
                SurveyId = survey.Id,
                RespondentHash = RespondentIdentity.Hash(survey.Id, OncePer.Device, $"demo-{commune.Code}-{i}", []),
                StartedAt = at.AddMinutes(-random.Next(3, 9)),
                SubmittedAt = at,
                Answers = survey.Questions.Select(q => Answer(q, random)).OfType<SurveyAnswer>().ToList(),
            });
        }

        var contestants = random.Next(25, 36);
        var scored = contest.Questions.ToList();
        for (var i = 0; i < contestants; i++)
        {
            var started = contest.OpensAt!.Value.AddMinutes(random.Next(0, (int)(now - contest.OpensAt.Value).TotalMinutes));
            var skill = 0.45 + (random.NextDouble() * 0.5);
            var answers = scored
                .Select(q => new SurveyAnswer { QuestionId = q.Id, Mask = random.NextDouble() < skill ? q.CorrectMask : WrongMask(q, random) })
                .ToList();
            var seconds = random.Next(150, 1150);
            var named = random.NextDouble() < 0.85;
            var phone = $"09{random.Next(10_000_000, 99_999_999)}";
            db.SurveyResponses.Add(new SurveyResponse
            {
                ProvinceId = commune.ProvinceId,
                CommuneId = commune.Id,
                SurveyId = contest.Id,
                RespondentHash = RespondentIdentity.Hash(contest.Id, OncePer.Phone, $"demo-{commune.Code}-{i}", []),
                Name = named ? $"{FamilyNames[random.Next(FamilyNames.Length)]} {MiddleNames[random.Next(MiddleNames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}" : null,
                Phone = named ? phone : null,
                ConsentAt = named ? started : null,
                StartedAt = started,
                SubmittedAt = started.AddSeconds(seconds),
                DurationSeconds = seconds,
                Score = ContestScoring.Score(scored, answers.ToDictionary(a => a.QuestionId, a => a.Mask)),
                Answers = answers,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await SurveyActivities.SyncAsync(db, contest, coordinatorId, "/x/" + commune.Code, today, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The plan's task about a contest (or, failing that, the nearest one), to count the demo contest for.</summary>
    private static KeyTask? ContestTask(Plan plan)
    {
        var tasks = plan.Tasks.Where(t => t.Id != 0).OrderBy(t => t.Order).ToList();
        // Plans without a contest of their own: the task closest to it (young people and online services, then dialogues).
        string[] topics = ["cuoc thi", "khao sat", "thanh nien", "doi thoai"];
        return topics
                .Select(topic => tasks.FirstOrDefault(t => VietnameseText.Fold(t.Name).Contains(topic, StringComparison.Ordinal)))
                .FirstOrDefault(t => t is not null)
            ?? tasks.FirstOrDefault();
    }

    private static SurveyAnswer? Answer(SurveyQuestion q, Random random)
    {
        switch (q.Kind)
        {
            case QuestionKind.Scale:
                var roll = random.NextDouble();
                return new SurveyAnswer { QuestionId = q.Id, Value = roll < 0.02 ? 1 : roll < 0.07 ? 2 : roll < 0.24 ? 3 : roll < 0.68 ? 4 : 5 };
            case QuestionKind.PickOne:
                // Earlier options are the common ones (hộ tịch, chứng thực; nộp trực tiếp).
                var index = Math.Min(q.Options.Count - 1, (int)Math.Floor(Math.Pow(random.NextDouble(), 1.8) * q.Options.Count));
                return new SurveyAnswer { QuestionId = q.Id, Mask = 1 << index };
            case QuestionKind.PickMany:
                var mask = 0;
                for (var i = 0; i < q.Options.Count; i++)
                {
                    if (random.NextDouble() < 0.55 - (i * 0.07))
                    {
                        mask |= 1 << i;
                    }
                }

                return mask == 0 ? (q.Required ? new SurveyAnswer { QuestionId = q.Id, Mask = 1 } : null) : new SurveyAnswer { QuestionId = q.Id, Mask = mask };
            default:
                return random.NextDouble() < 0.3 ? new SurveyAnswer { QuestionId = q.Id, Text = Comments[random.Next(Comments.Length)] } : null;
        }
    }

    private static int WrongMask(SurveyQuestion q, Random random)
    {
        var wrong = Enumerable.Range(0, q.Options.Count).Where(i => !AnswerMask.Has(q.CorrectMask, i)).ToList();
        return wrong.Count == 0 ? 0 : 1 << wrong[random.Next(wrong.Count)];
    }
}
