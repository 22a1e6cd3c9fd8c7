using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>Part of <see cref="ReportsRemindersIndices"/>: units' reports and communes' consolidated reports.</summary>
internal static class ReportsSchema
{
    public static void Up(MigrationBuilder mb, ColumnTypes t)
    {
        mb.CreateTable(
            name: "UnitReports",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                PlanId = table.Column<int>(type: t.Int, nullable: false),
                UnitId = table.Column<int>(type: t.Int, nullable: false),
                Year = table.Column<int>(type: t.Int, nullable: false),
                Period = table.Column<int>(type: t.Int, nullable: false),
                Status = table.Column<int>(type: t.Int, nullable: false),
                Results = table.Column<string>(type: t.String(8000), maxLength: 8000, nullable: true),
                Shortcomings = table.Column<string>(type: t.String(8000), maxLength: 8000, nullable: true),
                Causes = table.Column<string>(type: t.String(8000), maxLength: 8000, nullable: true),
                Proposals = table.Column<string>(type: t.String(8000), maxLength: 8000, nullable: true),
                Snapshot = table.Column<string>(type: t.Text, nullable: true),
                SubmittedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                SubmittedById = table.Column<string>(type: t.String(450), maxLength: 450, nullable: true),
                ReturnComment = table.Column<string>(type: t.String(2000), maxLength: 2000, nullable: true),
                CreatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                UpdatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                Version = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UnitReports", x => x.Id);
                table.ForeignKey("FK_UnitReports_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_UnitReports_Units_UnitId", x => x.UnitId, "Units", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_UnitReports_PlanId_UnitId_Year_Period", "UnitReports", ["PlanId", "UnitId", "Year", "Period"], unique: true);
        mb.CreateIndex("IX_UnitReports_CommuneId_Year_Period", "UnitReports", ["CommuneId", "Year", "Period"]);
        mb.CreateIndex("IX_UnitReports_UnitId", "UnitReports", "UnitId");

        mb.CreateTable(
            name: "CommuneReports",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                PlanId = table.Column<int>(type: t.Int, nullable: false),
                Year = table.Column<int>(type: t.Int, nullable: false),
                Period = table.Column<int>(type: t.Int, nullable: false),
                Status = table.Column<int>(type: t.Int, nullable: false),
                Number = table.Column<string>(type: t.String(50), maxLength: 50, nullable: true),
                IssuedOn = table.Column<DateOnly>(type: t.Date, nullable: true),
                Recipient = table.Column<string>(type: t.String(300), maxLength: 300, nullable: false),
                Results = table.Column<string>(type: t.String(8000), maxLength: 8000, nullable: true),
                Shortcomings = table.Column<string>(type: t.String(8000), maxLength: 8000, nullable: true),
                Causes = table.Column<string>(type: t.String(8000), maxLength: 8000, nullable: true),
                Proposals = table.Column<string>(type: t.String(8000), maxLength: 8000, nullable: true),
                Snapshot = table.Column<string>(type: t.Text, nullable: true),
                ReturnComment = table.Column<string>(type: t.String(2000), maxLength: 2000, nullable: true),
                SubmittedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                ApprovedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                ApprovedById = table.Column<string>(type: t.String(450), maxLength: 450, nullable: true),
                SentAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                CreatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                UpdatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                Version = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CommuneReports", x => x.Id);
                table.ForeignKey("FK_CommuneReports_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Cascade);
            });
        mb.CreateIndex("IX_CommuneReports_PlanId_Year_Period", "CommuneReports", ["PlanId", "Year", "Period"], unique: true);
        mb.CreateIndex("IX_CommuneReports_ProvinceId_Year_Period", "CommuneReports", ["ProvinceId", "Year", "Period"]);
    }
}
