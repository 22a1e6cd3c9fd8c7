using Loa.Documents;
using Loa.Plans;
using Loa.Reports;
using Microsoft.EntityFrameworkCore;

namespace Loa.Cli.Commands;

/// <summary>
/// <c>loa report docx</c>: a commune's consolidated report of a period as the official .docx — the approved
/// report exactly as frozen, or, before approval, the report as it stands today.
/// </summary>
public sealed class ReportDocxCommand : ICommand
{
    private const string Name = "loa report docx";

    public IReadOnlyList<string> Verb => ["report", "docx"];

    public string Summary => "Xuất báo cáo định kỳ của một xã, phường ra tệp .docx theo thể thức Nghị định 30";

    public string Help => """
        loa report docx — xuất báo cáo kết quả thông tin, tuyên truyền CCHC của xã, phường ra tệp Word

        Cách dùng:
          loa report docx --commune MÃ --year NĂM --period q1|h1|q3|year -o BÁO_CÁO.docx
                          [--data THƯ_MỤC] [--provider Sqlite|Postgres] [--connection CHUỖI_KẾT_NỐI]

          --commune     mã xã, phường theo danh mục hành chính (ví dụ 26041)
          --year        năm của kế hoạch (ví dụ 2026)
          --period      kỳ báo cáo: q1 (quý I), h1 (6 tháng), q3 (9 tháng), year (năm)
          -o            tệp .docx sẽ ghi (ghi qua tệp tạm, không bao giờ để lại tệp dở dang)

        Báo cáo đã được lãnh đạo duyệt được xuất đúng như khi duyệt (số liệu đã chốt); báo cáo chưa duyệt được
        tính từ các hoạt động đã ghi nhận đến ngày chốt số liệu của kỳ.
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        if (!CommandOptions.TryParse(args, ["--commune", "--year", "--period", "-o", "--data", "--provider", "--connection"], [], out var options, out var error))
        {
            return await UsageAsync(context, error!);
        }

        if (options.GetValueOrDefault("--commune") is not { Length: > 0 } code)
        {
            return await UsageAsync(context, "thiếu --commune (mã xã, phường).");
        }

        if (!int.TryParse(options.GetValueOrDefault("--year"), out var year) || year is < 2000 or > 2100)
        {
            return await UsageAsync(context, "thiếu hoặc sai --year (ví dụ 2026).");
        }

        if (ReportPeriodKindText.FromCode(options.GetValueOrDefault("--period")) is not { } kind)
        {
            return await UsageAsync(context, "thiếu hoặc sai --period (q1, h1, q3 hoặc year).");
        }

        if (options.GetValueOrDefault("-o") is not { Length: > 0 } output)
        {
            return await UsageAsync(context, "thiếu -o TỆP.docx.");
        }

        await using var db = CliDatabase.From(options).Open();
        var found = await FindAsync(db, code, year, kind, Name, context);
        if (found.Document is not { } document)
        {
            return CommandRouter.Failure;
        }

        if (await AtomicFile.WriteAsync(output, ReportDocxWriter.Write(document)) is { } problem)
        {
            await context.Error.WriteLineAsync($"{Name}: không ghi được \"{output}\": {problem}");
            return CommandRouter.Failure;
        }

        await context.Out.WriteLineAsync($"Đã ghi {output}: {found.Said}.");
        return CommandRouter.Ok;
    }

    /// <summary>
    /// The report of the commune's issued plan of the year for the period, and what to say of it ("báo cáo quý I năm
    /// 2026 của Xã … (Đã duyệt)"); a null document after writing in Vietnamese why there is none.
    /// </summary>
    internal static async Task<(ReportDocument? Document, string Said)> FindAsync(
        Loa.Data.LoaDbContext db, string code, int year, ReportPeriodKind kind, string name, CommandContext context)
    {
        await Loa.Data.DatabaseInitializer.InitializeAsync(db);
        var commune = await db.Communes.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code.Trim());
        if (commune is null)
        {
            await context.Error.WriteLineAsync($"{name}: không có xã, phường mã \"{code}\" trong danh mục.");
            return (null, "");
        }

        var plan = await db.Plans.AsNoTrackingWithIdentityResolution().WithTasks()
            .Where(p => p.CommuneId == commune.Id && p.UnitId == null && p.Year == year && p.Status == PlanStatus.Issued)
            .OrderByDescending(p => p.IssuedOn)
            .FirstOrDefaultAsync();
        if (plan is null)
        {
            await context.Error.WriteLineAsync($"{name}: {commune.Name} chưa có kế hoạch năm {year} được ban hành, nên chưa có báo cáo.");
            return (null, "");
        }

        if (!ReportingCalendar.Required(plan.ReportingPeriods).Contains(kind))
        {
            await context.Error.WriteLineAsync($"{name}: kế hoạch của {commune.Name} không yêu cầu báo cáo {kind.Name(year)}.");
            return (null, "");
        }

        var province = await db.Provinces.AsNoTracking().FirstAsync(p => p.Id == plan.ProvinceId);
        var document = await ReportAssembly.ForCommuneAsync(db, plan, province, kind);
        var state = await db.CommuneReports
            .AsNoTracking()
            .Where(r => r.PlanId == plan.Id && r.Period == kind)
            .Select(r => (CommuneReportStatus?)r.Status)
            .FirstOrDefaultAsync();
        return (document, $"báo cáo {kind.Name(year)} của {commune.Name} ({state?.Label() ?? "chưa tổng hợp, số liệu tính đến hôm nay"})");
    }

    private static async Task<int> UsageAsync(CommandContext context, string message)
    {
        await context.Error.WriteLineAsync($"{Name}: {message}");
        await context.Error.WriteLineAsync("Cách dùng: loa report docx --commune MÃ --year NĂM --period q1|h1|q3|year -o BÁO_CÁO.docx   (xem: loa report docx --help)");
        return CommandRouter.Usage;
    }
}
