using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>Periodic reports (units' and communes'), reporting rules per province, reminders with a job lease, index results, and what activities and tasks are about.</summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261123090000_ReportsRemindersIndices")]
public sealed class ReportsRemindersIndices : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        migrationBuilder.AddColumn<int>("ReportCutoffDay", "Provinces", type: t.Int, nullable: false, defaultValue: 14);
        migrationBuilder.AddColumn<int>("ReportDueDay", "Provinces", type: t.Int, nullable: false, defaultValue: 20);
        migrationBuilder.AddColumn<int>("ReportStartMonth", "Provinces", type: t.Int, nullable: false, defaultValue: 12);
        migrationBuilder.AddColumn<int>("ReportStartDay", "Provinces", type: t.Int, nullable: false, defaultValue: 15);
        migrationBuilder.AddColumn<string>("ReportRecipient", "Provinces", type: t.String(300), maxLength: 300, nullable: true);
        migrationBuilder.AddColumn<int>("PlanDueMonth", "Provinces", type: t.Int, nullable: false, defaultValue: 3);
        migrationBuilder.AddColumn<int>("PlanDueDay", "Provinces", type: t.Int, nullable: false, defaultValue: 31);
        migrationBuilder.AddColumn<int>("ContentArea", "Activities", type: t.Int, nullable: false, defaultValue: 99);
        migrationBuilder.AddColumn<int>("Indices", "Tasks", type: t.Int, nullable: false, defaultValue: 0);

        ReportsSchema.Up(migrationBuilder, t);

        migrationBuilder.CreateTable(
            name: "IndexResults",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                Year = table.Column<int>(type: t.Int, nullable: false),
                Kind = table.Column<int>(type: t.Int, nullable: false),
                Score = table.Column<decimal>(type: t.Decimal(9, 4), precision: 9, scale: 4, nullable: false),
                MaxScore = table.Column<decimal>(type: t.Decimal(9, 4), precision: 9, scale: 4, nullable: true),
                Rank = table.Column<int>(type: t.Int, nullable: true),
                RankOf = table.Column<int>(type: t.Int, nullable: true),
                Components = table.Column<string>(type: t.Text, nullable: false),
                Note = table.Column<string>(type: t.String(1000), maxLength: 1000, nullable: true),
                Version = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_IndexResults", x => x.Id));
        migrationBuilder.CreateIndex("IX_IndexResults_ProvinceId_CommuneId_Kind_Year", "IndexResults", ["ProvinceId", "CommuneId", "Kind", "Year"]);

        migrationBuilder.CreateTable(
            name: "Notifications",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long, nullable: false).Identity(),
                UserId = table.Column<string>(type: t.String(450), maxLength: 450, nullable: false),
                ProvinceId = table.Column<int>(type: t.Int, nullable: true),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                CreatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                Title = table.Column<string>(type: t.String(300), maxLength: 300, nullable: false),
                Body = table.Column<string>(type: t.String(2000), maxLength: 2000, nullable: false),
                Link = table.Column<string>(type: t.String(300), maxLength: 300, nullable: true),
                ReadAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                EmailedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                DedupKey = table.Column<string>(type: t.String(200), maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Notifications", x => x.Id);
                table.ForeignKey("FK_Notifications_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_Notifications_UserId_DedupKey", "Notifications", ["UserId", "DedupKey"], unique: true);
        migrationBuilder.CreateIndex("IX_Notifications_UserId_ReadAt", "Notifications", ["UserId", "ReadAt"]);

        migrationBuilder.CreateTable(
            name: "JobLeases",
            columns: table => new
            {
                Name = table.Column<string>(type: t.String(100), maxLength: 100, nullable: false),
                Holder = table.Column<string>(type: t.String(200), maxLength: 200, nullable: false),
                ExpiresAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                LastRunAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_JobLeases", x => x.Name));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "JobLeases", "Notifications", "IndexResults", "CommuneReports", "UnitReports" })
        {
            migrationBuilder.DropTable(table);
        }

        migrationBuilder.DropColumn("Indices", "Tasks");
        migrationBuilder.DropColumn("ContentArea", "Activities");
        foreach (var column in new[] { "ReportCutoffDay", "ReportDueDay", "ReportStartMonth", "ReportStartDay", "ReportRecipient", "PlanDueMonth", "PlanDueDay" })
        {
            migrationBuilder.DropColumn(column, "Provinces");
        }
    }
}
