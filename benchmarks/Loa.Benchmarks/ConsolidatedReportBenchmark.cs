using BenchmarkDotNet.Attributes;
using Loa.Data;
using Loa.Documents;
using Loa.Domain.Accounts;
using Loa.Plans;
using Loa.Reports;
using Microsoft.EntityFrameworkCore;

namespace Loa.Benchmarks;

/// <summary>
/// The consolidated (commune) report of the typical commune of the generated Hồ Chí Minh, as
/// <c>/reports/download?plan=&amp;period=</c> serves it to the commune's leader (Pages/Reports/Download.cshtml.cs
/// and ReportContext): the issued plan with its tasks, the province, <see cref="ReportAssembly.ForCommuneAsync(LoaDbContext, Plan, Domain.Geography.Province, ReportPeriodKind, CancellationToken)"/>
/// and <see cref="ReportDocxWriter.Write"/>. <c>Assemble</c> stops before the .docx (what /reports/commune computes).
/// The year's report is still open, so it is computed from every activity; an earlier period may be frozen
/// (approved or sent: read from its snapshot). The target is under 300 ms including the .docx.
/// </summary>
[MemoryDiagnoser]
public class ConsolidatedReportBenchmark
{
    private GeneratedProvince _province = null!;
    private TenantScope _scope = null!;
    private int _planId;

    [Params("q3", "year")]
    public string Period { get; set; } = "year";

    [GlobalSetup]
    public async Task Setup()
    {
        _province = await GeneratedProvince.GetAsync();
        var (commune, planId, activities) = await _province.TypicalCommuneAsync(GeneratedProvince.Today.Year);
        _planId = planId;
        _scope = await _province.ScopeOfAsync(await _province.UserNameAsync(commune.Id, UserRole.Leader));
        var document = await Assemble() ?? throw new InvalidOperationException($"The typical commune's plan does not require the period {Period}.");
        await using var db = _province.Open(TenantScope.System);
        var kind = ReportPeriodKindText.FromCode(Period);
        var status = await db.CommuneReports.AsNoTracking().Where(r => r.PlanId == planId && r.Period == kind).Select(r => (CommuneReportStatus?)r.Status).FirstOrDefaultAsync();
        Console.WriteLine($"// Consolidated report {Period} of {commune.Name} ({commune.Code}): {activities} activities in the plan, {document.Tasks.Count} task rows, {document.Overall.Activities} activities counted, report {status?.ToString() ?? "not started"}, .docx {(await Download())?.Length / 1024} KB");
    }

    [Benchmark]
    public async Task<ReportDocument?> Assemble()
    {
        await using var db = _province.Open(_scope);
        return await AssembleAsync(db);
    }

    [Benchmark]
    public async Task<byte[]?> Download()
    {
        await using var db = _province.Open(_scope);
        var document = await AssembleAsync(db);
        return document is null ? null : ReportDocxWriter.Write(document);
    }

    /// <summary>ReportContext.LoadAsync then ReportAssembly.ForCommuneAsync, as the download page does.</summary>
    private async Task<ReportDocument?> AssembleAsync(LoaDbContext db)
    {
        var plan = await db.Plans.Visible(db.Scope).AsNoTrackingWithIdentityResolution().WithTasks()
            .FirstOrDefaultAsync(p => p.Id == _planId && p.CommuneId != null && p.UnitId == null && p.Status == PlanStatus.Issued);
        if (plan is null || ReportPeriodKindText.FromCode(Period) is not { } kind || !ReportingCalendar.Required(plan.ReportingPeriods).Contains(kind))
        {
            return null;
        }

        var province = await db.Provinces.AsNoTracking().FirstAsync(p => p.Id == plan.ProvinceId);
        _ = ReportAssembly.Period(plan, province, kind);
        return await ReportAssembly.ForCommuneAsync(db, plan, province, kind);
    }
}
