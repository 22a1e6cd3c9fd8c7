using System.Text.RegularExpressions;

namespace Loa.Plans.Parsing;

/// <summary>
/// Finds explicit deadlines: a full date in a sentence that says something must be done by then ("chậm nhất",
/// "trước ngày", "thời hạn", "hoàn thành"), never the date of a cited document ("Quyết định số … ngày …").
/// </summary>
internal static partial class DeadlineReader
{
    public static List<Deadline> Read(IEnumerable<string> texts)
    {
        var deadlines = new List<Deadline>();
        foreach (var sentence in texts.SelectMany(Sentences.Split))
        {
            if (!Trigger().IsMatch(sentence))
            {
                continue;
            }

            foreach (var (index, _, date) in WrittenDates.Find(sentence))
            {
                if (CitationBefore().IsMatch(sentence[..index]))
                {
                    continue; // "… số 51/KH-UBND ngày 30/01/2026": the date of a document
                }

                var subject = sentence.TrimEnd().TrimEnd('.', ';').TrimEnd();
                var iso = WrittenDates.Iso(date);
                if (!deadlines.Any(d => d.Subject == subject && d.Date == iso))
                {
                    deadlines.Add(new Deadline { Subject = subject, Date = iso });
                }
            }
        }

        return deadlines;
    }

    /// <summary>A deadline in a task's timeframe cell ("Trước ngày 30/6/2026"), named by the task.</summary>
    public static IEnumerable<Deadline> FromTasks(IEnumerable<PlanTask> tasks)
    {
        foreach (var task in tasks)
        {
            if (task.Timeframe is { } timeframe && Trigger().IsMatch(timeframe))
            {
                foreach (var (_, _, date) in WrittenDates.Find(timeframe))
                {
                    yield return new Deadline { Subject = $"{task.Name} ({timeframe})", Date = WrittenDates.Iso(date) };
                }
            }

            foreach (var deadline in FromTasks(task.Children))
            {
                yield return deadline;
            }
        }
    }

    [GeneratedRegex(@"chậm\s+nhất|trước|thời\s+hạn|hạn\s+chót|hạn\s+cuối|hoàn\s+thành|kết\s+thúc|không\s+quá", RegexOptions.IgnoreCase)]
    private static partial Regex Trigger();

    [GeneratedRegex(@"(?:số\s*:?\s*\S+|\d+/[\p{L}\d\-–/]+)\s*,?\s*(?:được\s+ban\s+hành\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CitationBefore();
}
