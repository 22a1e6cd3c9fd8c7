using Loa.Cli;
using Loa.Cli.Commands;
using Loa.Domain.Geography;

namespace Loa.UnitTests.Demo;

/// <summary><c>loa demo generate</c>: finding the province, refusing bad options, its help.</summary>
public sealed class DemoGenerateCommandTests
{
    private static readonly Province[] Provinces =
    [
        new() { Code = "01", Name = "Thành phố Hà Nội", Kind = "thành phố", Locality = "Hà Nội" },
        new() { Code = "75", Name = "Tỉnh Đồng Nai", Kind = "tỉnh", Locality = "Đồng Nai" },
        new() { Code = "79", Name = "Thành phố Hồ Chí Minh", Kind = "thành phố", Locality = "Hồ Chí Minh" },
        new() { Code = "82", Name = "Tỉnh Đồng Tháp", Kind = "tỉnh", Locality = "Đồng Tháp" },
    ];

    [Theory]
    [InlineData("79", "79")]
    [InlineData("1", "01")]
    [InlineData("dong nai", "75")]
    [InlineData("Đồng Nai", "75")]
    [InlineData("tinh dong nai", "75")]
    [InlineData("ho chi minh", "79")]
    [InlineData("THANH PHO HO CHI MINH", "79")]
    public void Finds_the_province_by_code_or_folded_name(string text, string code)
    {
        Assert.Equal([code], DemoGenerateCommand.Find(Provinces, text).Select(p => p.Code));
    }

    [Fact]
    public void An_ambiguous_or_unknown_name_finds_several_or_none()
    {
        Assert.Equal(["75", "82"], DemoGenerateCommand.Find(Provinces, "dong").Select(p => p.Code));
        Assert.Empty(DemoGenerateCommand.Find(Provinces, "da nang"));
        Assert.Empty(DemoGenerateCommand.Find(Provinces, "99"));
    }

    [Theory]
    [InlineData("--year", "năm")]
    [InlineData("--seed", "x")]
    [InlineData("--scale", "huge")]
    [InlineData("--today", "21/11/2026")]
    public async Task Bad_options_are_refused_before_touching_a_database(string option, string value)
    {
        var (code, _, error) = await Run("demo", "generate", "--province", "75", option, value);

        Assert.Equal(CommandRouter.Usage, code);
        Assert.Contains(option, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_province_it_says_so_and_help_is_vietnamese()
    {
        var (code, _, error) = await Run("demo", "generate");
        var (helpCode, help, _) = await Run("demo", "generate", "--help");

        Assert.Equal(CommandRouter.Usage, code);
        Assert.Contains("thiếu --province", error, StringComparison.Ordinal);
        Assert.Equal(CommandRouter.Ok, helpCode);
        Assert.Contains("sinh dữ liệu trình diễn cho cả một tỉnh", help, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new CommandRouter(CommandCatalog.All()).RunAsync(args, new CommandContext(output, error));
        return (code, output.ToString(), error.ToString());
    }
}
