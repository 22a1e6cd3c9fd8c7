using Loa.Demo;
using Loa.Domain;
using Microsoft.EntityFrameworkCore;

namespace Loa.Cli.Commands;

/// <summary><c>loa demo seed</c>: builds the demo database the web app shows in demo mode.</summary>
public sealed class DemoSeedCommand : ICommand
{
    public IReadOnlyList<string> Verb => ["demo", "seed"];

    public string Summary => "Tạo cơ sở dữ liệu trình diễn (3 xã, phường của các kế hoạch mẫu và các xã khác của Đồng Nai)";

    public string Help => """
        loa demo seed — tạo cơ sở dữ liệu trình diễn

        Cách dùng:
          loa demo seed [--reset] [--data THƯ_MỤC] [--provider Sqlite|Postgres] [--connection CHUỖI_KẾT_NỐI]

        Cập nhật cấu trúc cơ sở dữ liệu, nạp danh mục 34 tỉnh và 3.321 xã, phường, rồi tạo dữ liệu trình diễn:
        phường Phước Tân, xã Canh Vinh, phường Hưng Phú với các đơn vị, tài khoản, kế hoạch đọc từ văn bản
        mẫu và các hoạt động đã ghi nhận; các xã, phường khác của Đồng Nai được sinh tự động ở quy mô nhỏ
        (như "loa demo generate --province 75 --scale small") với tài khoản daumoi.<mã xã>, lanhdao.<mã xã>,
        donvi.<mã xã>. Mật khẩu chung của tài khoản trình diễn: Loa-demo-2026.
        Mặc định dùng cùng cơ sở dữ liệu với ứng dụng web (.loa/loa.db trong thư mục mã nguồn).

          --reset       xóa tệp SQLite hiện có rồi tạo lại từ đầu (chỉ với SQLite)
          --data        thư mục dữ liệu (mặc định .loa ở gốc mã nguồn, hoặc biến LOA_DATA)
          --provider    Sqlite (mặc định) hoặc Postgres
          --connection  chuỗi kết nối (bắt buộc với Postgres)
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        if (!CommandOptions.TryParse(args, ["--data", "--provider", "--connection"], ["--reset"], out var options, out var error))
        {
            await context.Error.WriteLineAsync($"loa demo seed: {error}");
            return CommandRouter.Usage;
        }

        var database = CliDatabase.From(options);
        if (options.ContainsKey("--reset"))
        {
            if (database.Options.IsPostgres)
            {
                await context.Error.WriteLineAsync("loa demo seed: --reset chỉ dùng với SQLite; với PostgreSQL hãy tạo cơ sở dữ liệu mới.");
                return CommandRouter.Usage;
            }

            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(Path.Combine(database.DataDirectory, "loa.db" + suffix));
            }
        }

        await using var db = database.Open();
        var created = false;

        // Under the database lock, as the web app seeds its demo: a web app starting at the same time waits.
        await Loa.Data.DatabaseInitializer.InitializeAsync(
            db,
            async (seeded, cancellationToken) => created = await DemoSeeder.SeedAsync(seeded, VietnamTime.Today(TimeProvider.System), cancellationToken));
        var activities = await db.Activities.CountAsync();
        var plans = await db.Plans.CountAsync(p => p.CommuneId != null);
        await context.Out.WriteLineAsync(created
            ? $"Đã tạo dữ liệu trình diễn trong {database.Describe()}: {DemoData.Communes.Count} xã, phường của các kế hoạch mẫu và các xã khác của Đồng Nai; {plans} kế hoạch, {activities} hoạt động. Mật khẩu chung: {DemoData.Password}"
            : $"Dữ liệu trình diễn đã có trong {database.Describe()} ({plans} kế hoạch, {activities} hoạt động). Dùng --reset để tạo lại.");
        return CommandRouter.Ok;
    }
}
