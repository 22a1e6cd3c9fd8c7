using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>A contest takes one entry per person as its rules say: every contest counts by phone number (OncePer.Phone = 2).</summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261207150000_ContestsOncePerPhone")]
public sealed class ContestsOncePerPhone : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""UPDATE "Surveys" SET "OncePer" = 2 WHERE "Kind" = 2""");

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        // The per-device setting of earlier contests is not kept: nothing to undo.
    }
}
