using System.Text.RegularExpressions;

namespace Loa.Plans;

/// <summary>
/// Moves a copied plan forward to a new year: "năm 2026" → "năm 2027", "Quý III/2026" → "Quý III/2027",
/// "Trước ngày 30/6/2026" → "… 30/6/2027", the deadlines' dates, the plan's date and year. Periods such as
/// "2021 - 2030" and dates of cited documents ("Quyết định số 707/QĐ-UBND ngày 12/02/2026") are left alone,
/// and so is the legal basis (last year's documents must be replaced by the user, not guessed).
/// </summary>
public static partial class PlanYearShift
{
    public static PlanDocument Shift(PlanDocument plan, int fromYear, int toYear)
    {
        var json = PlanJson.Serialize(plan, indented: false);
        var copy = PlanJson.Deserialize(json);
        if (fromYear == toYear)
        {
            return copy;
        }

        string T(string text) => ShiftText(text, fromYear, toYear);
        string? N(string? text) => text is null ? null : T(text);

        copy.Year = toYear;
        copy.Title = N(copy.Title);
        copy.Date = new PartialDate { Year = toYear };
        copy.Number = null;
        ShiftSections(copy.Sections, T);
        copy.Contents.ForEach(c => c.Text = T(c.Text));
        copy.Channels.ForEach(c => c.Text = T(c.Text));
        ShiftTasks(copy.Tasks, T, N);
        copy.Responsibilities.ForEach(r => r.Duties = r.Duties.Select(T).ToList());
        copy.Funding = copy.Funding.Select(T).ToList();
        copy.Deadlines.ForEach(d =>
        {
            d.Subject = T(d.Subject);
            if (DateOnly.TryParse(d.Date, System.Globalization.CultureInfo.InvariantCulture, out var date) && date.Year == fromYear)
            {
                d.Date = date.AddYears(toYear - fromYear).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            }
        });
        return copy;
    }

    /// <summary>Replaces the year in running text, except in periods ("2021 - 2030") and in citations of documents.</summary>
    public static string ShiftText(string text, int fromYear, int toYear)
    {
        var protectedSpans = Citation().Matches(text).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var year = fromYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return YearToken().Replace(text, m =>
        {
            if (m.Value != year || protectedSpans.Any(s => m.Index >= s.Index && m.Index < s.End) || IsPeriod(text, m))
            {
                return m.Value;
            }

            return toYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
    }

    private static bool IsPeriod(string text, Match m)
    {
        var before = text[..m.Index];
        var after = text[(m.Index + m.Length)..];
        return PeriodEnd().IsMatch(before) || PeriodStart().IsMatch(after);
    }

    private static void ShiftSections(List<PlanSection> sections, Func<string, string> shift)
    {
        foreach (var section in sections)
        {
            section.Heading = section.Heading is null ? null : shift(section.Heading);
            section.Paragraphs = section.Paragraphs.Select(shift).ToList();
            ShiftSections(section.Children, shift);
        }
    }

    private static void ShiftTasks(List<PlanTask> tasks, Func<string, string> shift, Func<string?, string?> shiftNullable)
    {
        foreach (var task in tasks)
        {
            task.Name = shift(task.Name);
            task.Timeframe = shiftNullable(task.Timeframe);
            task.Products = shiftNullable(task.Products);
            ShiftTasks(task.Children, shift, shiftNullable);
        }
    }

    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)")]
    private static partial Regex YearToken();

    /// <summary>"số 707/QĐ-UBND ngày 12/02/2026", "số 23/KH-UBND ngày 28 tháng 01 năm 2026".</summary>
    [GeneratedRegex(@"số\s+\S+\s+ngày\s+\d{1,2}(?:\s*/\s*\d{1,2}\s*/\s*|\s+tháng\s+\d{1,2}\s+năm\s+)\d{4}", RegexOptions.IgnoreCase)]
    private static partial Regex Citation();

    [GeneratedRegex(@"(?:19|20)\d{2}\s*[-–—]\s*$")]
    private static partial Regex PeriodEnd();

    [GeneratedRegex(@"^\s*[-–—]\s*(?:19|20)\d{2}")]
    private static partial Regex PeriodStart();
}
