using System.Globalization;
using System.Text.RegularExpressions;
using Loa.Data;
using Loa.Plans;
using Loa.Text;
using Loa.Units;

namespace Loa.Activities.Bulk;

/// <summary>
/// Checks every row of an activity sheet by the rules of the one-activity form (docs/decisions/0028): the task must be one
/// of the plan's and one the user may record on (<see cref="ActivityRecording"/>: the plan issued, a commune plan, begun; a
/// unit officer's unit leads or helps with it), the unit one the user may record for, the date in the plan's year
/// (<see cref="PlanYearCredit"/>) and not in the future, the channel one of the list, the figures whole numbers in range.
/// Each refused cell gets its own Vietnamese reason.
/// </summary>
public sealed partial class ActivitySheetCheck
{
    private const int MaxTitle = 500;
    private const int MaxDescription = 4000;

    private static readonly string[] DateFormats = ["d/M/yyyy", "dd/MM/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-MM-dd", "yyyy-M-d"];

    private readonly Plan plan;
    private readonly DateOnly today;
    private readonly Dictionary<int, ActivityRecording> recordings;
    private readonly IReadOnlyList<Unit> units;
    private readonly Dictionary<string, KeyTask> byText = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KeyTask> byLabel = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ChannelKind> channels = new(StringComparer.Ordinal);

    /// <param name="scope">Who uploads.</param>
    /// <param name="plan">The plan the sheet is for.</param>
    /// <param name="tasks">The plan's tasks, each with its units and its parent row's units.</param>
    /// <param name="candidates">The current units the user might record for (the coordinator: every unit; a unit officer: their own).</param>
    /// <param name="today">Today in Vietnam.</param>
    public ActivitySheetCheck(TenantScope scope, Plan plan, IReadOnlyList<KeyTask> tasks, IReadOnlyList<Unit> candidates, DateOnly today)
    {
        this.plan = plan;
        this.today = today;
        units = candidates;
        recordings = tasks.ToDictionary(t => t.Id, t => new ActivityRecording(scope, t, plan, candidates));
        foreach (var task in tasks.OrderBy(t => t.Order))
        {
            byText.TryAdd(VietnameseText.FoldWords(ActivitySheetTemplate.TaskText(task.Label, task.Name)), task);
            byText.TryAdd(VietnameseText.FoldWords(task.Name), task);
            if (task.Label is { Length: > 0 } label)
            {
                byLabel.TryAdd(label.Trim().TrimEnd('.'), task);
            }
        }

        foreach (var kind in Enum.GetValues<ChannelKind>())
        {
            channels.TryAdd(VietnameseText.FoldWords(kind.Label()), kind);
            channels.TryAdd(VietnameseText.FoldWords(kind.ToString()), kind);
        }
    }

    /// <summary>The tasks the user may record on now, as the downloaded sheet lists them, in the plan's order.</summary>
    public IReadOnlyList<string> TaskChoices => recordings.Values
        .Where(r => r.Refusal(today) is null)
        .OrderBy(r => r.KeyTask.Parent?.Order ?? r.KeyTask.Order).ThenBy(r => r.KeyTask.ParentId is null ? -1 : r.KeyTask.Order)
        .Select(r => ActivitySheetTemplate.TaskText(r.KeyTask.Label, r.KeyTask.Name))
        .ToList();

    public IReadOnlyList<string> UnitChoices => units.Select(u => u.Name).Order(VietnameseOrder.Instance).ToList();

    public IReadOnlyList<CheckedRow> Check(IEnumerable<SheetRow> rows) => rows.Select(Check).ToList();

    public CheckedRow Check(SheetRow row)
    {
        var problems = new Dictionary<SheetColumn, string>();
        var recording = Task(row[SheetColumn.Task], problems);
        var unit = recording is null ? null : Unit(row[SheetColumn.Unit], recording, problems);
        var date = Date(row[SheetColumn.Date], problems);
        var channel = Channel(row[SheetColumn.Channel], recording?.KeyTask, problems);
        var title = row[SheetColumn.Title];
        if (title.Length == 0)
        {
            problems[SheetColumn.Title] = "Chưa ghi đã làm gì (tên hoạt động).";
        }
        else if (title.Length > MaxTitle)
        {
            problems[SheetColumn.Title] = $"Tên hoạt động dài quá {MaxTitle} ký tự.";
        }

        var quantity = row[SheetColumn.Quantity].Length == 0 ? 1 : Count(row[SheetColumn.Quantity], SheetColumn.Quantity, 100_000, problems);
        var reach = row[SheetColumn.Reach].Length == 0 ? null : Count(row[SheetColumn.Reach], SheetColumn.Reach, 100_000_000, problems);
        var description = Description(row[SheetColumn.Place], row[SheetColumn.Note]);
        if (description?.Length > MaxDescription)
        {
            problems[SheetColumn.Note] = $"Địa điểm và ghi chú cộng lại dài quá {MaxDescription} ký tự.";
        }

        if (problems.Count > 0 || recording is null || unit is null || date is null || channel is null || quantity is null)
        {
            return new CheckedRow(row, null, problems);
        }

        var task = recording.KeyTask;
        var measure = channel.Value.Measure();
        var draft = new ActivityDraft(
            row.Line,
            task.Id,
            ActivitySheetTemplate.TaskText(task.Label, task.Name),
            unit.Id,
            unit.Name,
            date.Value,
            channel.Value,
            ContentAreaText.Guess($"{title} {task.Name} {task.Products}"),
            title,
            description,
            quantity.Value,
            measure == ReachMeasure.Participants ? reach : null,
            measure == ReachMeasure.Views ? reach : null,
            measure == ReachMeasure.Copies ? reach : null);
        return new CheckedRow(row, draft, problems);
    }

    private ActivityRecording? Task(string text, Dictionary<SheetColumn, string> problems)
    {
        if (text.Length == 0)
        {
            problems[SheetColumn.Task] = "Chưa chọn nhiệm vụ.";
            return null;
        }

        var task = byText.GetValueOrDefault(VietnameseText.FoldWords(text))
            ?? (LeadingLabel().Match(text) is { Success: true } m ? byLabel.GetValueOrDefault(m.Groups[1].Value) : null);
        if (task is null)
        {
            problems[SheetColumn.Task] = $"Không có nhiệm vụ “{Short(text)}” trong kế hoạch năm {plan.Year}: hãy chọn nhiệm vụ trong danh sách.";
            return null;
        }

        var recording = recordings[task.Id];
        if (recording.Refusal(today) is { } refusal)
        {
            problems[SheetColumn.Task] = refusal;
            return null;
        }

        return recording;
    }

    private Unit? Unit(string text, ActivityRecording recording, Dictionary<SheetColumn, string> problems)
    {
        if (text.Length == 0)
        {
            // the task's lead unit when the user may record for it (the coordinator), else the first the form offers
            var task = recording.KeyTask;
            var lead = task.Leads.Concat(task.Parent?.Leads ?? []).Select(l => l.UnitId).FirstOrDefault(recording.MayUse);
            return recording.Units.FirstOrDefault(u => u.Id == lead) ?? recording.Units[0];
        }

        var folded = VietnameseText.FoldWords(text);
        var unit = units.FirstOrDefault(u => VietnameseText.FoldWords(u.Name) == folded);
        if (unit is null)
        {
            problems[SheetColumn.Unit] = $"Không có đơn vị “{Short(text)}” trong danh sách đơn vị bạn được ghi nhận.";
            return null;
        }

        if (!recording.MayUse(unit.Id))
        {
            problems[SheetColumn.Unit] = $"{unit.Name} không chủ trì hay phối hợp nhiệm vụ này.";
            return null;
        }

        return unit;
    }

    private DateOnly? Date(string text, Dictionary<SheetColumn, string> problems)
    {
        if (text.Length == 0)
        {
            problems[SheetColumn.Date] = "Chưa ghi ngày thực hiện.";
            return null;
        }

        if (!DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems[SheetColumn.Date] = $"Không đọc được ngày “{Short(text)}”: hãy ghi ngày/tháng/năm, ví dụ 15/03/{plan.Year}.";
            return null;
        }

        if (PlanYearCredit.Problem(plan.Year, date, $"Việc làm ngày {DisplayDate(date)}") is { } wrongYear)
        {
            problems[SheetColumn.Date] = wrongYear;
            return null;
        }

        if (date > today)
        {
            problems[SheetColumn.Date] = $"Ngày {DisplayDate(date)} ở tương lai: chỉ ghi nhận việc đã làm.";
            return null;
        }

        return date;
    }

    private ChannelKind? Channel(string text, KeyTask? task, Dictionary<SheetColumn, string> problems)
    {
        if (text.Length == 0)
        {
            return task is null ? ChannelKind.Other : ChannelKindGuess.FromText($"{task.Name} {task.Products}");
        }

        if (channels.TryGetValue(VietnameseText.FoldWords(text), out var kind))
        {
            return kind;
        }

        problems[SheetColumn.Channel] = $"Hình thức “{Short(text)}” không có trong danh sách (ví dụ: {ChannelKind.Article.Label()}, {ChannelKind.Conference.Label()}).";
        return null;
    }

    private static int? Count(string text, SheetColumn column, int max, Dictionary<SheetColumn, string> problems)
    {
        var digits = WholeNumber().IsMatch(text) ? new string([.. text.Where(char.IsAsciiDigit)])
            : ExcelWholeNumber().IsMatch(text) ? text[..text.IndexOf('.', StringComparison.Ordinal)]
            : null;
        if (digits is null || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            problems[column] = $"“{Short(text)}” không phải là số (cần một số nguyên, ví dụ 120).";
            return null;
        }

        if (value > max)
        {
            problems[column] = $"Số {Short(text)} quá lớn (tối đa {max.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))}).";
            return null;
        }

        return (int)value;
    }

    private static string? Description(string place, string note) =>
        (place.Length, note.Length) switch
        {
            (0, 0) => null,
            (0, _) => note,
            (_, 0) => $"Địa điểm: {place}",
            _ => $"Địa điểm: {place}. {note}",
        };

    private static string DisplayDate(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;

    /// <summary>"2. Tổ chức…", "4.1 Đăng tin…", "3" → the task's number.</summary>
    [GeneratedRegex(@"^\s*(\d+(?:\.\d+)*)\.?(?:\s|$)")]
    private static partial Regex LeadingLabel();

    /// <summary>120, 1.200, 1,200, 1 200 (thousands grouped by dot, comma or space).</summary>
    [GeneratedRegex(@"^\d{1,3}(?:([.,\s])\d{3})?(?:\1\d{3})*$|^\d+$")]
    private static partial Regex WholeNumber();

    /// <summary>What Excel may keep for a whole number: "120.0".</summary>
    [GeneratedRegex(@"^\d+\.0+$")]
    private static partial Regex ExcelWholeNumber();
}
