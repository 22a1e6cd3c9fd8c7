using System.Text.RegularExpressions;

namespace Loa.Plans.Import;

/// <summary>Something of the file that was lost or only partly understood, with the source lines it is about (0-based).</summary>
public sealed record ImportFinding(string Message, IReadOnlyList<int> Lines);

/// <summary>
/// Compares what was recognised with the text it came from, so that a lost task table or recipients list is said on
/// the review page beside the source, never quietly: no task table (and the lines that look like its rows), rows
/// numbered like tasks that became none, a "Nơi nhận" with fewer recipients read than its items. Works on the
/// source lines alone, whatever the file was (Word, PDF, text).
/// </summary>
public static partial class ImportFindings
{
    private const int RecipientsWindow = 40;

    public static List<ImportFinding> Find(PlanDocument plan, IReadOnlyList<string> source)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(source);
        var findings = new List<ImportFinding>();
        var rows = Enumerable.Range(0, source.Count).Where(i => LooksLikeRow(source[i])).ToList();
        var labels = Labels(plan.Tasks).ToHashSet(StringComparer.Ordinal);
        if (plan.Tasks.Count == 0)
        {
            findings.Add(new ImportFinding(
                rows.Count == 0
                    ? "Không tìm thấy bảng nhiệm vụ trong tệp: kế hoạch sẽ chưa có nhiệm vụ trọng tâm nào. Nếu văn bản có bảng (hoặc phụ lục) phân công nhiệm vụ, hãy kiểm tra tệp hoặc thêm nhiệm vụ sau khi tạo dự thảo."
                    : $"Không tìm thấy bảng nhiệm vụ trong tệp: {rows.Count} đoạn văn trông như một hàng của bảng nhưng không đọc được thành nhiệm vụ (thiếu dòng tiêu đề như «TT – Nhiệm vụ – Cơ quan chủ trì», hoặc các cột không tách được). Hãy xem các dòng được đánh dấu.",
                rows));
        }
        else
        {
            var lost = rows.Where(i => RowLabel(source[i]) is { } label && !labels.Contains(label)).ToList();
            if (lost.Count > 0)
            {
                findings.Add(new ImportFinding(
                    $"Bảng nhiệm vụ chỉ đọc được một phần: {lost.Count} hàng có số thứ tự nhưng không thành nhiệm vụ. Hãy kiểm tra các dòng được đánh dấu và bổ sung sau khi tạo dự thảo.",
                    lost));
            }
        }

        findings.AddRange(Recipients(plan, source));
        return findings;
    }

    private static IEnumerable<ImportFinding> Recipients(PlanDocument plan, IReadOnlyList<string> source)
    {
        var heading = Enumerable.Range(0, source.Count).Where(i => Cells(source[i]).Any(c => RecipientsHeading().IsMatch(c))).Cast<int?>().FirstOrDefault();
        if (heading is not { } start)
        {
            if (plan.Recipients.Count == 0)
            {
                yield return new ImportFinding("Không tìm thấy danh sách nơi nhận («Nơi nhận:») trong tệp: hãy bổ sung nơi nhận sau khi tạo dự thảo.", []);
            }

            yield break;
        }

        var window = Enumerable.Range(start, Math.Min(RecipientsWindow, source.Count - start)).ToList();
        var items = window.Where(i => Cells(source[i]).Any(c => RecipientItem().IsMatch(c))).ToList();
        if (plan.Recipients.Count == 0)
        {
            yield return new ImportFinding(
                "Có dòng «Nơi nhận» nhưng không đọc được nơi nhận nào: hãy xem các dòng được đánh dấu và bổ sung nơi nhận sau khi tạo dự thảo.",
                [start, .. items]);
        }
        else if (items.Count > plan.Recipients.Count)
        {
            yield return new ImportFinding(
                $"Danh sách nơi nhận có thể chưa đủ: đọc được {plan.Recipients.Count} nơi nhận, nhưng sau «Nơi nhận» có {items.Count} dòng gạch đầu dòng. Hãy kiểm tra các dòng được đánh dấu.",
                [start, .. items]);
        }
    }

    /// <summary>A line with three or more cells: tab-separated, a Markdown pipe row, or columns three spaces apart after a row number.</summary>
    private static bool LooksLikeRow(string line)
    {
        var cells = Cells(line);
        if (cells.Count(c => c.Length > 0) >= 3)
        {
            return true;
        }

        var spaced = SpacedColumns().Split(line.Trim());
        return spaced.Length >= 3 && RowNumber().IsMatch(spaced[0]);
    }

    /// <summary>The row's number ("4", "4.1") when its first filled cell is one.</summary>
    private static string? RowLabel(string line)
    {
        var cells = Cells(line);
        var first = cells.Count > 1 ? cells[0] : SpacedColumns().Split(line.Trim())[0];
        return RowNumber().IsMatch(first) ? first.TrimEnd('.') : null;
    }

    private static List<string> Cells(string line)
    {
        var text = line.Replace("**", "", StringComparison.Ordinal).Trim();
        if (text.Contains('\t', StringComparison.Ordinal))
        {
            return [.. text.Split('\t').Select(c => c.Trim())];
        }

        return text.StartsWith('|') ? [.. text.Trim('|').Split('|').Select(c => c.Trim())] : [text];
    }

    private static IEnumerable<string> Labels(IEnumerable<PlanTask> tasks) =>
        tasks.SelectMany(t => Labels(t.Children).Prepend(t.Label?.TrimEnd('.') ?? ""));

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{1,3}){0,3}\.?$")]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"\s{3,}")]
    private static partial Regex SpacedColumns();

    [GeneratedRegex(@"^[*_\s]*N[ơo]i\s+nh[ậa]n\b", RegexOptions.IgnoreCase)]
    private static partial Regex RecipientsHeading();

    [GeneratedRegex(@"^[-–+•]\s*\S.*[;.]\s*\**$")]
    private static partial Regex RecipientItem();
}
