using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>
/// Amending plans ("Kế hoạch điều chỉnh, bổ sung"): a plan names the issued plan it amends, and each of its tasks the
/// task of the amended plan it carries on (ADR 0027).
/// </summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261208110000_PlanAmendments")]
public sealed class PlanAmendments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        if (t.IsPostgres)
        {
            migrationBuilder.AddColumn<int>("AmendsPlanId", "Plans", type: t.Int, nullable: true);
            migrationBuilder.AddColumn<int>("AmendsTaskId", "Tasks", type: t.Int, nullable: true);
            migrationBuilder.AddForeignKey("FK_Plans_Plans_AmendsPlanId", "Plans", "AmendsPlanId", "Plans", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            migrationBuilder.AddForeignKey("FK_Tasks_Tasks_AmendsTaskId", "Tasks", "AmendsTaskId", "Tasks", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        }
        else
        {
            // SQLite cannot add a foreign key to an existing table, but it can add a column that carries one.
            migrationBuilder.Sql("""ALTER TABLE "Plans" ADD COLUMN "AmendsPlanId" INTEGER NULL CONSTRAINT "FK_Plans_Plans_AmendsPlanId" REFERENCES "Plans" ("Id") ON DELETE RESTRICT;""");
            migrationBuilder.Sql("""ALTER TABLE "Tasks" ADD COLUMN "AmendsTaskId" INTEGER NULL CONSTRAINT "FK_Tasks_Tasks_AmendsTaskId" REFERENCES "Tasks" ("Id") ON DELETE RESTRICT;""");
        }

        migrationBuilder.CreateIndex("IX_Plans_AmendsPlanId", "Plans", "AmendsPlanId");
        migrationBuilder.CreateIndex("IX_Tasks_AmendsTaskId", "Tasks", "AmendsTaskId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_Plans_AmendsPlanId", "Plans");
        migrationBuilder.DropIndex("IX_Tasks_AmendsTaskId", "Tasks");
        migrationBuilder.DropColumn("AmendsPlanId", "Plans");
        migrationBuilder.DropColumn("AmendsTaskId", "Tasks");
    }
}
