using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>Citizens' feedback (phản ánh, kiến nghị) sent through the commune portals, and its attachments.</summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261124120000_CitizenFeedback")]
public sealed class CitizenFeedback : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "Feedback",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                TrackingHash = table.Column<string>(type: t.String(64), maxLength: 64, nullable: false),
                Category = table.Column<int>(type: t.Int, nullable: false),
                Subject = table.Column<string>(type: t.String(200), maxLength: 200, nullable: false),
                Content = table.Column<string>(type: t.String(5000), maxLength: 5000, nullable: false),
                Name = table.Column<string>(type: t.String(200), maxLength: 200, nullable: true),
                Address = table.Column<string>(type: t.String(300), maxLength: 300, nullable: true),
                Phone = table.Column<string>(type: t.String(30), maxLength: 30, nullable: true),
                Email = table.Column<string>(type: t.String(200), maxLength: 200, nullable: true),
                ConsentAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                Status = table.Column<int>(type: t.Int, nullable: false),
                ReceivedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                DueOn = table.Column<DateOnly>(type: t.Date, nullable: false),
                AssignedUnitId = table.Column<int>(type: t.Int, nullable: true),
                AssignedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                AssignedById = table.Column<string>(type: t.String(450), maxLength: 450, nullable: true),
                ReturnComment = table.Column<string>(type: t.String(1000), maxLength: 1000, nullable: true),
                Answer = table.Column<string>(type: t.String(8000), maxLength: 8000, nullable: true),
                AnsweredAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                AnsweredById = table.Column<string>(type: t.String(450), maxLength: 450, nullable: true),
                ApprovedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                ApprovedById = table.Column<string>(type: t.String(450), maxLength: 450, nullable: true),
                PublicSubject = table.Column<string>(type: t.String(200), maxLength: 200, nullable: true),
                PublicQuestion = table.Column<string>(type: t.String(5000), maxLength: 5000, nullable: true),
                PublishedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                RejectionKind = table.Column<int>(type: t.Int, nullable: true),
                RejectionReason = table.Column<string>(type: t.String(1000), maxLength: 1000, nullable: true),
                ClosedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                AnonymisedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                Version = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Feedback", x => x.Id);
                table.ForeignKey("FK_Feedback_Communes_CommuneId", x => x.CommuneId, "Communes", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Feedback_Units_AssignedUnitId", x => x.AssignedUnitId, "Units", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_Feedback_TrackingHash", "Feedback", "TrackingHash", unique: true);
        migrationBuilder.CreateIndex("IX_Feedback_CommuneId_Status_DueOn", "Feedback", ["CommuneId", "Status", "DueOn"]);
        migrationBuilder.CreateIndex("IX_Feedback_CommuneId_PublishedAt", "Feedback", ["CommuneId", "PublishedAt"]);
        migrationBuilder.CreateIndex("IX_Feedback_AssignedUnitId", "Feedback", "AssignedUnitId");

        migrationBuilder.CreateTable(
            name: "FeedbackAttachments",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                FeedbackId = table.Column<int>(type: t.Int, nullable: false),
                FileName = table.Column<string>(type: t.String(255), maxLength: 255, nullable: false),
                StoredName = table.Column<string>(type: t.String(64), maxLength: 64, nullable: false),
                ContentType = table.Column<string>(type: t.String(100), maxLength: 100, nullable: false),
                Length = table.Column<long>(type: t.Long, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_FeedbackAttachments", x => x.Id);
                table.ForeignKey("FK_FeedbackAttachments_Feedback_FeedbackId", x => x.FeedbackId, "Feedback", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_FeedbackAttachments_FeedbackId", "FeedbackAttachments", "FeedbackId");
        migrationBuilder.CreateIndex("IX_FeedbackAttachments_StoredName", "FeedbackAttachments", "StoredName", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("FeedbackAttachments");
        migrationBuilder.DropTable("Feedback");
    }
}
