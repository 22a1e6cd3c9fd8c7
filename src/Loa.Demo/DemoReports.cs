using System.Globalization;
using Loa.Activities;
using Loa.Domain;
using Loa.Domain.Geography;
using Loa.Plans;
using Loa.Reports;
using Loa.Units;

namespace Loa.Demo;

/// <summary>How reliably a commune does its paperwork: decides how its reports come in.</summary>
internal enum Diligence
{
    Good = 1,
    Average = 2,
    Poor = 3,
}

/// <summary>
/// The periodic reports of a generated commune for the periods already past (due before today): the units'
/// parts and the commune's consolidated report, most sent on time, some late, some still in the works,
/// some missing — more of the last kinds in a lagging commune. Figures are left to the app (no snapshot).
/// </summary>
internal sealed class DemoReports(Random random, Province province, Commune commune, DateOnly today)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public List<UnitReport> UnitReports { get; } = [];

    public List<CommuneReport> CommuneReports { get; } = [];

    public void For(Plan plan, DateOnly issuedOn, DemoStaff staff, Diligence diligence, GenerationResult result)
    {
        var periods = ReportingCalendar.For(plan.Year, plan.ReportingPeriods, province.ReportingRules)
            .Where(p => today > p.Due && p.Due >= issuedOn)
            .ToList();
        var reporting = ReportingUnits.Of(plan);
        foreach (var period in periods)
        {
            var last = period == periods[^1];
            var state = CommuneState(diligence, last);
            if (state == DemoReportState.Late && today < period.Due.AddDays(2))
            {
                state = DemoReportState.InProgress; // too early to be late yet
            }

            result.CommuneReportStates[state]++;
            if (state != DemoReportState.Missing)
            {
                CommuneReports.Add(CommuneReport(plan, period, state, staff));
            }

            foreach (var unitId in reporting)
            {
                var unitState = UnitState(diligence, state);
                if (unitState == DemoReportState.Late && today < period.Due.AddDays(2))
                {
                    unitState = DemoReportState.InProgress;
                }

                result.UnitReportStates[unitState]++;
                if (unitState != DemoReportState.Missing)
                {
                    UnitReports.Add(UnitReport(plan, period, unitId, unitState, staff));
                }
            }
        }
    }

    /// <summary>
    /// A showcase commune's reports as scripted per period instead of drawn: every unit sends its part of a report
    /// that went out; for the one still in the works, the coordinator's own unit has sent, the officer's unit has
    /// been returned with a comment (so its demo account has something to correct) and the others are drafts.
    /// Periods not in the script, or not yet due, are left untouched for visitors to walk through.
    /// </summary>
    public void Scripted(Plan plan, IReadOnlyList<Unit> units, DemoStaff staff, IReadOnlyDictionary<ReportPeriodKind, DemoReportState> script)
    {
        var coordinatorUnit = units.First(u => u.IsCoordinator).Id;
        var reporting = ReportingUnits.Of(plan);
        foreach (var period in ReportingCalendar.For(plan.Year, plan.ReportingPeriods, province.ReportingRules).Where(p => today > p.Due))
        {
            if (!script.TryGetValue(period.Kind, out var state) || state == DemoReportState.Missing)
            {
                continue;
            }

            CommuneReports.Add(CommuneReport(plan, period, state, staff, inWorks: CommuneReportStatus.Draft));
            foreach (var unitId in reporting)
            {
                var sent = state != DemoReportState.InProgress || unitId == coordinatorUnit;
                var inWorks = unitId == staff.OfficerUnitId ? UnitReportStatus.Returned : UnitReportStatus.Draft;
                UnitReports.Add(UnitReport(plan, period, unitId, sent ? DemoReportState.OnTime : DemoReportState.InProgress, staff, inWorks));
            }
        }
    }

    private DemoReportState CommuneState(Diligence diligence, bool last)
    {
        var (onTime, late, inProgress) = diligence switch
        {
            Diligence.Good => (0.82, 0.10, 0.05),
            Diligence.Average => (0.58, 0.20, 0.10),
            _ => (0.30, 0.25, 0.15),
        };
        if (last)
        {
            // the latest report is the one most often still being finished
            (onTime, inProgress) = (onTime - 0.08, inProgress + 0.08);
        }

        return Draw(onTime, late, inProgress);
    }

    private DemoReportState UnitState(Diligence diligence, DemoReportState communeState)
    {
        var (onTime, late, inProgress) = diligence switch
        {
            Diligence.Good => (0.85, 0.07, 0.06),
            Diligence.Average => (0.65, 0.15, 0.12),
            _ => (0.40, 0.20, 0.17),
        };
        if (communeState == DemoReportState.Missing)
        {
            // a commune that sent nothing rarely has all its units' parts
            (onTime, late) = (onTime * 0.6, late * 0.8);
        }

        return Draw(onTime, late, inProgress);
    }

    private DemoReportState Draw(double onTime, double late, double inProgress)
    {
        var r = random.NextDouble();
        return r < onTime ? DemoReportState.OnTime
            : r < onTime + late ? DemoReportState.Late
            : r < onTime + late + inProgress ? DemoReportState.InProgress
            : DemoReportState.Missing;
    }

    private CommuneReport CommuneReport(Plan plan, ReportPeriod period, DemoReportState state, DemoStaff staff, CommuneReportStatus? inWorks = null)
    {
        var report = new CommuneReport
        {
            ProvinceId = plan.ProvinceId,
            CommuneId = plan.CommuneId,
            PlanId = plan.Id,
            Year = plan.Year,
            Period = period.Kind,
            Recipient = province.ReportRecipient ?? $"Sở Nội vụ {province.Kind} {province.Locality}",
            Results = string.Format(Vietnamese, DemoWords.CommuneResults, period.Name, commune.GovernmentName),
            Shortcomings = DemoWords.Shortcomings.Pick(random),
            Causes = DemoWords.Causes.Pick(random),
            Proposals = DemoWords.Proposals.Pick(random),
        };
        var created = Day(period.Opens.AddDays(random.Next(0, 6)));
        report.CreatedAt = DemoClock.At(created, 8 + random.Next(3));

        var sent = state switch
        {
            DemoReportState.OnTime => period.Due.AddDays(-random.Next(1, 4)),
            DemoReportState.Late => Earlier(today, period.Due.AddDays(random.Next(2, 26))),
            _ => (DateOnly?)null,
        };
        if (sent is { } sentOn)
        {
            var approved = Later(sentOn.AddDays(-random.Next(0, 2)), created);
            var submitted = Later(approved.AddDays(-random.Next(1, 3)), created);
            Approve(report, approved, submitted, staff);
            report.Status = CommuneReportStatus.Sent;
            report.SentAt = DemoClock.At(Later(sentOn, approved), 15 + random.Next(2), random.Next(60));
            report.UpdatedAt = report.SentAt.Value;
            return report;
        }

        // in the works: being written, waiting for the leader, or approved and not yet sent
        var step = inWorks switch
        {
            CommuneReportStatus.Draft => 0,
            CommuneReportStatus.Submitted => 1,
            CommuneReportStatus.Approved => 2,
            _ => random.Next(3),
        };
        var latest = Earlier(today, period.Due.AddDays(random.Next(-3, 20)));
        var submittedOn = Later(latest, created);
        if (step == 0)
        {
            report.Status = CommuneReportStatus.Draft;
            report.Shortcomings = null;
            report.Causes = null;
            report.Proposals = null;
            report.UpdatedAt = DemoClock.At(submittedOn, 10);
        }
        else if (step == 1)
        {
            report.Status = CommuneReportStatus.Submitted;
            report.SubmittedAt = DemoClock.At(submittedOn, 14);
            report.UpdatedAt = report.SubmittedAt.Value;
        }
        else
        {
            Approve(report, submittedOn, Later(submittedOn.AddDays(-1), created), staff);
            report.Status = CommuneReportStatus.Approved;
            report.UpdatedAt = report.ApprovedAt!.Value;
        }

        return report;
    }

    private void Approve(CommuneReport report, DateOnly approved, DateOnly submitted, DemoStaff staff)
    {
        report.SubmittedAt = DemoClock.At(submitted, 9 + random.Next(6));
        report.ApprovedAt = DemoClock.At(approved, 10 + random.Next(6));
        report.ApprovedById = staff.LeaderId;
        report.IssuedOn = approved;
        report.Number = $"{random.Next(20, 400).ToString(CultureInfo.InvariantCulture)}/BC-UBND";
    }

    private UnitReport UnitReport(Plan plan, ReportPeriod period, int unitId, DemoReportState state, DemoStaff staff, UnitReportStatus? inWorks = null)
    {
        var created = Day(period.Opens.AddDays(random.Next(0, 6)));
        var report = new UnitReport
        {
            ProvinceId = plan.ProvinceId,
            CommuneId = plan.CommuneId,
            PlanId = plan.Id,
            UnitId = unitId,
            Year = plan.Year,
            Period = period.Kind,
            Results = DemoWords.UnitResults.Pick(random),
            Shortcomings = random.Next(3) == 0 ? null : DemoWords.Shortcomings.Pick(random),
            Causes = random.Next(3) == 0 ? null : DemoWords.Causes.Pick(random),
            Proposals = random.Next(2) == 0 ? null : DemoWords.Proposals.Pick(random),
            CreatedAt = DemoClock.At(created, 8 + random.Next(4)),
        };
        var submitted = state switch
        {
            DemoReportState.OnTime => Later(period.Due.AddDays(-random.Next(1, 6)), created),
            DemoReportState.Late => Earlier(today, period.Due.AddDays(random.Next(2, 21))),
            _ => (DateOnly?)null,
        };
        if (submitted is { } on)
        {
            report.Status = UnitReportStatus.Submitted;
            report.SubmittedAt = DemoClock.At(on, 9 + random.Next(8), random.Next(60));
            report.SubmittedById = staff.RecorderFor(unitId);
            report.UpdatedAt = report.SubmittedAt.Value;
        }
        else if (inWorks == UnitReportStatus.Returned || (inWorks is null && random.Next(4) == 0))
        {
            var on2 = Earlier(today, Later(period.Due.AddDays(-random.Next(0, 4)), created));
            report.Status = UnitReportStatus.Returned;
            report.SubmittedAt = DemoClock.At(on2, 10);
            report.SubmittedById = staff.RecorderFor(unitId);
            report.ReturnComment = DemoWords.ReturnComments.Pick(random);
            report.UpdatedAt = DemoClock.At(Earlier(today, on2.AddDays(1)), 15);
        }
        else
        {
            report.Status = UnitReportStatus.Draft;
            report.UpdatedAt = report.CreatedAt;
        }

        return report;
    }

    private DateOnly Day(DateOnly date) => Earlier(today, date);

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
}

/// <summary>The generated accounts of a commune that act in its data.</summary>
internal sealed record DemoStaff(string LeaderId, string CoordinatorId, string OfficerId, int OfficerUnitId)
{
    public string RecorderFor(int unitId) => unitId == OfficerUnitId ? OfficerId : CoordinatorId;
}

/// <summary>Times of day in Vietnam (UTC+7) as the UTC instants the database stores.</summary>
internal static class DemoClock
{
    public static DateTime At(DateOnly day, int hour, int minute = 0) =>
        VietnamTime.ToUtc(day.ToDateTime(new TimeOnly(hour, minute)));
}
