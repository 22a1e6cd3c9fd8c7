using System.Globalization;

namespace Loa.Plans.Versions;

/// <summary>One comparable line of a plan: a stable key (where it is), a Vietnamese label, and its text.</summary>
public sealed record PlanLine(string Key, string Label, string Text);

/// <summary>
/// Lays a plan out as the lines a person compares: header fields, each basis, each paragraph of each part, each task's
/// cells, each list item.
/// </summary>
public static class PlanLines
{
    public static List<PlanLine> Of(PlanDocument plan)
    {
        var lines = new List<PlanLine>();
        void Add(string key, string label, string? text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                lines.Add(new PlanLine(key, label, text.Trim()));
            }
        }

        Add("title", "Trích yếu", plan.Title);
        Add("year", "Năm kế hoạch", plan.Year?.ToString(CultureInfo.InvariantCulture));
        Add("number", "Số, ký hiệu", plan.Number ?? (plan.Symbol is null ? null : $"…/{plan.Symbol}"));
        Add("place-date", "Địa danh, ngày", $"{plan.Place}, {Text.DocumentDate.Written(plan.Date.Day, plan.Date.Month, plan.Date.Year)}");
        foreach (var (b, i) in plan.Basis.Select((b, i) => (b, i)))
        {
            Add($"basis/{i}", $"Căn cứ {i + 1}", $"{b.Kind} số {b.Number} ngày {b.Date} của {b.Issuer}");
        }

        AddSections(lines, plan.Sections, "body", "");
        foreach (var (c, i) in plan.Contents.Select((c, i) => (c, i)))
        {
            Add($"content/{i}", $"Nội dung tuyên truyền {c.Label}", c.Text);
        }

        foreach (var (c, i) in plan.Channels.Select((c, i) => (c, i)))
        {
            Add($"channel/{i}", $"Hình thức tuyên truyền {c.Label}", c.Text);
        }

        AddTasks(lines, plan.Tasks, "task");
        foreach (var (r, i) in plan.Responsibilities.Select((r, i) => (r, i)))
        {
            Add($"duty/{i}", "Trách nhiệm — đơn vị", r.Unit);
            foreach (var (d, j) in r.Duties.Select((d, j) => (d, j)))
            {
                Add($"duty/{i}/{j}", $"Trách nhiệm của {r.Unit}", d);
            }
        }

        Add("reporting", "Chế độ báo cáo", string.Join(", ", plan.Reporting.Periods) + (plan.Reporting.Via is null ? "" : $" — qua {plan.Reporting.Via}"));
        foreach (var (d, i) in plan.Deadlines.Select((d, i) => (d, i)))
        {
            Add($"deadline/{i}", "Thời hạn", $"{d.Subject} ({d.Date})");
        }

        foreach (var (f, i) in plan.Funding.Select((f, i) => (f, i)))
        {
            Add($"funding/{i}", "Kinh phí", f);
        }

        foreach (var (r, i) in plan.Recipients.Select((r, i) => (r, i)))
        {
            Add($"recipient/{i}", "Nơi nhận", r);
        }

        var signer = new[] { plan.Signer.Authority, plan.Signer.Deputy, plan.Signer.Position, plan.Signer.Name }
            .Where(s => !string.IsNullOrWhiteSpace(s));
        Add("signer", "Người ký", string.Join(" / ", signer));
        return lines;
    }

    private static void AddSections(List<PlanLine> lines, List<PlanSection> sections, string key, string path)
    {
        foreach (var (s, i) in sections.Select((s, i) => (s, i)))
        {
            var here = $"{key}/{i}";
            var name = string.IsNullOrEmpty(path) ? s.Label ?? (s.Role == "preamble" ? "Mở đầu" : s.Role == "closing" ? "Kết thúc" : "") : $"{path}.{s.Label}";
            if (!string.IsNullOrWhiteSpace(s.Heading))
            {
                lines.Add(new PlanLine(here + "/h", $"Mục {name} — tiêu đề", s.Heading));
            }

            foreach (var (p, j) in s.Paragraphs.Select((p, j) => (p, j)))
            {
                lines.Add(new PlanLine($"{here}/{j}", $"Mục {name}", p));
            }

            AddSections(lines, s.Children, here, name);
        }
    }

    private static void AddTasks(List<PlanLine> lines, List<PlanTask> tasks, string key)
    {
        foreach (var (t, i) in tasks.Select((t, i) => (t, i)))
        {
            var here = $"{key}/{i}";
            var label = $"Nhiệm vụ {t.Label}";
            lines.Add(new PlanLine(here + "/name", label, t.Name));
            void Cell(string cell, string name, string? text)
            {
                if (!string.IsNullOrWhiteSpace(text))
                {
                    lines.Add(new PlanLine($"{here}/{cell}", $"{label} — {name}", text));
                }
            }

            Cell("lead", "chủ trì", string.Join("; ", t.Lead));
            Cell("partners", "phối hợp", string.Join("; ", t.Partners));
            Cell("timeframe", "thời gian", t.Timeframe);
            Cell("quantity", "số lượng", t.Quantity?.Text);
            Cell("products", "sản phẩm", t.Products);
            AddTasks(lines, t.Children, here);
        }
    }
}
