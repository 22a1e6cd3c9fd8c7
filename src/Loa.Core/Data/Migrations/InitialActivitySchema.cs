using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>Part of <see cref="Initial"/>: activities and their evidence files.</summary>
internal static class InitialActivitySchema
{
    public static void Up(MigrationBuilder mb, ColumnTypes t)
    {
        mb.CreateTable(
            name: "Activities",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                PlanId = table.Column<int>(type: t.Int, nullable: false),
                TaskId = table.Column<int>(type: t.Int, nullable: false),
                UnitId = table.Column<int>(type: t.Int, nullable: false),
                Date = table.Column<DateOnly>(type: t.Date, nullable: false),
                Title = table.Column<string>(type: t.String(500), maxLength: 500, nullable: false),
                Description = table.Column<string>(type: t.String(4000), maxLength: 4000, nullable: true),
                Quantity = table.Column<int>(type: t.Int, nullable: false),
                Channel = table.Column<int>(type: t.Int, nullable: false),
                Participants = table.Column<int>(type: t.Int, nullable: true),
                Views = table.Column<int>(type: t.Int, nullable: true),
                Copies = table.Column<int>(type: t.Int, nullable: true),
                EvidenceLinks = table.Column<string>(type: t.Text, nullable: false),
                RecordedById = table.Column<string>(type: t.String(450), maxLength: 450, nullable: false),
                RecordedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                Version = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Activities", x => x.Id);
                table.ForeignKey("FK_Activities_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Activities_Tasks_TaskId", x => x.TaskId, "Tasks", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Activities_Units_UnitId", x => x.UnitId, "Units", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_Activities_CommuneId_Date", "Activities", ["CommuneId", "Date"]);
        mb.CreateIndex("IX_Activities_PlanId", "Activities", "PlanId");
        mb.CreateIndex("IX_Activities_TaskId", "Activities", "TaskId");
        mb.CreateIndex("IX_Activities_UnitId", "Activities", "UnitId");

        mb.CreateTable(
            name: "EvidenceFiles",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                ActivityId = table.Column<int>(type: t.Int, nullable: false),
                FileName = table.Column<string>(type: t.String(255), maxLength: 255, nullable: false),
                StoredName = table.Column<string>(type: t.String(64), maxLength: 64, nullable: false),
                ContentType = table.Column<string>(type: t.String(100), maxLength: 100, nullable: false),
                Length = table.Column<long>(type: t.Long, nullable: false),
                Sha256 = table.Column<string>(type: t.String(64), maxLength: 64, nullable: false),
                UploadedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                UploadedById = table.Column<string>(type: t.String(450), maxLength: 450, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EvidenceFiles", x => x.Id);
                table.ForeignKey("FK_EvidenceFiles_Activities_ActivityId", x => x.ActivityId, "Activities", "Id", onDelete: ReferentialAction.Cascade);
            });
        mb.CreateIndex("IX_EvidenceFiles_ActivityId", "EvidenceFiles", "ActivityId");
        mb.CreateIndex("IX_EvidenceFiles_StoredName", "EvidenceFiles", "StoredName", unique: true);
    }
}
