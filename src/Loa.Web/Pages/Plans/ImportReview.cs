using System.Text.Json;
using Loa.Plans;
using Loa.Text;
using Loa.Units;

namespace Loa.Web.Pages.Plans;

/// <summary>
/// The state of an import between reading the file and creating the draft: the recognised plan and its source
/// travel in the form itself (nothing is stored until the officer creates the draft), with the officer's
/// decisions on each unplaced line and on the unit names that match no unit yet.
/// </summary>
public sealed class ImportReview
{
    public const string Ignore = "ignore";
    public const string Preamble = "preamble";
    public const string Recipient = "recipient";
    public const string Content = "content";
    public const string Channel = "channel";
    public const string SectionPrefix = "section:";

    public string DocumentJson { get; set; } = "";

    public string SourceJson { get; set; } = "[]";

    public string? FileName { get; set; }

    /// <summary>One decision per unplaced line, in order: ignore, preamble, section:N, recipient, content, channel.</summary>
    public List<string?> Placements { get; set; } = [];

    /// <summary>Unit names (from the task table and responsibilities) to add to the commune's units.</summary>
    public List<string> NewUnits { get; set; } = [];

    public PlanDocument Document() => PlanJson.Deserialize(DocumentJson);

    /// <summary>The source lines shown beside the plan; none when the form sent something else (they are only shown, never saved).</summary>
    public List<string> Source()
    {
        try
        {
            return string.IsNullOrEmpty(SourceJson) ? [] : JsonSerializer.Deserialize<List<string>>(SourceJson) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static ImportReview From(PlanDocument plan, IReadOnlyList<string> source, string? fileName) => new()
    {
        DocumentJson = PlanJson.Serialize(plan, indented: false),
        SourceJson = JsonSerializer.Serialize(source),
        FileName = fileName,
        Placements = plan.Unplaced.Select(_ => (string?)null).ToList(),
    };

    /// <summary>The names in the plan that look like units but match none of the commune's units.</summary>
    public static List<string> UnmatchedUnitNames(PlanDocument plan, UnitMatcher matcher)
    {
        static IEnumerable<string> Names(PlanTask task) => task.Lead.Concat(task.Partners).Concat(task.Children.SelectMany(Names));
        return plan.Tasks.SelectMany(Names)
            .Concat(plan.Responsibilities.Select(r => r.Unit))
            .Select(n => n.Trim())
            .Where(n => n.Length is > 3 and <= 300 && !IsCollective(n) && matcher.Match(n) is null)
            .DistinctBy(VietnameseText.FoldWords)
            .ToList();
    }

    /// <summary>"Các cơ quan, đơn vị", "Cơ quan, đơn vị có liên quan", "các thôn/làng": groups, not one unit.</summary>
    public static bool IsCollective(string name)
    {
        var folded = VietnameseText.FoldWords(name);
        string[] starts = ["cac ", "co quan don vi", "don vi ", "lanh dao cac", "thu truong", "kinh de nghi", "de nghi"];
        return starts.Any(s => folded.StartsWith(s, StringComparison.Ordinal)) || folded.Contains("co lien quan", StringComparison.Ordinal) || folded.Length > 120;
    }

    /// <summary>Puts each unplaced line where the officer said; returns Vietnamese problems for lines left undecided.</summary>
    public List<string> Apply(PlanDocument plan)
    {
        var problems = new List<string>();
        var lines = plan.Unplaced.ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var placement = i < Placements.Count ? Placements[i] : null;
            switch (placement)
            {
                case Ignore:
                    break;
                case Preamble:
                    var preamble = plan.Sections.FirstOrDefault(s => s.Role == SectionRoles.Preamble);
                    if (preamble is null)
                    {
                        preamble = new PlanSection { Role = SectionRoles.Preamble };
                        plan.Sections.Insert(0, preamble);
                    }

                    preamble.Paragraphs.Add(line);
                    break;
                case Recipient:
                    plan.Recipients.Add(line.TrimStart('-', ' ').TrimEnd(';', '.'));
                    break;
                case Content:
                    plan.Contents.Add(new LabeledItem { Label = "-", Text = line });
                    break;
                case Channel:
                    plan.Channels.Add(new LabeledItem { Label = "-", Text = line });
                    break;
                case { } section when section.StartsWith(SectionPrefix, StringComparison.Ordinal)
                    && int.TryParse(section[SectionPrefix.Length..], System.Globalization.CultureInfo.InvariantCulture, out var index)
                    && index >= 0 && index < plan.Sections.Count:
                    plan.Sections[index].Paragraphs.Add(line);
                    break;
                default:
                    problems.Add($"Dòng “{(line.Length > 60 ? line[..60] + "…" : line)}” chưa được xử lý: hãy chọn nơi đặt hoặc bỏ qua.");
                    break;
            }
        }

        plan.Unplaced = [];
        return problems;
    }
}
