using System.Globalization;
using Loa.Activities;
using Loa.Plans.Progress;
using Loa.Reports;
using Loa.Text;

namespace Loa.Inspections;

/// <summary>One line of the data behind a computed result, with the page that shows it when there is one.</summary>
public sealed record EvidenceLine(string Text, string? Url = null)
{
    /// <summary>As stored in <see cref="InspectionEntry.Details"/>: "text" or "text\turl".</summary>
    public string Stored => Url is null ? Text : $"{Text.Replace('\t', ' ')}\t{Url}";

    public static EvidenceLine Parse(string stored)
    {
        var tab = stored.IndexOf('\t', StringComparison.Ordinal);
        return tab < 0 ? new(stored) : new(stored[..tab], stored[(tab + 1)..]);
    }
}

/// <summary>A computed item's result on a day: the verdict, the value in words, and the data behind it.</summary>
public sealed record MeasureResult(ItemVerdict Verdict, string Value, IReadOnlyList<EvidenceLine> Details);

/// <summary>The commune's plan of the year as the checklist sees it.</summary>
public sealed record PlanFact(int Id, string Title, bool Issued, DateOnly? IssuedOn, string? Number);

/// <summary>A consolidated report sent to the province, by period.</summary>
public sealed record SentReport(ReportPeriodKind Period, DateOnly SentOn);

public sealed record ActivityFact(int Id, DateOnly Date, ChannelKind Channel);

/// <summary>A news item of the portal's CCHC section and the day it went public.</summary>
public sealed record ArticleFact(int Id, string Title, DateOnly PublishedOn);

/// <summary>A feedback, its deadline and the day it was answered (the answer approved, or the message turned away).</summary>
public sealed record FeedbackFact(int Id, int Number, DateOnly DueOn, DateOnly? AnsweredOn);

/// <summary>A leaf task of the plan and its progress on the day.</summary>
public sealed record TaskFact(int Id, string Label, string Name, ProgressStatus Status);

/// <summary>
/// The computed items of the inspection checklist, each a pure function of the commune's data as it stood on a day
/// (<c>asOf</c>: today while the inspection is open, the visit day once frozen). Data dated after that day does not
/// count, so a frozen record can be recomputed and gives the same verdicts.
/// </summary>
public static class ChecklistMeasures
{
    /// <summary>The bar a measure uses when the item names none.</summary>
    public static int? DefaultThreshold(ChecklistMeasure measure) => measure switch
    {
        ChecklistMeasure.ChannelsUsed => 4,
        ChecklistMeasure.PortalUpToDate => 30,
        ChecklistMeasure.FeedbackInTime => 100,
        ChecklistMeasure.TasksCompleted => 80,
        _ => null,
    };

    /// <summary>Plan issued by the province's deadline: on time, late, missing once the deadline has passed, pending before.</summary>
    public static MeasureResult PlanOnTime(PlanFact? plan, DateOnly due, DateOnly asOf)
    {
        var link = plan is null ? [] : new[] { new EvidenceLine($"Kế hoạch: {plan.Title}", $"/plans/details/{plan.Id}") };
        if (plan is { Issued: true, IssuedOn: { } on } && on <= asOf)
        {
            var number = plan.Number is { Length: > 0 } n ? $"số {n} " : "";
            return on <= due
                ? new(ItemVerdict.Met, $"Ban hành {number}ngày {Day(on)}, trong hạn (hạn {Day(due)})", link)
                : new(ItemVerdict.NotMet, $"Ban hành muộn: {number}ngày {Day(on)}, quá hạn {Day(due)} {on.DayNumber - due.DayNumber} ngày", link);
        }

        return asOf > due
            ? new(ItemVerdict.NotMet, $"Chưa ban hành kế hoạch, đã quá hạn {Day(due)}", link)
            : new(ItemVerdict.Pending, $"Chưa ban hành kế hoạch, còn hạn đến {Day(due)}", link);
    }

    /// <summary>
    /// The periodic reports due by <paramref name="asOf"/> (their due day passed) sent on or before their due day. Met
    /// when every one was; a report sent after <paramref name="asOf"/> counts as not sent.
    /// </summary>
    public static MeasureResult ReportsOnTime(int? planId, IReadOnlyList<ReportPeriod> required, IReadOnlyList<SentReport> sent, DateOnly asOf)
    {
        if (planId is null)
        {
            return new(ItemVerdict.NotMet, "Chưa có kế hoạch ban hành nên chưa có báo cáo định kỳ", []);
        }

        var due = required.Where(p => p.Due < asOf).ToList();
        if (due.Count == 0)
        {
            return new(ItemVerdict.Pending, "Chưa đến hạn gửi báo cáo định kỳ nào", []);
        }

        int onTime = 0, late = 0, missing = 0;
        var details = new List<EvidenceLine>();
        foreach (var period in due)
        {
            var first = sent.Where(s => s.Period == period.Kind && s.SentOn <= asOf).Select(s => (DateOnly?)s.SentOn).Min();
            var url = $"/reports/commune?plan={planId}&period={period.Code}";
            string state;
            if (first is null)
            {
                missing++;
                state = "chưa gửi";
            }
            else if (first <= period.Due)
            {
                onTime++;
                state = $"gửi ngày {Day(first.Value)}, đúng hạn";
            }
            else
            {
                late++;
                state = $"gửi ngày {Day(first.Value)}, muộn {first.Value.DayNumber - period.Due.DayNumber} ngày";
            }

            details.Add(new($"Báo cáo {period.Name} (hạn {Day(period.Due)}): {state}", url));
        }

        var value = $"{onTime}/{due.Count} báo cáo đến hạn gửi đúng hạn" + (late > 0 ? $"; {late} gửi muộn" : "") + (missing > 0 ? $"; {missing} chưa gửi" : "");
        return new(onTime == due.Count ? ItemVerdict.Met : ItemVerdict.NotMet, value, details);
    }

    /// <summary>At least <paramref name="minimum"/> distinct channels with an activity dated on or before <paramref name="asOf"/>.</summary>
    public static MeasureResult ChannelsUsed(int? planId, IReadOnlyList<ActivityFact> activities, DateOnly asOf, int minimum)
    {
        if (planId is null)
        {
            return new(ItemVerdict.NotMet, "Chưa có kế hoạch ban hành nên chưa có hoạt động", []);
        }

        var used = activities.Where(a => a.Date <= asOf)
            .GroupBy(a => a.Channel)
            .Select(g => (Channel: g.Key, Count: g.Count(), First: g.OrderBy(a => a.Date).ThenBy(a => a.Id).First()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Channel)
            .ToList();
        var details = used.Select(g => new EvidenceLine($"{g.Channel.Label()}: {g.Count} hoạt động", $"/activities/details/{g.First.Id}")).ToList();
        var value = $"{used.Count} hình thức tuyên truyền có hoạt động (yêu cầu ít nhất {minimum})";
        return new(used.Count >= minimum ? ItemVerdict.Met : ItemVerdict.NotMet, value, details);
    }

    /// <summary>A news item of the portal's CCHC section went public within the <paramref name="days"/> days up to <paramref name="asOf"/>.</summary>
    public static MeasureResult PortalUpToDate(IReadOnlyList<ArticleFact> articles, DateOnly asOf, int days)
    {
        var published = articles.Where(a => a.PublishedOn <= asOf).OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id).ToList();
        if (published.Count == 0)
        {
            return new(ItemVerdict.NotMet, "Chuyên mục chưa đăng tin, bài nào", []);
        }

        var latest = published[0];
        var since = asOf.DayNumber - latest.PublishedOn.DayNumber;
        var recent = published.Count(a => asOf.DayNumber - a.PublishedOn.DayNumber <= days);
        var value = $"Tin, bài mới nhất đăng ngày {Day(latest.PublishedOn)} ({since} ngày trước); {recent} tin, bài trong {days} ngày (yêu cầu cập nhật trong {days} ngày)";
        var details = published.Take(5).Select(a => new EvidenceLine($"{Day(a.PublishedOn)}: {a.Title}", $"/articles/preview/{a.Id}")).ToList();
        return new(since <= days ? ItemVerdict.Met : ItemVerdict.NotMet, value, details);
    }

    /// <summary>
    /// Of the feedback whose deadline had passed by <paramref name="asOf"/> or that was answered by then, the share
    /// answered on or before its deadline must reach <paramref name="minimumPercent"/>. None: nothing to judge.
    /// </summary>
    public static MeasureResult FeedbackInTime(IReadOnlyList<FeedbackFact> feedback, DateOnly asOf, int minimumPercent)
    {
        var counted = feedback
            .Select(f => f with { AnsweredOn = f.AnsweredOn <= asOf ? f.AnsweredOn : null })
            .Where(f => f.AnsweredOn is not null || f.DueOn < asOf)
            .OrderBy(f => f.Number)
            .ToList();
        if (counted.Count == 0)
        {
            return new(ItemVerdict.NotApplicable, "Không có phản ánh, kiến nghị đến hạn trả lời", []);
        }

        var inTime = counted.Count(f => f.AnsweredOn <= f.DueOn);
        var details = new List<EvidenceLine>();
        foreach (var f in counted.Where(f => !(f.AnsweredOn <= f.DueOn)))
        {
            var state = f.AnsweredOn is { } on ? $"trả lời ngày {Day(on)}, muộn {on.DayNumber - f.DueOn.DayNumber} ngày" : "chưa trả lời, đã quá hạn";
            details.Add(new($"Phản ánh số {f.Number} (hạn {Day(f.DueOn)}): {state}", $"/feedback/details/{f.Id}"));
        }

        var percent = 100.0 * inTime / counted.Count;
        var value = $"{inTime}/{counted.Count} phản ánh, kiến nghị trả lời đúng hạn ({Percent(percent)}; yêu cầu {minimumPercent}%)";
        return new(percent >= minimumPercent ? ItemVerdict.Met : ItemVerdict.NotMet, value, details);
    }

    /// <summary>The share of the plan's tasks completed on the day must reach <paramref name="minimumPercent"/>; late tasks are listed.</summary>
    public static MeasureResult TasksCompleted(int? planId, IReadOnlyList<TaskFact> tasks, int minimumPercent)
    {
        if (planId is null)
        {
            return new(ItemVerdict.NotMet, "Chưa có kế hoạch ban hành", []);
        }

        if (tasks.Count == 0)
        {
            return new(ItemVerdict.NotMet, "Kế hoạch chưa có nhiệm vụ", [new("Kế hoạch", $"/plans/details/{planId}")]);
        }

        var completed = tasks.Count(t => t.Status == ProgressStatus.Completed);
        var late = tasks.Where(t => t.Status is ProgressStatus.Behind or ProgressStatus.Overdue).ToList();
        var percent = 100.0 * completed / tasks.Count;
        var value = $"{completed}/{tasks.Count} nhiệm vụ hoàn thành ({Percent(percent)}; yêu cầu {minimumPercent}%)" + (late.Count > 0 ? $"; {late.Count} chậm tiến độ" : "");
        var details = new List<EvidenceLine> { new("Tiến độ kế hoạch", $"/plans/details/{planId}") };
        details.AddRange(late.Select(t => new EvidenceLine($"Chậm tiến độ: {t.Label}. {t.Name} ({t.Status.Label()})", $"/plans/details/{planId}")));
        return new(percent >= minimumPercent ? ItemVerdict.Met : ItemVerdict.NotMet, value, details);
    }

    private static string Day(DateOnly day) => DisplayTime.Date(day);

    private static string Percent(double value) => value.ToString("0.#", CultureInfo.GetCultureInfo("vi-VN")) + "%";
}
