using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>Dialogues and conferences: the event, the questions sent beforehand, their groups with the answers, the photos of the minutes.</summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261209130000_Dialogues")]
public sealed class Dialogues : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "Dialogues",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                Kind = table.Column<int>(type: t.Int, nullable: false),
                Subject = table.Column<string>(type: t.String(300), maxLength: 300, nullable: false),
                Description = table.Column<string>(type: t.String(4000), maxLength: 4000, nullable: true),
                StartsAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                Place = table.Column<string>(type: t.String(300), maxLength: 300, nullable: true),
                OnlineLink = table.Column<string>(type: t.String(500), maxLength: 500, nullable: true),
                ChairId = table.Column<string>(type: t.String(450), maxLength: 450, nullable: false),
                ChairName = table.Column<string>(type: t.String(200), maxLength: 200, nullable: false),
                TaskId = table.Column<int>(type: t.Int, nullable: true),
                Status = table.Column<int>(type: t.Int, nullable: false),
                CreatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                CreatedById = table.Column<string>(type: t.String(450), maxLength: 450, nullable: false),
                AnnouncedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                HeldAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                CancelledAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                CancelReason = table.Column<string>(type: t.String(1000), maxLength: 1000, nullable: true),
                Attendance = table.Column<int>(type: t.Int, nullable: true),
                CitizenAttendance = table.Column<int>(type: t.Int, nullable: true),
                BusinessAttendance = table.Column<int>(type: t.Int, nullable: true),
                Conclusion = table.Column<string>(type: t.String(20000), maxLength: 20000, nullable: true),
                MinutesRecordedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                MinutesRecordedById = table.Column<string>(type: t.String(450), maxLength: 450, nullable: true),
                MinutesApprovedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                MinutesApprovedById = table.Column<string>(type: t.String(450), maxLength: 450, nullable: true),
                PublishedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                ActivityId = table.Column<int>(type: t.Int, nullable: true),
                Version = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Dialogues", x => x.Id);
                table.ForeignKey("FK_Dialogues_Communes_CommuneId", x => x.CommuneId, "Communes", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Dialogues_Tasks_TaskId", x => x.TaskId, "Tasks", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_Dialogues_Activities_ActivityId", x => x.ActivityId, "Activities", "Id", onDelete: ReferentialAction.SetNull);
            });
        migrationBuilder.CreateIndex("IX_Dialogues_CommuneId_StartsAt", "Dialogues", ["CommuneId", "StartsAt"]);
        migrationBuilder.CreateIndex("IX_Dialogues_TaskId", "Dialogues", "TaskId");
        migrationBuilder.CreateIndex("IX_Dialogues_ActivityId", "Dialogues", "ActivityId");

        migrationBuilder.CreateTable(
            name: "DialogueQuestionGroups",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                DialogueId = table.Column<int>(type: t.Int, nullable: false),
                Order = table.Column<int>(type: t.Int, nullable: false),
                Title = table.Column<string>(type: t.String(300), maxLength: 300, nullable: false),
                AnswerUnitId = table.Column<int>(type: t.Int, nullable: true),
                AnswerPerson = table.Column<string>(type: t.String(200), maxLength: 200, nullable: true),
                Answer = table.Column<string>(type: t.String(8000), maxLength: 8000, nullable: true),
                AnsweredAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DialogueQuestionGroups", x => x.Id);
                table.ForeignKey("FK_DialogueQuestionGroups_Dialogues_DialogueId", x => x.DialogueId, "Dialogues", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_DialogueQuestionGroups_Units_AnswerUnitId", x => x.AnswerUnitId, "Units", "Id", onDelete: ReferentialAction.SetNull);
            });
        migrationBuilder.CreateIndex("IX_DialogueQuestionGroups_DialogueId", "DialogueQuestionGroups", "DialogueId");
        migrationBuilder.CreateIndex("IX_DialogueQuestionGroups_CommuneId", "DialogueQuestionGroups", "CommuneId");
        migrationBuilder.CreateIndex("IX_DialogueQuestionGroups_AnswerUnitId", "DialogueQuestionGroups", "AnswerUnitId");

        migrationBuilder.CreateTable(
            name: "DialogueQuestions",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                DialogueId = table.Column<int>(type: t.Int, nullable: false),
                Number = table.Column<int>(type: t.Int, nullable: false),
                AskerKind = table.Column<int>(type: t.Int, nullable: false),
                Name = table.Column<string>(type: t.String(200), maxLength: 200, nullable: true),
                Organisation = table.Column<string>(type: t.String(200), maxLength: 200, nullable: true),
                Address = table.Column<string>(type: t.String(300), maxLength: 300, nullable: true),
                Phone = table.Column<string>(type: t.String(30), maxLength: 30, nullable: true),
                Email = table.Column<string>(type: t.String(200), maxLength: 200, nullable: true),
                Content = table.Column<string>(type: t.String(2000), maxLength: 2000, nullable: false),
                ConsentAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                ReceivedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                GroupId = table.Column<int>(type: t.Int, nullable: true),
                FeedbackId = table.Column<int>(type: t.Int, nullable: true),
                AnonymisedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DialogueQuestions", x => x.Id);
                table.ForeignKey("FK_DialogueQuestions_Dialogues_DialogueId", x => x.DialogueId, "Dialogues", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    "FK_DialogueQuestions_DialogueQuestionGroups_GroupId", x => x.GroupId, "DialogueQuestionGroups", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_DialogueQuestions_Feedback_FeedbackId", x => x.FeedbackId, "Feedback", "Id", onDelete: ReferentialAction.SetNull);
            });
        migrationBuilder.CreateIndex("IX_DialogueQuestions_DialogueId_Number", "DialogueQuestions", ["DialogueId", "Number"], unique: true);
        migrationBuilder.CreateIndex("IX_DialogueQuestions_CommuneId", "DialogueQuestions", "CommuneId");
        migrationBuilder.CreateIndex("IX_DialogueQuestions_GroupId", "DialogueQuestions", "GroupId");
        migrationBuilder.CreateIndex("IX_DialogueQuestions_FeedbackId", "DialogueQuestions", "FeedbackId");

        migrationBuilder.CreateTable(
            name: "DialoguePhotos",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                DialogueId = table.Column<int>(type: t.Int, nullable: false),
                FileName = table.Column<string>(type: t.String(255), maxLength: 255, nullable: false),
                StoredName = table.Column<string>(type: t.String(64), maxLength: 64, nullable: false),
                ThumbnailName = table.Column<string>(type: t.String(64), maxLength: 64, nullable: true),
                ContentType = table.Column<string>(type: t.String(100), maxLength: 100, nullable: false),
                Length = table.Column<long>(type: t.Long, nullable: false),
                UploadedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DialoguePhotos", x => x.Id);
                table.ForeignKey("FK_DialoguePhotos_Dialogues_DialogueId", x => x.DialogueId, "Dialogues", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_DialoguePhotos_DialogueId", "DialoguePhotos", "DialogueId");
        migrationBuilder.CreateIndex("IX_DialoguePhotos_CommuneId", "DialoguePhotos", "CommuneId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("DialoguePhotos");
        migrationBuilder.DropTable("DialogueQuestions");
        migrationBuilder.DropTable("DialogueQuestionGroups");
        migrationBuilder.DropTable("Dialogues");
    }
}
