using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>
/// Several instances on one database: rate-limit counters and used form stamps shared by all instances, and the
/// password hashes already checked at start not to be the demo password.
/// </summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261206110000_SharedCountersAndStartupChecks")]
public sealed class SharedCountersAndStartupChecks : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "RateLimitCounters",
            columns: table => new
            {
                Key = table.Column<string>(type: t.String(300), maxLength: 300, nullable: false),
                WindowStart = table.Column<long>(type: t.Long, nullable: false),
                Count = table.Column<int>(type: t.Int, nullable: false),
                ExpiresAt = table.Column<long>(type: t.Long, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_RateLimitCounters", x => new { x.Key, x.WindowStart }));
        migrationBuilder.CreateIndex("IX_RateLimitCounters_ExpiresAt", "RateLimitCounters", "ExpiresAt");

        migrationBuilder.CreateTable(
            name: "UsedFormStamps",
            columns: table => new
            {
                Nonce = table.Column<string>(type: t.String(64), maxLength: 64, nullable: false),
                ExpiresAt = table.Column<long>(type: t.Long, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_UsedFormStamps", x => x.Nonce));
        migrationBuilder.CreateIndex("IX_UsedFormStamps_ExpiresAt", "UsedFormStamps", "ExpiresAt");

        migrationBuilder.CreateTable(
            name: "CheckedPasswordHashes",
            columns: table => new
            {
                Digest = table.Column<string>(type: t.String(64), maxLength: 64, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CheckedPasswordHashes", x => x.Digest));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "CheckedPasswordHashes", "UsedFormStamps", "RateLimitCounters" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
