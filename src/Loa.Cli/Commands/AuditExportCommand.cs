using System.Globalization;
using Loa.Audit;
using Loa.Domain;
using Microsoft.EntityFrameworkCore;

namespace Loa.Cli.Commands;

/// <summary>
/// <c>loa audit export</c>: the audit log of a window of days (and of one commune) as .csv or .xlsx on the server, for an
/// incident report; the export is itself written to the log.
/// </summary>
public sealed class AuditExportCommand : ICommand
{
    public IReadOnlyList<string> Verb => ["audit", "export"];

    public string Summary => "Xuất nhật ký hệ thống của một khoảng ngày ra tệp .csv hoặc .xlsx (báo cáo sự cố)";

    public string Help => $"""
        loa audit export — xuất nhật ký hệ thống của một khoảng ngày ra tệp, để báo cáo sự cố an toàn thông tin

        Cách dùng:
          loa audit export --from NGÀY --to NGÀY [--commune MÃ_XÃ] -o TỆP.csv|TỆP.xlsx
                           [--data THƯ_MỤC] [--provider Sqlite|Postgres] [--connection CHUỖI_KẾT_NỐI]

          --from, --to  ngày đầu và ngày cuối (cả hai ngày đều được tính, giờ Việt Nam), viết 2026-12-01 hoặc 01/12/2026;
                        tối đa {AuditWindow.MaxDays} ngày
          --commune     chỉ các dòng của một xã, phường (mã 5 chữ số, vd 26041)
          -o, --output  tệp được ghi: .csv (UTF-8 có BOM, mở được bằng Excel; tối đa {AuditExport.CommandLineCsvMaxRows:N0} dòng)
                        hoặc .xlsx (tối đa {AuditExport.XlsxMaxRows:N0} dòng); tệp đã có bị ghi đè
          --data        thư mục dữ liệu (mặc định .loa ở gốc mã nguồn, hoặc biến LOA_DATA)
          --provider    Sqlite (mặc định) hoặc Postgres
          --connection  chuỗi kết nối (bắt buộc với Postgres)

        Mỗi dòng: thời điểm (UTC và giờ Việt Nam), tên đăng nhập, tỉnh, xã, địa chỉ IP, hành động, đối tượng, kết quả, chi tiết;
        mới nhất trước. Lần xuất này cũng được ghi vào nhật ký (hành động audit-export).

        Mã thoát: 0 đã ghi tệp; 1 không ghi được (quá nhiều dòng, không có xã, lỗi đọc ghi); 2 sai cách dùng.
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        var normalized = args.Select(a => a == "-o" ? "--output" : a).ToList();
        string[] valued = ["--from", "--to", "--commune", "--output", "--data", "--provider", "--connection"];
        if (!CommandOptions.TryParse(normalized, valued, [], out var options, out var error))
        {
            return await UsageAsync(context, error!);
        }

        if (string.IsNullOrWhiteSpace(options.GetValueOrDefault("--from")) || string.IsNullOrWhiteSpace(options.GetValueOrDefault("--to")))
        {
            return await UsageAsync(context, "cần cả --from NGÀY và --to NGÀY (xem --help).");
        }

        var output = options.GetValueOrDefault("--output");
        var format = Path.GetExtension(output ?? "").ToLowerInvariant() switch
        {
            ".csv" => "csv",
            ".xlsx" => "xlsx",
            _ => null,
        };
        if (format is null)
        {
            return await UsageAsync(context, "cần -o TỆP với đuôi .csv hoặc .xlsx (xem --help).");
        }

        var commune = options.GetValueOrDefault("--commune")?.Trim();
        var today = VietnamTime.Today(TimeProvider.System);
        if (!AuditCriteria.TryRead(options["--from"], options["--to"], null, null, commune, null, today, out var criteria, out error))
        {
            return await UsageAsync(context, error!);
        }

        var database = CliDatabase.From(options);
        if (!database.Options.IsPostgres && !File.Exists(Path.Combine(database.DataDirectory, "loa.db")))
        {
            await context.Error.WriteLineAsync($"loa audit export: không có cơ sở dữ liệu ở {database.Describe()}.");
            return CommandRouter.Failure;
        }

        await using var db = database.Open();
        if (commune is { Length: > 0 } && !await db.Communes.AnyAsync(c => c.Code == commune))
        {
            await context.Error.WriteLineAsync($"loa audit export: không có xã, phường mã \"{commune}\".");
            return CommandRouter.Failure;
        }

        var entries = AuditQuery.Entries(db, AuditReach.Everything, criteria);
        var count = await entries.CountAsync();
        var maxRows = AuditExport.MaxRows(format, AuditExport.CommandLineCsvMaxRows);
        if (AuditExport.TooMany(count, maxRows) is { } tooMany)
        {
            await context.Error.WriteLineAsync($"loa audit export: {tooMany}");
            return CommandRouter.Failure;
        }

        var places = await AuditPlaces.LoadAsync(db);
        var problem = format == "csv"
            ? await AtomicFile.WriteAsync(output!, stream => AuditExport.WriteCsvAsync(entries, places, stream))
            : await AtomicFile.WriteAsync(output!, await AuditExport.CreateXlsxAsync(entries, places));
        if (problem is not null)
        {
            await context.Error.WriteLineAsync($"loa audit export: không ghi được {output}: {problem}");
            return CommandRouter.Failure;
        }

        db.AuditEntries.Add(new AuditEntry
        {
            At = DateTime.UtcNow,
            UserName = "system",
            Action = AuditActions.Export,
            Succeeded = true,
            Detail = $"dòng lệnh (người dùng máy chủ {Environment.UserName}), {format}, "
                + $"{count.ToString(CultureInfo.InvariantCulture)} dòng: {criteria.Describe()}",
        });
        await db.SaveChangesAsync();
        await context.Out.WriteLineAsync(string.Create(
            CultureInfo.GetCultureInfo("vi-VN"), $"Đã ghi {count:N0} dòng nhật ký ({criteria.Describe()}) vào {Path.GetFullPath(output!)}."));
        return CommandRouter.Ok;
    }

    private static async Task<int> UsageAsync(CommandContext context, string message)
    {
        await context.Error.WriteLineAsync($"loa audit export: {message}");
        return CommandRouter.Usage;
    }
}
