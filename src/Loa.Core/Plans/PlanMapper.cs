using System.Globalization;
using Loa.Plans;
using Loa.Units;

namespace Loa.Plans;

/// <summary>Turns a plan document (parsed or imported JSON) into the plan's records, and the records back into a document.</summary>
public static class PlanMapper
{
    /// <summary>Fills <paramref name="plan"/> (a new plan of a commune or province) from the document; lead and partner names are matched to units.</summary>
    public static void Fill(Plan plan, PlanDocument document, UnitMatcher matcher)
    {
        plan.IssuerName = document.Issuer.Name ?? plan.IssuerName;
        plan.IssuerKind = document.Issuer.Kind ?? plan.IssuerKind;
        plan.IssuerLocality = document.Issuer.Locality ?? plan.IssuerLocality;
        plan.Number = document.Number;
        plan.Symbol = document.Symbol ?? plan.Symbol;
        plan.Place = document.Place;
        plan.DateDay = document.Date.Day;
        plan.DateMonth = document.Date.Month;
        plan.DateYear = document.Date.Year;
        plan.Year = document.Year ?? document.Date.Year ?? plan.Year;
        plan.Title = document.Title ?? "";
        plan.ReportingPeriods = ReportingPeriodsText.FromCodes(document.Reporting.Periods);
        plan.ReportingVia = document.Reporting.Via;
        plan.Funding = [.. document.Funding];
        plan.Recipients = [.. document.Recipients];
        plan.SignerAuthority = document.Signer.Authority;
        plan.SignerDeputy = document.Signer.Deputy;
        plan.SignerPosition = document.Signer.Position;
        plan.SignerName = document.Signer.Name;

        plan.Basis = document.Basis.Select((b, i) => new Basis
        {
            Order = i,
            Kind = b.Kind ?? "",
            Number = b.Number,
            Date = ParseDate(b.Date),
            Issuer = b.Issuer,
        }).ToList();
        plan.Sections = [];
        AddSections(plan, document.Sections, null);
        plan.Contents = document.Contents.Select((c, i) => new ContentItem { Order = i, Label = c.Label, Text = c.Text }).ToList();
        plan.Channels = document.Channels.Select((c, i) => new Channel { Order = i, Label = c.Label, Text = c.Text }).ToList();
        plan.Tasks = [];
        AddTasks(plan, document.Tasks, null, matcher);
        plan.Responsibilities = document.Responsibilities.Select((r, i) => new UnitResponsibility
        {
            Order = i,
            UnitName = r.Unit,
            UnitId = matcher.Match(r.Unit)?.Id,
            Duties = [.. r.Duties],
        }).ToList();
        plan.Deadlines = document.Deadlines
            .Select((d, i) => (d, i, date: ParseDate(d.Date)))
            .Where(x => x.date is not null)
            .Select(x => new PlanDeadline { Order = x.i, Subject = x.d.Subject, Date = x.date!.Value })
            .ToList();
    }

    /// <summary>The plan as a <c>loa.plan/1</c> document (sections and tasks as trees, in order).</summary>
    public static PlanDocument ToDocument(Plan plan) => new()
    {
        Issuer = new PlanIssuer { Name = plan.IssuerName, Kind = plan.IssuerKind, Locality = plan.IssuerLocality },
        Number = plan.Number,
        Symbol = plan.Symbol,
        Place = plan.Place,
        Date = new PartialDate { Day = plan.DateDay, Month = plan.DateMonth, Year = plan.DateYear },
        Year = plan.Year,
        Title = plan.Title,
        Basis = plan.Basis.OrderBy(b => b.Order).Select(b => new BasisDocument
        {
            Kind = b.Kind,
            Number = b.Number,
            Date = b.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Issuer = b.Issuer,
        }).ToList(),
        Sections = SectionTree(plan.Sections),
        Contents = plan.Contents.OrderBy(c => c.Order).Select(c => new LabeledItem { Label = c.Label, Text = c.Text }).ToList(),
        Channels = plan.Channels.OrderBy(c => c.Order).Select(c => new LabeledItem { Label = c.Label, Text = c.Text }).ToList(),
        Tasks = TaskTree(plan.Tasks),
        Responsibilities = plan.Responsibilities.OrderBy(r => r.Order).Select(r => new Responsibility { Unit = r.UnitName, Duties = [.. r.Duties] }).ToList(),
        Reporting = new Reporting { Periods = plan.ReportingPeriods.ToCodes(), Via = plan.ReportingVia },
        Deadlines = plan.Deadlines
            .OrderBy(d => d.Order)
            .Select(d => new Deadline { Subject = d.Subject, Date = d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })
            .ToList(),
        Funding = [.. plan.Funding],
        Recipients = [.. plan.Recipients],
        Signer = new Signer { Authority = plan.SignerAuthority, Deputy = plan.SignerDeputy, Position = plan.SignerPosition, Name = plan.SignerName },
    };

    /// <summary>Builds a task's lead and partner links from names, matching each to a unit where one fits.</summary>
    public static List<KeyTaskUnit> TaskUnits(IEnumerable<string> leads, IEnumerable<string> partners, UnitMatcher matcher) =>
        leads.Select((name, i) => Link(name, TaskUnitRole.Lead, i, matcher))
            .Concat(partners.Select((name, i) => Link(name, TaskUnitRole.Partner, i, matcher)))
            .ToList();

    private static KeyTaskUnit Link(string name, TaskUnitRole role, int order, UnitMatcher matcher) =>
        new() { Name = name, Role = role, Order = order, UnitId = matcher.Match(name)?.Id };

    private static void AddSections(Plan plan, List<PlanSection> sections, Section? parent)
    {
        foreach (var (source, i) in sections.Select((s, i) => (s, i)))
        {
            var section = new Section
            {
                Order = i,
                Label = source.Label,
                Heading = source.Heading,
                Role = source.Role,
                Paragraphs = [.. source.Paragraphs],
            };
            plan.Sections.Add(section);
            parent?.Children.Add(section);
            AddSections(plan, source.Children, section);
        }
    }

    private static void AddTasks(Plan plan, List<PlanTask> tasks, KeyTask? parent, UnitMatcher matcher)
    {
        foreach (var (source, i) in tasks.Select((t, i) => (t, i)))
        {
            var task = new KeyTask
            {
                ProvinceId = plan.ProvinceId,
                CommuneId = plan.CommuneId,
                Order = i,
                Label = source.Label,
                Name = source.Name,
                Timeframe = source.Timeframe,
                QuantityValue = source.Quantity?.Value,
                QuantityUnit = source.Quantity?.Unit,
                QuantityText = source.Quantity?.Text,
                Products = source.Products,
                Indices = Loa.Indices.IndexKindText.Named(source.Name),
                Units = TaskUnits(source.Lead, source.Partners, matcher),
                Parent = parent,
            };
            plan.Tasks.Add(task);
            parent?.Children.Add(task);

            AddTasks(plan, source.Children, task, matcher);
        }
    }

    /// <summary>
    /// A tree of records from a flat list, whether it was built in memory (children in the navigation, no ids
    /// yet) or loaded from the database (parent ids set; the navigation may be empty in a no-tracking query).
    /// </summary>
    public static Func<T, IEnumerable<T>> ChildrenOf<T>(IEnumerable<T> all, Func<T, int> id, Func<T, int?> parentId, Func<T, List<T>> children)
    {
        var byParent = all.Where(n => parentId(n) is not null).ToLookup(n => parentId(n)!.Value);
        return n => children(n).Count > 0 ? children(n) : byParent[id(n)];
    }

    public static IEnumerable<T> Roots<T>(IEnumerable<T> all, Func<T, IEnumerable<T>> childrenOf, Func<T, int?> parentId)
    {
        var list = all.ToList();
        var nested = list.SelectMany(childrenOf).ToHashSet();
        return list.Where(n => parentId(n) is null && !nested.Contains(n));
    }

    private static List<PlanSection> SectionTree(List<Section> all)
    {
        var childrenOf = ChildrenOf(all, s => s.Id, s => s.ParentId, s => s.Children);
        List<PlanSection> Build(IEnumerable<Section> nodes) => nodes.OrderBy(s => s.Order)
            .Select(s => new PlanSection
            {
                Label = s.Label,
                Heading = s.Heading,
                Role = s.Role,
                Paragraphs = [.. s.Paragraphs],
                Children = Build(childrenOf(s)),
            })
            .ToList();
        return Build(Roots(all, childrenOf, s => s.ParentId));
    }

    private static List<PlanTask> TaskTree(List<KeyTask> all)
    {
        var childrenOf = ChildrenOf(all, t => t.Id, t => t.ParentId, t => t.Children);
        List<PlanTask> Build(IEnumerable<KeyTask> nodes) => nodes.OrderBy(t => t.Order)
            .Select(t => new PlanTask
            {
                Label = t.Label,
                Name = t.Name,
                Lead = t.Leads.Select(u => u.Name).ToList(),
                Partners = t.Partners.Select(u => u.Name).ToList(),
                Timeframe = t.Timeframe,
                Quantity = t.QuantityValue is { } v ? new Quantity { Value = v, Unit = t.QuantityUnit, Text = t.QuantityText ?? "" } : null,
                Products = t.Products,
                Children = Build(childrenOf(t)),
            })
            .ToList();
        return Build(Roots(all, childrenOf, t => t.ParentId));
    }

    private static DateOnly? ParseDate(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
