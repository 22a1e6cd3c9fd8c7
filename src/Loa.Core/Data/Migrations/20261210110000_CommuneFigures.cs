using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>
/// The per-commune read model (decision 38): each commune's figures of a year, and its activities by month and channel.
/// Derived data, without foreign keys; the tables start empty and fill on the first read of a province, the daily
/// refresh or <c>RefreshAllAsync</c>.
/// </summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261210110000_CommuneFigures")]
public sealed class CommuneFiguresReadModel : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        var real = t.IsPostgres ? "double precision" : "REAL";
        migrationBuilder.CreateTable(
            name: "CommuneFigures",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                Year = table.Column<int>(type: t.Int, nullable: false),
                Code = table.Column<string>(type: t.String(10), maxLength: 10, nullable: false),
                Name = table.Column<string>(type: t.String(200), maxLength: 200, nullable: false),
                InService = table.Column<bool>(type: t.Bool, nullable: false),
                PlanId = table.Column<int>(type: t.Int, nullable: true),
                PlanStatus = table.Column<int>(type: t.Int, nullable: true),
                IssuedOn = table.Column<DateOnly>(type: t.Date, nullable: true),
                FirstIssuedOn = table.Column<DateOnly>(type: t.Date, nullable: true),
                RequiredReports = table.Column<int>(type: t.Int, nullable: false),
                Quarter1SentOn = table.Column<DateOnly>(type: t.Date, nullable: true),
                HalfYearSentOn = table.Column<DateOnly>(type: t.Date, nullable: true),
                NineMonthsSentOn = table.Column<DateOnly>(type: t.Date, nullable: true),
                YearSentOn = table.Column<DateOnly>(type: t.Date, nullable: true),
                Tasks = table.Column<int>(type: t.Int, nullable: false),
                TasksCompleted = table.Column<int>(type: t.Int, nullable: false),
                TasksLate = table.Column<int>(type: t.Int, nullable: false),
                Activities = table.Column<int>(type: t.Int, nullable: false),
                Reach = table.Column<long>(type: t.Long, nullable: false),
                FeedbackReceived = table.Column<int>(type: t.Int, nullable: false),
                FeedbackAnswered = table.Column<int>(type: t.Int, nullable: false),
                FeedbackAnsweredInTime = table.Column<int>(type: t.Int, nullable: false),
                FeedbackOverdue = table.Column<int>(type: t.Int, nullable: false),
                ParIndex = table.Column<double>(type: real, nullable: true),
                Sipas = table.Column<double>(type: real, nullable: true),
                Papi = table.Column<double>(type: real, nullable: true),
                Pci = table.Column<double>(type: real, nullable: true),
                Dti = table.Column<double>(type: real, nullable: true),
                ComputedOn = table.Column<DateOnly>(type: t.Date, nullable: false),
                ComputedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CommuneFigures", x => x.Id));
        migrationBuilder.CreateIndex("IX_CommuneFigures_CommuneId_Year", "CommuneFigures", ["CommuneId", "Year"], unique: true);
        migrationBuilder.CreateIndex("IX_CommuneFigures_ProvinceId_Year", "CommuneFigures", ["ProvinceId", "Year"]);
        migrationBuilder.CreateIndex("IX_CommuneFigures_Year_ComputedOn", "CommuneFigures", ["Year", "ComputedOn"]);

        migrationBuilder.CreateTable(
            name: "CommuneActivityFigures",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                Year = table.Column<int>(type: t.Int, nullable: false),
                Month = table.Column<int>(type: t.Int, nullable: false),
                Channel = table.Column<int>(type: t.Int, nullable: false),
                Activities = table.Column<int>(type: t.Int, nullable: false),
                Reach = table.Column<long>(type: t.Long, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CommuneActivityFigures", x => x.Id));
        migrationBuilder.CreateIndex(
            "IX_CommuneActivityFigures_CommuneId_Year_Month_Channel", "CommuneActivityFigures", ["CommuneId", "Year", "Month", "Channel"], unique: true);
        migrationBuilder.CreateIndex("IX_CommuneActivityFigures_ProvinceId_Year", "CommuneActivityFigures", ["ProvinceId", "Year"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("CommuneActivityFigures");
        migrationBuilder.DropTable("CommuneFigures");
    }
}
