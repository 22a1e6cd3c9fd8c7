using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>Plan versions (a snapshot per saved change) and units' own plans under a commune plan.</summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261122090000_VersionsAndUnitPlans")]
public sealed class VersionsAndUnitPlans : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        if (t.IsPostgres)
        {
            migrationBuilder.AddColumn<int>("ParentPlanId", "Plans", type: t.Int, nullable: true);
            migrationBuilder.AddColumn<int>("UnitId", "Plans", type: t.Int, nullable: true);
            migrationBuilder.AddForeignKey("FK_Plans_Plans_ParentPlanId", "Plans", "ParentPlanId", "Plans", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            migrationBuilder.AddForeignKey("FK_Plans_Units_UnitId", "Plans", "UnitId", "Units", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        }
        else
        {
            // SQLite cannot add a foreign key to an existing table, but it can add a column that carries one.
            migrationBuilder.Sql("""ALTER TABLE "Plans" ADD COLUMN "ParentPlanId" INTEGER NULL CONSTRAINT "FK_Plans_Plans_ParentPlanId" REFERENCES "Plans" ("Id") ON DELETE RESTRICT;""");
            migrationBuilder.Sql("""ALTER TABLE "Plans" ADD COLUMN "UnitId" INTEGER NULL CONSTRAINT "FK_Plans_Units_UnitId" REFERENCES "Units" ("Id") ON DELETE RESTRICT;""");
        }

        migrationBuilder.CreateIndex("IX_Plans_ParentPlanId", "Plans", "ParentPlanId");
        migrationBuilder.CreateIndex("IX_Plans_UnitId", "Plans", "UnitId");

        migrationBuilder.CreateTable(
            name: "PlanVersions",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long, nullable: false).Identity(),
                PlanId = table.Column<int>(type: t.Int, nullable: false),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                Number = table.Column<int>(type: t.Int, nullable: false),
                CreatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                UserId = table.Column<string>(type: t.String(450), maxLength: 450, nullable: true),
                UserName = table.Column<string>(type: t.String(256), maxLength: 256, nullable: true),
                Summary = table.Column<string>(type: t.String(300), maxLength: 300, nullable: false),
                Status = table.Column<int>(type: t.Int, nullable: false),
                Snapshot = table.Column<string>(type: t.Text, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PlanVersions", x => x.Id);
                table.ForeignKey("FK_PlanVersions_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PlanVersions_PlanId_Number", "PlanVersions", ["PlanId", "Number"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("PlanVersions");
        migrationBuilder.DropIndex("IX_Plans_ParentPlanId", "Plans");
        migrationBuilder.DropIndex("IX_Plans_UnitId", "Plans");
        migrationBuilder.DropColumn("ParentPlanId", "Plans");
        migrationBuilder.DropColumn("UnitId", "Plans");
    }
}
