using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Loa.Demo;
using Loa.Domain.Accounts;
using Loa.IntegrationTests.Infrastructure;
using Loa.Plans;
using Loa.Reports;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Reports;

/// <summary>
/// Every report of the demo (the consolidated report and each unit's report of every period for which the demo
/// holds one, in every demo commune), read as its page shows it, against what a civil servant checks by hand:
/// <list type="bullet">
/// <item>a unit's report lists only the tasks the unit leads, each with the same figures and verdict as the commune's
/// report, and calls late only those tasks; its part in tasks others lead is listed apart, without a verdict;</item>
/// <item>every figure written in the text (the summary and the four written parts) is a figure of the tables, of the
/// same measure; every figures table says whether it counts the period ("kỳ này") or the year to date ("lũy kế từ
/// đầu năm"); the channel and content tables add up to the same totals.</item>
/// </list>
/// </summary>
public sealed partial class DemoReportConsistencyTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Every_demo_report_agrees_with_itself_and_a_unit_report_speaks_only_for_its_unit(Engine engine)
    {
        using var app = new LoaAppFactory(engine, demo: true);
        _ = app.Server;

        List<(int PlanId, int CommuneId, string Period, List<(int Id, string Name)> Units)> reports;
        Dictionary<int, string> coordinators;
        Dictionary<(int PlanId, string Label), HashSet<int>> leads;
        await using (var db = app.SystemDb())
        {
            // Who leads each task: its lead units, and for a sub-row those of its row too.
            var tasks = await db.Tasks
                .Select(t => new
                {
                    t.Id,
                    t.PlanId,
                    t.ParentId,
                    t.Label,
                    Leads = t.Units.Where(u => u.Role == TaskUnitRole.Lead && u.UnitId != null).Select(u => u.UnitId!.Value).ToList(),
                })
                .ToListAsync();
            var byId = tasks.ToDictionary(t => t.Id);
            leads = tasks.Where(t => t.Label != null).GroupBy(t => (t.PlanId, t.Label!))
                .ToDictionary(g => g.Key, g => g.SelectMany(t => t.Leads.Concat(t.ParentId is { } p ? byId[p].Leads : [])).ToHashSet());
            var communeReports = await db.CommuneReports.Select(r => new { r.PlanId, r.CommuneId, r.Period }).ToListAsync();
            var unitReports = await db.UnitReports.Select(r => new { r.PlanId, r.CommuneId, r.Period, r.UnitId }).ToListAsync();
            var names = await db.Units.ToDictionaryAsync(u => u.Id, u => u.Name);
            reports = communeReports.Select(r => (r.PlanId, r.CommuneId, r.Period))
                .Union(unitReports.Select(r => (r.PlanId, r.CommuneId, r.Period)))
                .Select(k => (k.PlanId, k.CommuneId!.Value, k.Period.Code(),
                    unitReports.Where(u => u.PlanId == k.PlanId && u.Period == k.Period).Select(u => (u.UnitId, names[u.UnitId])).Distinct().ToList()))
                .ToList();
            var coordinatorUsers = await db.Users
                .Where(u => u.Role == UserRole.Coordinator && u.CommuneId != null)
                .Select(u => new { u.CommuneId, u.UserName })
                .ToListAsync();
            coordinators = coordinatorUsers
                .GroupBy(u => u.CommuneId!.Value).ToDictionary(g => g.Key, g => g.Select(u => u.UserName!).Order(StringComparer.Ordinal).First());
        }

        Assert.True(reports.Count >= 20, $"the demo should hold reports of many communes, found {reports.Count}");
        Assert.True(reports.Sum(r => r.Units.Count) >= 50, "the demo should hold many units' reports");

        var problems = new List<string>();
        var pages = 0;
        foreach (var commune in reports.GroupBy(r => r.CommuneId))
        {
            using var session = app.Session();
            await session.LoginAsync(coordinators[commune.Key], DemoData.Password);
            foreach (var (planId, _, period, units) in commune)
            {
                var url = $"/reports/commune?plan={planId}&period={period}";
                var consolidated = await session.GetPageAsync(url);
                pages++;
                problems.AddRange(SaysWhatItCounts(url, consolidated));
                problems.AddRange(TextAgreesWithTables(url, consolidated));
                var rows = TaskRows(consolidated);
                foreach (var (unitId, _) in units)
                {
                    var unitUrl = $"/reports/unit?plan={planId}&period={period}&unit={unitId}";
                    var unitPage = await session.GetPageAsync(unitUrl);
                    pages++;
                    problems.AddRange(SaysWhatItCounts(unitUrl, unitPage));
                    problems.AddRange(TextAgreesWithTables(unitUrl, unitPage));
                    problems.AddRange(SpeaksForItsUnit(unitUrl, unitPage, label => leads.GetValueOrDefault((planId, label))?.Contains(unitId) ?? false, rows));
                }
            }
        }

        Assert.True(pages >= 100, $"only {pages} report pages read");
        Assert.True(problems.Count == 0, $"{problems.Count} problems in {pages} report pages, e.g.:\n{string.Join("\n", problems.Take(25))}");
    }

    /// <summary>A unit's tasks are those it leads, each as the commune's report shows it; only those can be late.</summary>
    private static IEnumerable<string> SpeaksForItsUnit(string url, IDocument page, Func<string, bool> leads, Dictionary<string, string[]> communeRows)
    {
        var led = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in page.QuerySelectorAll("#report-tasks tbody tr"))
        {
            var label = row.GetAttribute("data-task") ?? "";
            led.Add(label);
            if (!leads(label))
            {
                yield return $"{url}: task {label} is listed as the unit's own but is led by {Cell(row, "Chủ trì")}";
            }

            var figures = Figures(row);
            if (communeRows.TryGetValue(label, out var expected) && !figures.SequenceEqual(expected))
            {
                yield return $"{url}: task {label} shows [{string.Join(" | ", figures)}], the commune's report [{string.Join(" | ", expected)}]";
            }
        }

        foreach (var item in page.QuerySelectorAll("#report-late li"))
        {
            var label = item.GetAttribute("data-task") ?? Squash(item.QuerySelector("strong")?.TextContent ?? "").Split(". ")[0];
            if (!led.Contains(label))
            {
                yield return $"{url}: task {label} is called late in the unit's report, which does not lead it";
            }
        }

        foreach (var row in page.QuerySelectorAll("#report-contributions tbody tr"))
        {
            if (row.QuerySelector("td[data-label='Tình trạng']") is not null || Squash(row.TextContent).Contains("tiến độ", StringComparison.Ordinal))
            {
                yield return $"{url}: the part in task {row.GetAttribute("data-task")} (led by another unit) carries a verdict";
            }
        }
    }

    /// <summary>Every figures table says, in its headers or caption, which span it counts.</summary>
    private static IEnumerable<string> SaysWhatItCounts(string url, IDocument page)
    {
        // a unit that leads no task has no task table
        var tasks = Squash(page.QuerySelector("#report-tasks thead")?.TextContent ?? "Kỳ này Lũy kế từ đầu năm");
        if (!tasks.Contains("Kỳ này", StringComparison.Ordinal) || !tasks.Contains("Lũy kế từ đầu năm", StringComparison.Ordinal))
        {
            yield return $"{url}: the task table's headers do not say \"Kỳ này\" and \"Lũy kế từ đầu năm\": {tasks}";
        }

        foreach (var id in new[] { "report-channels", "report-areas" })
        {
            var caption = Squash(page.QuerySelector($"#{id} caption")?.TextContent ?? "");
            if (!caption.Contains("kỳ này", StringComparison.OrdinalIgnoreCase)
                && !caption.Contains("lũy kế từ đầu năm", StringComparison.OrdinalIgnoreCase))
            {
                yield return $"{url}: #{id} does not say whether it counts the period or the year to date (caption \"{caption}\")";
            }
        }

        // The two tables count the same activities: their totals agree, and the rows add up to them.
        var channels = TotalRow(page, "report-channels", "Tổng cộng");
        var areas = TotalRow(page, "report-areas", "Tổng cộng");
        if (channels is null || areas is null || !channels.SequenceEqual(areas))
        {
            yield return $"{url}: totals by channel [{Join(channels)}] and by content [{Join(areas)}] differ or are missing";
        }

        foreach (var id in new[] { "report-channels", "report-areas" })
        {
            var sums = BodyRows(page, id).Where(r => !IsTotal(r)).Select(Numbers).Aggregate(new long[5], (a, r) => [.. a.Zip(r, (x, y) => x + y)]);
            if (TotalRow(page, id, "Tổng cộng") is { } total && !sums.SequenceEqual(total))
            {
                yield return $"{url}: the rows of #{id} add up to [{Join(sums)}], its total says [{Join(total)}]";
            }
        }
    }

    /// <summary>
    /// Every number written in the text is a figure of the tables: followed by a measure ("hoạt động", "người tham dự",
    /// "lượt xem", "bản") it is that measure in a total row; otherwise some figure of the page's tables. Dates and
    /// years ("năm 2026") are not figures.
    /// </summary>
    private static IEnumerable<string> TextAgreesWithTables(string url, IDocument page)
    {
        var totals = new[] { "Tổng cộng", "Lũy kế từ đầu năm" }.Select(n => TotalRow(page, "report-channels", n)).OfType<long[]>().ToList();
        var anywhere = page.QuerySelectorAll("#report-tasks td.num, #report-contributions td.num, #report-channels .num, #report-areas .num")
            .SelectMany(c => NumberPattern().Matches(c.TextContent).Select(m => Parse(m.Value))).ToHashSet();
        var texts = page.QuerySelectorAll("#report-summary, textarea[name^='Input.']")
            .Select(e => (Name: e.GetAttribute("name") ?? "tóm tắt", Text: Squash(e.TextContent)));
        foreach (var (name, text) in texts)
        {
            var plain = NotFigures().Replace(text, " ");
            foreach (Match m in NumberPattern().Matches(plain))
            {
                var value = Parse(m.Value);
                var after = plain[(m.Index + m.Length)..].TrimStart();
                int? column = after.StartsWith("hoạt động", StringComparison.Ordinal) ? 0
                    : after.StartsWith("người tham dự", StringComparison.Ordinal) ? 2
                    : after.StartsWith("lượt xem", StringComparison.Ordinal) ? 3
                    : after.StartsWith("bản", StringComparison.Ordinal) ? 4
                    : null;
                var fits = column is { } c
                    ? totals.Any(t => t[c] == value)
                    : anywhere.Contains(value) && !after.StartsWith("lượt người", StringComparison.Ordinal);
                if (!fits)
                {
                    var where = column is { } k ? $"the totals' column {k} [{string.Join(", ", totals.Select(t => t[k]))}]" : "any table";
                    yield return $"{url}: {name} says \"{m.Value} {string.Join(' ', after.Split(' ').Take(3))}\", not in {where}";
                }
            }
        }
    }

    private static Dictionary<string, string[]> TaskRows(IDocument page) =>
        page.QuerySelectorAll("#report-tasks tbody tr").GroupBy(r => r.GetAttribute("data-task") ?? "").ToDictionary(g => g.Key, g => Figures(g.First()));

    /// <summary>A task row's figures and verdict: Kỳ này, Lũy kế, Tỷ lệ, Tình trạng (with its explanation).</summary>
    private static string[] Figures(IElement row) =>
        [Cell(row, "Kỳ này"), Cell(row, "Lũy kế"), Cell(row, "Lũy kế từ đầu năm"), Cell(row, "Tỷ lệ"), Cell(row, "Tình trạng")];

    private static string Cell(IElement row, string label) => Squash(row.QuerySelector($"[data-label='{label}']")?.TextContent ?? "");

    private static IEnumerable<IElement> BodyRows(IDocument page, string table) => page.QuerySelectorAll($"#{table} tbody tr");

    private static bool IsTotal(IElement row) => row.Children.Length > 0 && row.Children[0].TagName == "TH";

    private static long[]? TotalRow(IDocument page, string table, string name) =>
        BodyRows(page, table).FirstOrDefault(r => r.Children.Length > 0 && Squash(r.Children[0].TextContent) == name) is { } row ? Numbers(row) : null;

    /// <summary>
    /// The five measures of a totals row (activities, quantity, participants, views, copies); a content row without quantity or
    /// copies shows "–".
    /// </summary>
    private static long[] Numbers(IElement row)
    {
        string Measure(string label) => Squash(row.QuerySelector($"[data-label='{label}']")?.TextContent ?? "–");
        return
        [
            .. new[] { "Hoạt động", "Số lượng", "Người tham dự", "Lượt xem, nghe", "Số bản" }
                .Select(Measure)
                .Select(t => t is "" or "–" ? -1 : Parse(t)),
        ];
    }

    private static long Parse(string text) =>
        long.Parse(text.Trim().Replace(".", "", StringComparison.Ordinal).Split(',')[0], NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static string Join(long[]? values) => values is null ? "none" : string.Join(", ", values);

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"\d+(?:\.\d{3})*(?:,\d+)?")]
    private static partial Regex NumberPattern();

    /// <summary>
    /// Dates (15/03/2026, 03/2026), years after "năm", periods ("6 tháng"), task labels after "nhiệm vụ" and numbered places
    /// ("Khu phố 3") are not figures.
    /// </summary>
    [GeneratedRegex(@"\d{1,2}/\d{1,2}/\d{4}|\d{1,2}/\d{4}|năm \d{4}|[Nn]hiệm vụ \d+(?:\.\d+)*|\d+ tháng|(?:[Pp]hường|[Kk]hu phố|[Tt]ổ dân phố|[Ấấ]p|[Tt]hôn|[Xx]ã|[Tt]ổ|[Kk]hu) \d+")]
    private static partial Regex NotFigures();
}
