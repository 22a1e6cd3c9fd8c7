using System.Text;
using Loa.Domain.Accounts;

namespace Loa.Cli.Commands;

/// <summary><c>loa admin create</c>: opens a system administrator's account, the way to the first one outside demo mode.</summary>
public sealed class AdminCreateCommand : ICommand
{
    public IReadOnlyList<string> Verb => ["admin", "create"];

    public string Summary => "Tạo tài khoản quản trị hệ thống (tài khoản quản trị đầu tiên khi chạy thật)";

    public string Help => $"""
        loa admin create — tạo tài khoản quản trị hệ thống

        Cách dùng:
          loa admin create --user TÊN --email THƯ [--name "HỌ TÊN"] [--data THƯ_MỤC] [--provider Sqlite|Postgres] [--connection CHUỖI_KẾT_NỐI]

        Ngoài chế độ trình diễn, Loa không có sẵn tài khoản nào: lệnh này tạo tài khoản quản trị đầu tiên (và các tài
        khoản quản trị khác) ngay trên máy chủ. Mật khẩu được hỏi hai lần (không hiện trên màn hình), hoặc đọc từ
        dòng đầu tiên của đầu vào chuẩn khi có, ví dụ: printf '%s\n' "$MAT_KHAU" | loa admin create --user ... --email ...
        Mật khẩu theo đúng quy tắc của ứng dụng web: ít nhất {PasswordPolicy.MinLength} ký tự (nên là một cụm từ), không phải
        mật khẩu phổ biến, không chứa tên đăng nhập. Tên đăng nhập không được trùng tên đã có (không phân biệt chữ hoa, chữ
        thường). Tài khoản được khóa tạm sau nhiều lần đăng nhập sai như mọi tài khoản khác.

          --user        tên đăng nhập (chữ không dấu, số và các dấu . _ - @)
          --email       địa chỉ thư điện tử của người quản trị
          --name        họ và tên (mặc định "Quản trị hệ thống")
          --data        thư mục dữ liệu (mặc định .loa ở gốc mã nguồn, hoặc biến LOA_DATA)
          --provider    Sqlite (mặc định) hoặc Postgres
          --connection  chuỗi kết nối (bắt buộc với Postgres)

        Mã thoát: 0 đã tạo; 1 không tạo được (tên đã có, mật khẩu yếu, địa chỉ sai); 2 sai cách dùng.
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        if (!CommandOptions.TryParse(args, ["--user", "--email", "--name", "--data", "--provider", "--connection"], [], out var options, out var error))
        {
            await context.Error.WriteLineAsync($"loa admin create: {error}");
            return CommandRouter.Usage;
        }

        foreach (var required in new[] { "--user", "--email" })
        {
            if (string.IsNullOrWhiteSpace(options.GetValueOrDefault(required)))
            {
                await context.Error.WriteLineAsync($"loa admin create: thiếu {required} (xem --help).");
                return CommandRouter.Usage;
            }
        }

        var password = context.Interactive ? await AskTwiceAsync(context) : await (context.Input?.ReadLineAsync() ?? Task.FromResult<string?>(null));
        if (password is null)
        {
            await context.Error.WriteLineAsync(context.Interactive
                ? "loa admin create: hai lần nhập mật khẩu không giống nhau; chưa tạo tài khoản."
                : "loa admin create: không nhận được mật khẩu từ đầu vào chuẩn; chưa tạo tài khoản.");
            return CommandRouter.Failure;
        }

        var database = CliDatabase.From(options);
        await using var db = database.Open();
        await Loa.Data.DatabaseInitializer.InitializeAsync(db);
        var result = await AdministratorAccounts.CreateAsync(
            db, options["--user"]!, options["--email"]!, options.GetValueOrDefault("--name") ?? "", password, DateTime.UtcNow);
        if (result.User is not { } user)
        {
            foreach (var problem in result.Problems)
            {
                await context.Error.WriteLineAsync($"loa admin create: {problem}");
            }

            await context.Error.WriteLineAsync("loa admin create: chưa tạo tài khoản.");
            return CommandRouter.Failure;
        }

        await context.Out.WriteLineAsync(
            $"Đã tạo tài khoản quản trị hệ thống {user.UserName} ({user.Email}) trong {database.Describe()}. Đăng nhập tại /account/login.");
        return CommandRouter.Ok;
    }

    /// <summary>Asks for the password twice without echo; null when the two differ.</summary>
    private static async Task<string?> AskTwiceAsync(CommandContext context)
    {
        var first = await ReadHiddenAsync(context, $"Mật khẩu (ít nhất {PasswordPolicy.MinLength} ký tự): ");
        var second = await ReadHiddenAsync(context, "Nhập lại mật khẩu: ");
        return first == second ? first : null;
    }

    private static async Task<string> ReadHiddenAsync(CommandContext context, string prompt)
    {
        await context.Error.WriteAsync(prompt);
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                text.Length = Math.Max(0, text.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }

        await context.Error.WriteLineAsync();
        return text.ToString();
    }
}
