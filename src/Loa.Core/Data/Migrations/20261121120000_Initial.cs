using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>The first schema: geography, units, accounts, plans, activities, audit log, data-protection keys.</summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261121120000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        InitialGeographySchema.Up(migrationBuilder, t);
        InitialAccountSchema.Up(migrationBuilder, t);
        InitialPlanSchema.Up(migrationBuilder, t);
        InitialActivitySchema.Up(migrationBuilder, t);
        InitialAuditSchema.Up(migrationBuilder, t);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        string[] tables =
        [
            "EvidenceFiles", "Activities", "Deadlines", "Responsibilities", "TaskUnits", "Tasks", "Channels", "ContentItems",
            "Sections", "Bases", "Plans", "AspNetUserTokens", "AspNetUserLogins", "AspNetUserClaims", "AspNetUsers", "Units",
            "Communes", "Provinces", "AuditEntries", "DataProtectionKeys",
        ];
        var t = new ColumnTypes(migrationBuilder);
        InitialAuditSchema.Down(migrationBuilder, t);
        foreach (var table in tables)
        {
            migrationBuilder.DropTable(table);
        }
    }
}
