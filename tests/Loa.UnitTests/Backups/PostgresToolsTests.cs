using Loa.Backups;

namespace Loa.UnitTests.Backups;

/// <summary>pg_dump and pg_restore: a clear message when they are missing, and the password only in the environment.</summary>
public sealed class PostgresToolsTests
{
    private const string Connection = "Host=db.example.gov.vn;Port=5433;Database=loa;Username=loa;Password=Bi-mat-khong-lo-2026;SSL Mode=Require";

    [Fact]
    public void A_missing_tool_says_what_to_install()
    {
        var tools = new PostgresTools(searchPath: Path.Combine(Path.GetTempPath(), "khong-co-" + Guid.NewGuid().ToString("N")));

        var problem = Assert.Throws<BackupException>(() => tools.Find("pg_dump"));

        Assert.Contains("Không tìm thấy pg_dump trong PATH", problem.Message, StringComparison.Ordinal);
        Assert.Contains("postgresql-client", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_password_goes_in_the_environment_never_on_the_command_line()
    {
        var folder = Directory.CreateTempSubdirectory("loa-tools-").FullName;
        try
        {
            var fake = Path.Combine(folder, OperatingSystem.IsWindows() ? "pg_dump.exe" : "pg_dump");
            File.WriteAllText(fake, "");
            var start = new PostgresTools(folder).Prepare("pg_dump", ["--format=custom", "--file=/tmp/x.dump"], Connection);

            Assert.Equal(fake, start.FileName);
            Assert.DoesNotContain(start.ArgumentList, a => a.Contains("Bi-mat", StringComparison.Ordinal));
            Assert.DoesNotContain("Bi-mat", start.Arguments, StringComparison.Ordinal);
            Assert.Equal("Bi-mat-khong-lo-2026", start.Environment["PGPASSWORD"]);
            var environment = start.Environment;
            Assert.Equal(
                ("db.example.gov.vn", "5433", "loa", "loa", "require"),
                (environment["PGHOST"], environment["PGPORT"], environment["PGDATABASE"], environment["PGUSER"], environment["PGSSLMODE"]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
