using Loa.Cli;
using Loa.Cli.Commands;
using Loa.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Loa.UnitTests.Domain.Accounts;

/// <summary>
/// <c>loa admin create</c> on a SQLite database: makes the first system administrator outside demo mode, with a password
/// read from standard input under the web app's own rule; refuses a taken name (whatever its case) and weak passwords.
/// </summary>
public sealed class AdminCreateCommandTests : IDisposable
{
    private const string Strong = "Cay-tre-truoc-ngo-2026";

    private readonly string _folder = Directory.CreateTempSubdirectory("loa-admin-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Creates_a_system_administrator_who_is_not_a_demo_account()
    {
        var (code, output, error) = await Run(
            Strong + "\n", "admin", "create", "--user", "quantri.tinh", "--email", "quantri@example.gov.vn", "--data", _folder);

        Assert.Equal("", error);
        Assert.Equal(CommandRouter.Ok, code);
        Assert.Contains("quantri.tinh", output, StringComparison.Ordinal);
        await using var db = Database();
        var admin = await db.Users.SingleAsync();
        Assert.Equal(("quantri.tinh", "QUANTRI.TINH", UserRole.SystemAdmin), (admin.UserName, admin.NormalizedUserName, admin.Role));
        Assert.Equal(("quantri@example.gov.vn", "QUANTRI@EXAMPLE.GOV.VN"), (admin.Email, admin.NormalizedEmail));
        Assert.False(admin.IsDemo);
        Assert.False(admin.IsDisabled);
        Assert.True(admin.LockoutEnabled);
        Assert.Null(admin.ProvinceId);
        Assert.Null(admin.CommuneId);
        Assert.False(string.IsNullOrEmpty(admin.SecurityStamp));
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<User>().VerifyHashedPassword(admin, admin.PasswordHash!, Strong));
        Assert.DoesNotContain(Strong, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_user_name_is_refused_whatever_its_case()
    {
        Assert.Equal(0, (await Run(Strong + "\n", "admin", "create", "--user", "QuanTri.Tinh", "--email", "a@example.gov.vn", "--data", _folder)).Code);

        var (code, output, error) = await Run(
            "Mot-mat-khau-khac-2026\n", "admin", "create", "--user", "quantri.TINH", "--email", "b@example.gov.vn", "--data", _folder);

        Assert.Equal(CommandRouter.Failure, code);
        Assert.Equal("", output);
        Assert.Contains("Tên đăng nhập \"quantri.TINH\" đã có người dùng", error, StringComparison.Ordinal);
        await using var db = Database();
        Assert.Equal("a@example.gov.vn", (await db.Users.SingleAsync()).Email);
    }

    [Theory]
    [InlineData("ngan-qua", "ít nhất 12 ký tự")]
    [InlineData("123456789012", "quá phổ biến")]
    [InlineData("abababababababab", "quá phổ biến")]
    [InlineData("quantri.tinh-2026", "không được chứa tên đăng nhập")]
    [InlineData("", "ít nhất 12 ký tự")]
    public async Task A_weak_password_is_refused_under_the_web_apps_rule_and_nothing_is_created(string password, string message)
    {
        var (code, output, error) = await Run(password + "\n", "admin", "create", "--user", "quantri.tinh", "--email", "a@example.gov.vn", "--data", _folder);

        Assert.Equal(CommandRouter.Failure, code);
        Assert.Equal("", output);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains(message, PasswordPolicy.Check(password, "quantri.tinh").Single().Message, StringComparison.Ordinal);
        await using var db = Database();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Theory]
    [InlineData("quan tri", "a@example.gov.vn", "Tên đăng nhập chỉ gồm")]
    [InlineData("quản.trị", "a@example.gov.vn", "Tên đăng nhập chỉ gồm")]
    [InlineData("quantri", "khong-phai-email", "Địa chỉ thư điện tử")]
    public async Task A_bad_name_or_address_is_refused(string user, string email, string message)
    {
        var (code, _, error) = await Run(Strong + "\n", "admin", "create", "--user", user, "--email", email, "--data", _folder);

        Assert.Equal(CommandRouter.Failure, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        await using var db = Database();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Without_a_password_on_standard_input_nothing_is_created()
    {
        var (code, _, error) = await Run("", "admin", "create", "--user", "quantri", "--email", "a@example.gov.vn", "--data", _folder);

        Assert.Equal(CommandRouter.Failure, code);
        Assert.Contains("không nhận được mật khẩu", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("thiếu --user", "admin", "create", "--email", "a@example.gov.vn")]
    [InlineData("thiếu --email", "admin", "create", "--user", "quantri")]
    [InlineData("không hiểu tham số", "admin", "create", "--user", "quantri", "--email", "a@example.gov.vn", "--role", "x")]
    public async Task Wrong_usage_exits_with_two_and_says_why(string message, params string[] args)
    {
        var (code, _, error) = await Run(Strong + "\n", args);

        Assert.Equal(CommandRouter.Usage, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_says_how_in_vietnamese()
    {
        var (code, output, _) = await Run("", "admin", "create", "--help");

        Assert.Equal(CommandRouter.Ok, code);
        Assert.Contains("loa admin create --user TÊN --email THƯ", output, StringComparison.Ordinal);
        Assert.Contains("đầu vào chuẩn", output, StringComparison.Ordinal);
    }

    private Loa.Data.LoaDbContext Database() => CliDatabase.From(new Dictionary<string, string?> { ["--data"] = _folder }).Open();

    private static async Task<(int Code, string Out, string Error)> Run(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var code = await new CommandRouter(CommandCatalog.All()).RunAsync(args, new CommandContext(output, error, reader));
        return (code, output.ToString(), error.ToString());
    }
}
