using System.Text.Json;
using Loa.Data;
using Loa.Domain.Geography;
using Loa.Plans;
using Loa.Reports;
using Loa.Text;
using Loa.Units;
using Microsoft.EntityFrameworkCore;

namespace Loa.Reports;

/// <summary>
/// Puts a periodic report together: its header from the plan and the province, its figures from the activities, its
/// narrative from the people.
/// </summary>
public static class ReportAssembly
{
    private static readonly JsonSerializerOptions Json = new(PlanJson.Compact);

    /// <summary>The activities of a plan that a period can count (from the start of the reporting year to the cut-off).</summary>
    public static async Task<List<ReportActivity>> ActivitiesAsync(
        LoaDbContext db, int planId, ReportPeriod period, CancellationToken cancellationToken = default) =>
        await db.Activities.AsNoTracking()
            .Where(a => a.PlanId == planId && a.Date >= period.DataFrom && a.Date <= period.DataTo)
            .Select(a => new ReportActivity(a.Id, a.TaskId, a.UnitId, a.Date, a.Quantity, a.Channel, a.ContentArea, a.Participants, a.Views, a.Copies))
            .ToListAsync(cancellationToken);

    public static ReportPeriod Period(Plan plan, Province province, ReportPeriodKind kind) =>
        ReportingCalendar.Get(plan.Year, kind, province.ReportingRules, plan.ReportingPeriods);

    /// <summary>The commune's report as it stands: the frozen snapshot once approved, else computed now.</summary>
    public static async Task<ReportDocument> ForCommuneAsync(
        LoaDbContext db, Plan plan, Province province, CommuneReport report, CancellationToken cancellationToken = default)
    {
        if (report.Snapshot is { Length: > 0 } frozen)
        {
            return Read(frozen);
        }

        var period = Period(plan, province, report.Period);
        var unitReports = await db.UnitReports.AsNoTracking()
            .Where(r => r.PlanId == plan.Id && r.Year == report.Year && r.Period == report.Period && r.Status == UnitReportStatus.Submitted)
            .ToListAsync(cancellationToken);
        var causes = unitReports.Where(r => !string.IsNullOrWhiteSpace(r.Causes)).ToDictionary(r => r.UnitId, r => r.Causes!.Trim());
        var document = Header(plan, period, province);
        document.Number = report.Number;
        if (report.IssuedOn is { } issued)
        {
            document.Date = new PartialDate { Day = issued.Day, Month = issued.Month, Year = issued.Year };
        }

        document.Recipient = string.IsNullOrWhiteSpace(report.Recipient) ? DefaultRecipient(province) : report.Recipient;
        document.Narrative = Narrative(report.Results, report.Shortcomings, report.Causes, report.Proposals);
        return ReportFigures.Fill(document, plan, await ActivitiesAsync(db, plan.Id, period, cancellationToken), period, causesByUnit: causes);
    }

    /// <summary>The commune's report of a period, whether or not anyone has started it (a blank one is computed).</summary>
    public static async Task<ReportDocument> ForCommuneAsync(
        LoaDbContext db, Plan plan, Province province, ReportPeriodKind kind, CancellationToken cancellationToken = default)
    {
        var report = await db.CommuneReports.AsNoTracking().FirstOrDefaultAsync(
            r => r.PlanId == plan.Id && r.Year == plan.Year && r.Period == kind, cancellationToken)
            ?? new CommuneReport { Period = kind, Year = plan.Year, Recipient = DefaultRecipient(province) };
        return await ForCommuneAsync(db, plan, province, report, cancellationToken);
    }

    /// <summary>A unit's report: its snapshot once submitted, else computed now from its own activities.</summary>
    public static async Task<ReportDocument> ForUnitAsync(
        LoaDbContext db, Plan plan, Province province, Unit unit, UnitReport report, CancellationToken cancellationToken = default)
    {
        if (report.Snapshot is { Length: > 0 } frozen && report.Status == UnitReportStatus.Submitted)
        {
            return Read(frozen);
        }

        var period = Period(plan, province, report.Period);
        var document = Header(plan, period, province);
        document.Issuer = new PlanIssuer { Name = unit.Name, Kind = plan.IssuerKind, Locality = plan.IssuerLocality };
        document.Symbol = "BC";
        document.Title = $"Kết quả công tác thông tin, tuyên truyền cải cách hành chính {period.Name} của {unit.Name}";
        document.Recipient = plan.IssuerName;
        document.Recipients = ["Như trên", $"{plan.ReportingVia ?? "Phòng Văn hóa – Xã hội"}", "Lưu: VT"];
        document.Signer = new Signer { Position = "THỦ TRƯỞNG ĐƠN VỊ" };
        document.Narrative = Narrative(report.Results, report.Shortcomings, report.Causes, report.Proposals);
        return ReportFigures.Fill(document, plan, await ActivitiesAsync(db, plan.Id, period, cancellationToken), period, unit.Id);
    }

    public static string Write(ReportDocument document) => JsonSerializer.Serialize(document, Json);

    /// <summary>A frozen snapshot; one of format 1 keeps what it said (its channel and content totals counted the year to date).</summary>
    public static ReportDocument Read(string json)
    {
        var document = JsonSerializer.Deserialize<ReportDocument>(json, Json) ?? new ReportDocument();
        if (document.Format == ReportDocument.FirstFormatName)
        {
            document.TotalsAreToDate = true;
            document.OverallToDate = document.Overall;
        }

        return document;
    }

    public static string DefaultRecipient(Province province) => province.ReportRecipient is { Length: > 0 } r ? r : $"Sở Nội vụ {province.Kind} {province.Locality}";

    private static ReportDocument Header(Plan plan, ReportPeriod period, Province province) => new()
    {
        Issuer = new PlanIssuer { Name = plan.IssuerName, Kind = plan.IssuerKind, Locality = plan.IssuerLocality },
        Symbol = "BC-UBND",
        Place = plan.Place ?? plan.IssuerLocality,
        Date = new PartialDate { Year = period.Year },
        Title = $"Kết quả công tác thông tin, tuyên truyền cải cách hành chính {period.Name}",
        Recipient = DefaultRecipient(province),
        PlanReference = PlanDerivation.Citation(plan).Text,
        Recipients = ["Như trên", $"TT Đảng ủy, HĐND {plan.IssuerKind}", $"CT, các PCT UBND {plan.IssuerKind}", "Lưu: VT, VHXH"],
        Signer = new Signer
        {
            Authority = plan.SignerAuthority ?? "TM. ỦY BAN NHÂN DÂN",
            Deputy = plan.SignerDeputy,
            Position = plan.SignerPosition ?? "CHỦ TỊCH",
            Name = plan.SignerName,
        },
    };

    private static ReportNarrative Narrative(string? results, string? shortcomings, string? causes, string? proposals) => new()
    {
        Results = TextLists.Paragraphs(results),
        Shortcomings = TextLists.Paragraphs(shortcomings),
        Causes = TextLists.Paragraphs(causes),
        Proposals = TextLists.Paragraphs(proposals),
    };
}
