using System.Globalization;
using System.Text;
using Loa.Backups;
using Loa.Domain;

namespace Loa.Cli.Commands;

/// <summary><c>loa restore</c>: puts a backup made by <c>loa backup</c> into an empty installation, after checking every file of it.</summary>
public sealed class RestoreCommand : ICommand
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public IReadOnlyList<string> Verb => ["restore"];

    public string Summary => "Phục hồi một bản sao lưu vào cơ sở dữ liệu và thư mục dữ liệu trống";

    public string Help => """
        loa restore — phục hồi một bản sao lưu của "loa backup"

        Cách dùng:
          loa restore --from THƯ_MỤC [--force] [--data THƯ_MỤC] [--provider Sqlite|Postgres] [--connection CHUỖI_KẾT_NỐI]

        THƯ_MỤC là một bản sao lưu (thư mục loa-… có manifest.json). Trước khi động đến bất cứ thứ gì, lệnh kiểm tra
        từng tệp của bản sao lưu theo kích thước và mã SHA-256 ghi trong manifest.json: tệp thiếu, tệp bị sửa hay tệp
        lạ đều làm lệnh dừng mà không phục hồi gì. Nơi phục hồi phải trống: cơ sở dữ liệu chưa có bảng nào (với
        PostgreSQL: tạo một cơ sở dữ liệu mới, ví dụ createdb loa_moi) và thư mục dữ liệu chưa có tệp nào.
        Dừng ứng dụng trước khi phục hồi; khởi động lại sau đó (ứng dụng tự cập nhật cấu trúc nếu bản sao lưu cũ hơn).
        Với PostgreSQL cần pg_restore trong PATH; mật khẩu chỉ chuyển qua biến môi trường PGPASSWORD.

          --from        thư mục của bản sao lưu
          --force       thay toàn bộ dữ liệu đang có ở nơi phục hồi bằng bản sao lưu
          --data        thư mục dữ liệu (mặc định .loa ở gốc mã nguồn, hoặc biến LOA_DATA)
          --provider    Sqlite (mặc định) hoặc Postgres
          --connection  chuỗi kết nối (bắt buộc với Postgres)

        Mã thoát: 0 đã phục hồi; 1 không phục hồi (bản sao lưu hỏng, nơi phục hồi không trống …); 2 sai cách dùng.
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        if (!CommandOptions.TryParse(args, ["--from", "--data", "--provider", "--connection"], ["--force"], out var options, out var error))
        {
            await context.Error.WriteLineAsync($"loa restore: {error}");
            return CommandRouter.Usage;
        }

        if (string.IsNullOrWhiteSpace(options.GetValueOrDefault("--from")))
        {
            await context.Error.WriteLineAsync("loa restore: thiếu --from THƯ_MỤC (xem --help).");
            return CommandRouter.Usage;
        }

        var database = CliDatabase.From(options);
        var installation = new Installation(database.Options, database.DataDirectory);
        try
        {
            var result = await BackupRestorer.RestoreAsync(installation, options["--from"]!, options.ContainsKey("--force"), new PostgresTools());
            await context.Out.WriteAsync(Report(installation, result));
            return CommandRouter.Ok;
        }
        catch (BackupException ex)
        {
            await context.Error.WriteLineAsync($"loa restore: {ex.Message}");
            return CommandRouter.Failure;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be written or read (full disk, no permission): said plainly; the temporary files are gone.
            await context.Error.WriteLineAsync($"loa restore: không phục hồi được vì lỗi đọc, ghi tệp: {ex.Message}");
            return CommandRouter.Failure;
        }
    }

    private static string Report(Installation installation, RestoreResult result)
    {
        var made = VietnamTime.Local(result.Manifest.CreatedAt);
        var text = new StringBuilder();
        text.AppendLine(Vietnamese, $"Đã phục hồi bản sao lưu lúc {made:HH:mm 'ngày' dd/MM/yyyy} (giờ Việt Nam) vào {installation.Describe()}:");
        text.AppendLine(Vietnamese, $"  {result.Tables.Count:N0} bảng, {result.Tables.Values.Sum():N0} dòng;");
        text.AppendLine(Vietnamese, $"  {result.Files:N0} tệp ({BackupCommand.Size(result.Bytes)}) trong {installation.DataDirectory}.");
        text.AppendLine("  Số dòng theo bảng:");
        foreach (var (table, rows) in result.Tables.Where(t => t.Value > 0))
        {
            text.AppendLine(Vietnamese, $"    {table,-36} {rows,12:N0}");
        }

        text.AppendLine("Khởi động ứng dụng trên dữ liệu này để dùng.");
        return text.ToString();
    }
}
