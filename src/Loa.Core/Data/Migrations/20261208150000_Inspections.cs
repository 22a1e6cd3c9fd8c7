using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>
/// The yearly inspection checklist: a province's checklist and its items, each commune's inspection of a year with one
/// entry per item (answer, frozen computed result, finding, score) and the evidence files of the answers.
/// </summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261208150000_Inspections")]
public sealed class Inspections : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "InspectionChecklists",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                Year = table.Column<int>(type: t.Int, nullable: false),
                Title = table.Column<string>(type: t.String(300), maxLength: 300, nullable: false),
                CreatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                UpdatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                Version = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_InspectionChecklists", x => x.Id);
                table.ForeignKey("FK_InspectionChecklists_Provinces_ProvinceId", x => x.ProvinceId, "Provinces", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_InspectionChecklists_ProvinceId_Year", "InspectionChecklists", ["ProvinceId", "Year"], unique: true);

        migrationBuilder.CreateTable(
            name: "ChecklistItems",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                ChecklistId = table.Column<int>(type: t.Int, nullable: false),
                Order = table.Column<int>(type: t.Int, nullable: false),
                Title = table.Column<string>(type: t.String(500), maxLength: 500, nullable: false),
                Guidance = table.Column<string>(type: t.String(1000), maxLength: 1000, nullable: true),
                MaxScore = table.Column<decimal>(type: t.Decimal(6, 2), precision: 6, scale: 2, nullable: false),
                Kind = table.Column<int>(type: t.Int, nullable: false),
                Measure = table.Column<int>(type: t.Int, nullable: false),
                Threshold = table.Column<int>(type: t.Int, nullable: true),
                Version = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ChecklistItems", x => x.Id);
                table.ForeignKey("FK_ChecklistItems_InspectionChecklists_ChecklistId", x => x.ChecklistId, "InspectionChecklists", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ChecklistItems_ChecklistId_Order", "ChecklistItems", ["ChecklistId", "Order"]);

        migrationBuilder.CreateTable(
            name: "Inspections",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                Year = table.Column<int>(type: t.Int, nullable: false),
                ChecklistId = table.Column<int>(type: t.Int, nullable: false),
                Status = table.Column<int>(type: t.Int, nullable: false),
                VisitOn = table.Column<DateOnly>(type: t.Date, nullable: true),
                Inspectors = table.Column<string>(type: t.String(1000), maxLength: 1000, nullable: true),
                CommuneRepresentatives = table.Column<string>(type: t.String(1000), maxLength: 1000, nullable: true),
                Conclusion = table.Column<string>(type: t.String(8000), maxLength: 8000, nullable: true),
                Recommendations = table.Column<string>(type: t.String(8000), maxLength: 8000, nullable: true),
                FrozenAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                FrozenByName = table.Column<string>(type: t.String(200), maxLength: 200, nullable: true),
                ClosedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                CreatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                UpdatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                Version = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Inspections", x => x.Id);
                table.ForeignKey("FK_Inspections_Communes_CommuneId", x => x.CommuneId, "Communes", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Inspections_InspectionChecklists_ChecklistId", x => x.ChecklistId, "InspectionChecklists", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_Inspections_CommuneId_Year", "Inspections", ["CommuneId", "Year"], unique: true);
        migrationBuilder.CreateIndex("IX_Inspections_ProvinceId_Year", "Inspections", ["ProvinceId", "Year"]);
        migrationBuilder.CreateIndex("IX_Inspections_ChecklistId", "Inspections", "ChecklistId");

        migrationBuilder.CreateTable(
            name: "InspectionEntries",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                InspectionId = table.Column<int>(type: t.Int, nullable: false),
                ItemId = table.Column<int>(type: t.Int, nullable: true),
                Order = table.Column<int>(type: t.Int, nullable: false),
                Title = table.Column<string>(type: t.String(500), maxLength: 500, nullable: false),
                Guidance = table.Column<string>(type: t.String(1000), maxLength: 1000, nullable: true),
                MaxScore = table.Column<decimal>(type: t.Decimal(6, 2), precision: 6, scale: 2, nullable: false),
                Kind = table.Column<int>(type: t.Int, nullable: false),
                Measure = table.Column<int>(type: t.Int, nullable: false),
                Threshold = table.Column<int>(type: t.Int, nullable: true),
                Answer = table.Column<string>(type: t.String(4000), maxLength: 4000, nullable: true),
                AnsweredByName = table.Column<string>(type: t.String(200), maxLength: 200, nullable: true),
                AnsweredAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                Value = table.Column<string>(type: t.String(500), maxLength: 500, nullable: true),
                Verdict = table.Column<int>(type: t.Int, nullable: true),
                Details = table.Column<string>(type: t.Text, nullable: false),
                Score = table.Column<decimal>(type: t.Decimal(6, 2), precision: 6, scale: 2, nullable: true),
                Finding = table.Column<string>(type: t.String(4000), maxLength: 4000, nullable: true),
                Version = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_InspectionEntries", x => x.Id);
                table.ForeignKey("FK_InspectionEntries_Inspections_InspectionId", x => x.InspectionId, "Inspections", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_InspectionEntries_ChecklistItems_ItemId", x => x.ItemId, "ChecklistItems", "Id", onDelete: ReferentialAction.SetNull);
            });
        migrationBuilder.CreateIndex("IX_InspectionEntries_InspectionId_Order", "InspectionEntries", ["InspectionId", "Order"]);
        migrationBuilder.CreateIndex("IX_InspectionEntries_ItemId", "InspectionEntries", "ItemId");

        migrationBuilder.CreateTable(
            name: "InspectionFiles",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                EntryId = table.Column<int>(type: t.Int, nullable: false),
                FileName = table.Column<string>(type: t.String(255), maxLength: 255, nullable: false),
                StoredName = table.Column<string>(type: t.String(64), maxLength: 64, nullable: false),
                ContentType = table.Column<string>(type: t.String(100), maxLength: 100, nullable: false),
                Length = table.Column<long>(type: t.Long, nullable: false),
                UploadedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                UploadedById = table.Column<string>(type: t.String(450), maxLength: 450, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_InspectionFiles", x => x.Id);
                table.ForeignKey("FK_InspectionFiles_InspectionEntries_EntryId", x => x.EntryId, "InspectionEntries", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_InspectionFiles_EntryId", "InspectionFiles", "EntryId");
        migrationBuilder.CreateIndex("IX_InspectionFiles_StoredName", "InspectionFiles", "StoredName", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("InspectionFiles");
        migrationBuilder.DropTable("InspectionEntries");
        migrationBuilder.DropTable("Inspections");
        migrationBuilder.DropTable("ChecklistItems");
        migrationBuilder.DropTable("InspectionChecklists");
    }
}
