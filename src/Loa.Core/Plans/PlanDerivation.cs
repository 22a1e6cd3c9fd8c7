using System.Globalization;
using Loa.Domain.Geography;
using Loa.Plans;
using Loa.Text;
using Loa.Units;

namespace Loa.Plans;

/// <summary>
/// Plans made from plans: a commune's plan from its province's issued plan (the province plan cited as its
/// basis, the chosen content items and channels taken over), and a unit's own plan under its commune's plan
/// (the commune plan cited, the unit's tasks taken over).
/// </summary>
public static class PlanDerivation
{
    public static PlanDocument FromProvincePlan(
        Plan provincePlan,
        PlanDocument provinceDocument,
        Commune commune,
        int year,
        IReadOnlyCollection<int> contentIndexes,
        IReadOnlyCollection<int> channelIndexes)
    {
        var plan = PlanTemplate.Blank(commune, year);
        var citation = Citation(provincePlan);
        plan.Basis = [citation.Basis];
        plan.Sections[0].Paragraphs = [$"Thực hiện {citation.Text} về {Lower(provinceDocument.Title)}; {commune.GovernmentName} ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm {year} như sau:"];
        plan.Contents = Relabel(provinceDocument.Contents.Where((_, i) => contentIndexes.Contains(i)));
        plan.Channels = Relabel(provinceDocument.Channels.Where((_, i) => channelIndexes.Contains(i)));
        return plan;
    }

    public static PlanDocument ForUnit(Plan communePlan, PlanDocument communeDocument, Unit unit, Commune commune)
    {
        var citation = Citation(communePlan);
        var tasks = communeDocument.Tasks
            .Select(t => Keep(t, unit.Name))
            .OfType<PlanTask>()
            .ToList();
        return new PlanDocument
        {
            Issuer = new PlanIssuer { Name = unit.Name, Kind = commune.Kind.Word(), Locality = commune.Locality },
            Symbol = "KH",
            Place = commune.Locality,
            Date = new PartialDate { Year = communePlan.Year },
            Year = communePlan.Year,
            Title = $"Thông tin, tuyên truyền cải cách hành chính năm {communePlan.Year} của {unit.Name}",
            Basis = [citation.Basis],
            Sections =
            [
                new PlanSection { Role = SectionRoles.Preamble, Paragraphs = [$"Thực hiện {citation.Text} về {Lower(communeDocument.Title)}; {unit.Name} xây dựng Kế hoạch thực hiện như sau:"] },
                new PlanSection { Label = "I", Heading = "MỤC ĐÍCH, YÊU CẦU", Role = SectionRoles.Purpose, Paragraphs = [$"Triển khai đầy đủ, kịp thời các nhiệm vụ được giao tại {citation.Text}."] },
                new PlanSection { Label = "II", Heading = "NHIỆM VỤ CỤ THỂ", Role = SectionRoles.Tasks, Paragraphs = ["(Có Phụ lục kèm theo)"] },
                new PlanSection
                {
                    Label = "III",
                    Heading = "TỔ CHỨC THỰC HIỆN",
                    Role = SectionRoles.Implementation,
                    Paragraphs = [$"Định kỳ báo cáo kết quả thực hiện về {communeDocument.Reporting.Via ?? "Phòng Văn hóa – Xã hội"} theo quy định."],
                },
            ],
            Contents = [.. communeDocument.Contents],
            Channels = [.. communeDocument.Channels],
            Tasks = tasks,
            Reporting = new Reporting { Periods = [.. communeDocument.Reporting.Periods], Via = communeDocument.Reporting.Via },
            Recipients = [commune.GovernmentName.Replace("Ủy ban nhân dân", "UBND", StringComparison.Ordinal), "Lưu: VT"],
            Signer = new Signer { Position = "THỦ TRƯỞNG ĐƠN VỊ" },
        };
    }

    /// <summary>"Kế hoạch số 51/KH-UBND ngày 30/01/2026 của Ủy ban nhân dân tỉnh Đồng Nai", as text and as a basis entry.</summary>
    public static (BasisDocument Basis, string Text) Citation(Plan plan)
    {
        var date = plan.IssuedOn ?? (plan.DateDay is { } d && plan.DateMonth is { } m && plan.DateYear is { } y ? new DateOnly(y, m, d) : null);
        var number = plan.Number ?? $"…/{plan.Symbol}";
        var text = $"Kế hoạch số {number}" + (date is { } dd ? $" ngày {dd.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}" : "") + $" của {plan.IssuerName}";
        var basis = new BasisDocument
        {
            Kind = "Kế hoạch",
            Number = plan.Number,
            Date = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Issuer = plan.IssuerName,
        };
        return (basis, text);
    }

    private static List<LabeledItem> Relabel(IEnumerable<LabeledItem> items) =>
        items.Select((item, i) => new LabeledItem { Label = Numbering.PointLetter(i + 1), Text = item.Text }).ToList();

    /// <summary>The task when the unit leads or helps with it (with all its sub-rows), or the task with only the sub-rows the unit has a part in.</summary>
    private static PlanTask? Keep(PlanTask task, string unitName)
    {
        var matcher = new UnitMatcher([new Unit { Id = 1, Name = unitName }]);
        bool Mine(PlanTask t) => t.Lead.Concat(t.Partners).Any(n => matcher.Match(n) is not null);
        if (Mine(task))
        {
            return task;
        }

        var children = task.Children.Where(Mine).ToList();
        return children.Count == 0 ? null : new PlanTask
        {
            Label = task.Label,
            Name = task.Name,
            Lead = task.Lead,
            Partners = task.Partners,
            Timeframe = task.Timeframe,
            Quantity = task.Quantity,
            Products = task.Products,
            Children = children,
        };
    }

    private static string Lower(string? title) =>
        string.IsNullOrEmpty(title) ? "công tác thông tin, tuyên truyền cải cách hành chính" : char.ToLower(title[0], CultureInfo.GetCultureInfo("vi-VN")) + title[1..];
}
