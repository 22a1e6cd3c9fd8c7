using Loa.Plans;
using Loa.Text;

namespace Loa.Web.Pages.Plans;

/// <summary>
/// The body of a plan edited as a flat list of rows with a level and a position, so that it works in any
/// browser without scripts; the tree is rebuilt from the levels on save.
/// </summary>
public sealed class SectionRow
{
    public int Position { get; set; }

    public int Level { get; set; } = 1;

    public string? Label { get; set; }

    public string? Heading { get; set; }

    public string? Role { get; set; }

    public string? Paragraphs { get; set; }

    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Label) && string.IsNullOrWhiteSpace(Heading) && string.IsNullOrWhiteSpace(Paragraphs);

    public static List<SectionRow> Flatten(IEnumerable<Section> roots)
    {
        var rows = new List<SectionRow>();
        void Walk(IEnumerable<Section> nodes, int level)
        {
            foreach (var s in nodes.OrderBy(s => s.Order))
            {
                rows.Add(new SectionRow
                {
                    Position = (rows.Count + 1) * 10,
                    Level = level,
                    Label = s.Label,
                    Heading = s.Heading,
                    Role = s.Role,
                    Paragraphs = TextLists.JoinParagraphs(s.Paragraphs),
                });
                Walk(s.Children, level + 1);
            }
        }

        Walk(roots, 1);
        return rows;
    }

    /// <summary>Rebuilds the tree; returns Vietnamese problems instead when the levels do not make a tree.</summary>
    public static (List<Section> All, List<string> Problems) Build(IEnumerable<SectionRow> rows)
    {
        var kept = rows.Where(r => !r.Remove && !r.IsBlank).OrderBy(r => r.Position).ToList();
        var problems = new List<string>();
        var all = new List<Section>();
        var stack = new List<Section>();
        var order = new Dictionary<Section, int>();
        var rootOrder = 0;
        foreach (var (row, index) in kept.Select((r, i) => (r, i)))
        {
            if (row.Level < 1 || row.Level > stack.Count + 1 || row.Level > 4)
            {
                problems.Add($"Mục thứ {index + 1} ({row.Label} {row.Heading}): cấp {row.Level} không hợp lệ — một mục chỉ có thể sâu hơn mục ngay trên nó một cấp.");
                continue;
            }

            stack.RemoveRange(row.Level - 1, stack.Count - (row.Level - 1));
            var parent = stack.LastOrDefault();
            var section = new Section
            {
                Label = Clean(row.Label),
                Heading = Clean(row.Heading),
                Role = Clean(row.Role),
                Paragraphs = TextLists.Paragraphs(row.Paragraphs),
                Order = parent is null ? rootOrder++ : order[parent]++,
            };
            order[section] = 0;
            parent?.Children.Add(section);
            stack.Add(section);
            all.Add(section);
        }

        return (all, problems);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : VietnameseText.Nfc(text.Trim());
}
