using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>
/// Activity sheets held between upload and confirmation (docs/decisions/0028), and the thumbnail of an evidence photo
/// (null for photos stored before: the gallery makes it when first shown).
/// </summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261208120000_ActivityBatchesAndThumbnails")]
public sealed class ActivityBatchesAndThumbnails : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        migrationBuilder.AddColumn<string>("ThumbnailName", "EvidenceFiles", type: t.String(64), maxLength: 64, nullable: true);
        migrationBuilder.CreateTable(
            name: "ActivityBatches",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                PlanId = table.Column<int>(type: t.Int, nullable: false),
                FileName = table.Column<string>(type: t.String(255), maxLength: 255, nullable: false),
                StoredName = table.Column<string>(type: t.String(64), maxLength: 64, nullable: false),
                UploadedById = table.Column<string>(type: t.String(450), maxLength: 450, nullable: false),
                UploadedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                ExpiresAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                ConfirmedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                SavedCount = table.Column<int>(type: t.Int, nullable: false),
                Version = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ActivityBatches", x => x.Id);
                table.ForeignKey("FK_ActivityBatches_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ActivityBatches_CommuneId_ExpiresAt", "ActivityBatches", ["CommuneId", "ExpiresAt"]);
        migrationBuilder.CreateIndex("IX_ActivityBatches_PlanId", "ActivityBatches", "PlanId");
        migrationBuilder.CreateIndex("IX_ActivityBatches_StoredName", "ActivityBatches", "StoredName", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("ActivityBatches");
        migrationBuilder.DropColumn("ThumbnailName", "EvidenceFiles");
    }
}
