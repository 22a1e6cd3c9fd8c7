using System.Globalization;
using Loa.Backups;

namespace Loa.Cli.Commands;

/// <summary><c>loa backup</c>: a consistent backup of the database and every file of the data folder, with a manifest, while the app runs.</summary>
public sealed class BackupCommand : ICommand
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public IReadOnlyList<string> Verb => ["backup"];

    public string Summary => "Sao lưu cơ sở dữ liệu và mọi tệp đã tải lên (chạy được khi ứng dụng đang chạy)";

    public string Help => """
        loa backup — sao lưu cơ sở dữ liệu và mọi tệp của thư mục dữ liệu

        Cách dùng:
          loa backup --to THƯ_MỤC [--data THƯ_MỤC] [--provider Sqlite|Postgres] [--connection CHUỖI_KẾT_NỐI]

        Tạo trong THƯ_MỤC một bản sao lưu mới tên loa-NĂMTHÁNGNGÀYTGIỜPHÚTGIÂYZ (giờ UTC), gồm:
          database/loa.db     bản sao nhất quán của tệp SQLite, lấy bằng cơ chế sao lưu trực tuyến của SQLite
                              (ứng dụng vẫn chạy và ghi bình thường trong lúc sao lưu), hoặc
          database/loa.dump   với PostgreSQL: kết xuất của pg_dump (định dạng custom), cần pg_dump trong PATH;
                              mật khẩu lấy từ chuỗi kết nối và chỉ chuyển qua biến môi trường PGPASSWORD
          files/…             mọi tệp của thư mục dữ liệu: minh chứng, ảnh bài viết, tệp đính kèm phản ánh, thư đã ghi ra tệp …
          manifest.json       số dòng của từng bảng, kích thước và mã SHA-256 của từng tệp (kể cả tệp cơ sở dữ liệu)
        Bản sao lưu được ghi vào một thư mục tạm rồi mới đổi tên: thư mục loa-… đã có là bản sao lưu trọn vẹn.
        Nên đặt THƯ_MỤC trên một ổ đĩa hoặc máy khác. Phục hồi bằng "loa restore --from THƯ_MỤC/loa-…".

          --to          thư mục chứa các bản sao lưu (tạo nếu chưa có)
          --data        thư mục dữ liệu (mặc định .loa ở gốc mã nguồn, hoặc biến LOA_DATA)
          --provider    Sqlite (mặc định) hoặc Postgres
          --connection  chuỗi kết nối (bắt buộc với Postgres)

        Mã thoát: 0 đã sao lưu; 1 không sao lưu được (không có gì được để lại); 2 sai cách dùng.
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        if (!CommandOptions.TryParse(args, ["--to", "--data", "--provider", "--connection"], [], out var options, out var error))
        {
            await context.Error.WriteLineAsync($"loa backup: {error}");
            return CommandRouter.Usage;
        }

        if (string.IsNullOrWhiteSpace(options.GetValueOrDefault("--to")))
        {
            await context.Error.WriteLineAsync("loa backup: thiếu --to THƯ_MỤC (xem --help).");
            return CommandRouter.Usage;
        }

        var database = CliDatabase.From(options);
        var installation = new Installation(database.Options, database.DataDirectory);
        try
        {
            var result = await BackupWriter.CreateAsync(installation, options["--to"]!, DateTime.UtcNow, new PostgresTools());
            var files = result.Manifest.DataFiles.ToList();
            await context.Out.WriteLineAsync(string.Create(
                Vietnamese,
                $"Đã sao lưu {installation.Describe()} vào {result.Folder}: {result.Manifest.Tables.Count} bảng, {result.Manifest.Rows:N0} dòng; "
                + $"{files.Count:N0} tệp ({Size(files.Sum(f => f.Bytes))}). Kích thước và mã SHA-256 của từng tệp ở {BackupManifest.FileName}."));
            return CommandRouter.Ok;
        }
        catch (BackupException ex)
        {
            await context.Error.WriteLineAsync($"loa backup: {ex.Message}");
            return CommandRouter.Failure;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be written or read (full disk, no permission): said plainly; the temporary files are gone.
            await context.Error.WriteLineAsync($"loa backup: không sao lưu được vì lỗi đọc, ghi tệp: {ex.Message}");
            return CommandRouter.Failure;
        }
    }

    internal static string Size(long bytes) => bytes switch
    {
        < 1024 * 1024 => string.Create(Vietnamese, $"{bytes / 1024.0:0.#} KB"),
        < 1024L * 1024 * 1024 => string.Create(Vietnamese, $"{bytes / (1024.0 * 1024):0.#} MB"),
        _ => string.Create(Vietnamese, $"{bytes / (1024.0 * 1024 * 1024):0.##} GB"),
    };
}
