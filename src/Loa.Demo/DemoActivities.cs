using Loa.Activities;
using Loa.Plans;
using Loa.Plans.Progress;

namespace Loa.Demo;

/// <summary>
/// Plausible recorded activities for a demo plan, from its issue date to today: most tasks keep pace,
/// some fall behind (so that late marks show), all deterministic for a given plan and day (or random source).
/// Tasks with a quantity target get up to their target; tasks without one get one activity about every
/// <c>everyDays</c> days of their time; recurring tasks get theirs each period.
/// </summary>
internal static class DemoActivities
{
    private static readonly string[] Topics =
    [
        "hướng dẫn nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia",
        "kết quả Chỉ số cải cách hành chính (PAR INDEX) năm 2025",
        "lợi ích của tài khoản định danh điện tử VNeID",
        "thanh toán trực tuyến phí, lệ phí thủ tục hành chính",
        "Chỉ số hài lòng của người dân (SIPAS)",
        "dịch vụ bưu chính công ích trong giải quyết thủ tục hành chính",
        "chuyển đổi số và Tổ công nghệ số cộng đồng",
        "cải cách thủ tục hành chính lĩnh vực đất đai",
        "quy tắc ứng xử của cán bộ, công chức tại Bộ phận một cửa",
        "đường dây nóng tiếp nhận phản ánh, kiến nghị",
        "văn bản quy phạm pháp luật mới về đất đai, xây dựng",
        "tổ chức bộ máy chính quyền địa phương hai cấp sau sắp xếp",
        "công khai ngân sách và cơ chế tự chủ của đơn vị sự nghiệp công lập",
    ];

    /// <summary>The average pace: 30% of tasks at 0.4, the others between 1.0 and 1.2.</summary>
    private const double MeanPace = (0.3 * 0.4) + (0.7 * 1.1);

    public static List<Activity> For(Plan plan, Func<int, string> recorderFor, int fallbackUnitId, DateOnly issuedOn, DateOnly today) =>
        For(plan, recorderFor, fallbackUnitId, issuedOn, today, new Random(plan.CommuneId ?? 0), everyDays: 40);

    public static List<Activity> For(
        Plan plan,
        Func<int, string> recorderFor,
        int fallbackUnitId,
        DateOnly issuedOn,
        DateOnly today,
        Random random,
        double everyDays)
    {
        var activities = new List<Activity>();
        foreach (var (task, timeframe, from, to) in Spans(plan, issuedOn, today))
        {
            var pace = random.NextDouble() < 0.3 ? 0.4 : 1.0 + (random.NextDouble() * 0.2);
            var unitId = task.Leads.Select(l => l.UnitId).FirstOrDefault(id => id is not null) ?? fallbackUnitId;
            var channel = ChannelKindGuess.FromText($"{task.Name} {task.Products}");
            foreach (var date in Dates(timeframe, task.QuantityValue, from, to, pace, everyDays, random))
            {
                activities.Add(Make(plan, task, unitId, channel, date, recorderFor(unitId), random));
            }
        }

        return activities;
    }

    /// <summary>
    /// The <c>everyDays</c> that gives about <paramref name="budget"/> activities for the plan between its issue and
    /// today: what targeted and recurring tasks give is counted first, the tasks without a target share the rest.
    /// </summary>
    public static double EveryDaysFor(Plan plan, DateOnly issuedOn, DateOnly today, int budget)
    {
        double fixedCount = 0;
        double openDays = 0;
        foreach (var (task, timeframe, from, to) in Spans(plan, issuedOn, today))
        {
            if (timeframe.Kind == TimeframeKind.Recurring)
            {
                fixedCount += timeframe.Periods().Count(p => p.End >= from && p.Start <= to) * timeframe.PerPeriod * 0.85;
            }
            else if (task.QuantityValue is > 0 and var target)
            {
                fixedCount += Math.Min(target, target * timeframe.Elapsed(to) * MeanPace);
            }
            else
            {
                openDays += to.DayNumber - from.DayNumber;
            }
        }

        var rest = Math.Max(budget * 0.2, budget - fixedCount);
        return openDays <= 0 ? 40 : Math.Clamp(openDays * MeanPace / rest, 2, 90);
    }

    /// <summary>Each task without sub-rows, its timeframe, and the part of it between the issue date and today.</summary>
    private static IEnumerable<(KeyTask Task, Timeframe Timeframe, DateOnly From, DateOnly To)> Spans(Plan plan, DateOnly issuedOn, DateOnly today)
    {
        var last = today < new DateOnly(plan.Year, 12, 31) ? today : new DateOnly(plan.Year, 12, 31);
        foreach (var task in plan.Tasks.Where(t => t.Children.Count == 0).OrderBy(t => t.Order))
        {
            var timeframe = TimeframeReader.Read(task.Timeframe ?? task.Parent?.Timeframe, plan.Year);
            var from = timeframe.Start > issuedOn ? timeframe.Start : issuedOn;
            var to = timeframe.End < last ? timeframe.End : last;
            if (to >= from)
            {
                yield return (task, timeframe, from, to);
            }
        }
    }

    private static IEnumerable<DateOnly> Dates(Timeframe timeframe, int? target, DateOnly from, DateOnly to, double pace, double everyDays, Random random)
    {
        if (timeframe.Kind == TimeframeKind.Recurring)
        {
            var periods = timeframe.Periods().Where(p => p.End >= from && p.Start <= to).ToList();
            return periods
                .Where((_, i) => pace >= 1 || i % 2 == 0)
                .SelectMany(p => Enumerable.Range(0, timeframe.PerPeriod).Select(_ => Between(Max(p.Start, from), Min(p.End, to), random)));
        }

        var count = target is > 0
            ? (int)Math.Round(target.Value * timeframe.Elapsed(to) * pace)
            : (int)Math.Round((to.DayNumber - from.DayNumber) / everyDays * pace);
        if (target is > 0)
        {
            count = Math.Min(count, target.Value);
        }

        return Enumerable.Range(0, Math.Max(0, count)).Select(_ => Between(from, to, random)).Order();
    }

    private static Activity Make(Plan plan, KeyTask task, int unitId, ChannelKind channel, DateOnly date, string recorderId, Random random)
    {
        var topic = Topics[random.Next(Topics.Length)];
        (string Title, int? Participants, int? Views, int? Copies) shape = channel switch
        {
            ChannelKind.Conference => ($"Hội nghị tuyên truyền về {topic}", random.Next(40, 160), null, null),
            ChannelKind.Dialogue => ($"Đối thoại với người dân, doanh nghiệp về {topic}", random.Next(50, 200), null, null),
            ChannelKind.Video => ($"Video clip: {Capital(topic)}", null, random.Next(300, 4000), null),
            ChannelKind.Broadcast => ($"Phát thanh chuyên mục CCHC: {topic}", null, random.Next(500, 3000), null),
            ChannelKind.Panel => ($"Lắp đặt pano tuyên truyền {topic}", null, null, 1),
            ChannelKind.Leaflet => ($"Phát tờ gấp về {topic}", null, null, random.Next(200, 1000)),
            ChannelKind.Mobile => ($"Tuyên truyền lưu động về {topic}", random.Next(100, 400), null, null),
            ChannelKind.PublicListing => ($"Cập nhật niêm yết thủ tục hành chính: {topic}", null, random.Next(100, 600), null),
            ChannelKind.Contest => ($"Cuộc thi tìm hiểu về {topic}", random.Next(80, 500), null, null),
            ChannelKind.SocialMedia => ($"Bài đăng mạng xã hội: {Capital(topic)}", null, random.Next(500, 6000), null),
            _ => ($"Tin bài: {Capital(topic)}", null, random.Next(200, 2500), null),
        };
        var (title, participants, views, copies) = shape;
        return new Activity
        {
            ProvinceId = plan.ProvinceId,
            CommuneId = plan.CommuneId,
            Plan = plan,
            Task = task,
            UnitId = unitId,
            Date = date,
            Title = title,
            Quantity = 1,
            Channel = channel,
            ContentArea = ContentAreaText.Guess(topic) is var area && area != ContentArea.General ? area : ContentAreaText.Guess(task.Name),
            Participants = participants,
            Views = views,
            Copies = copies,
            RecordedById = recorderId,
            RecordedAt = date.ToDateTime(new TimeOnly(16, 30), DateTimeKind.Utc),
        };
    }

    private static DateOnly Between(DateOnly from, DateOnly to, Random random) => from.AddDays(random.Next(0, to.DayNumber - from.DayNumber + 1));

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
