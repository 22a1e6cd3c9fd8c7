using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>Surveys and knowledge contests of a commune's portal: sections, questions, responses and their answers.</summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261124130000_Surveys")]
public sealed class Surveys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "Surveys",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                Kind = table.Column<int>(type: t.Int, nullable: false),
                Title = table.Column<string>(type: t.String(300), maxLength: 300, nullable: false),
                Intro = table.Column<string>(type: t.String(2000), maxLength: 2000, nullable: true),
                Status = table.Column<int>(type: t.Int, nullable: false),
                OpensAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                ClosesAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                OncePer = table.Column<int>(type: t.Int, nullable: false),
                TimeLimitMinutes = table.Column<int>(type: t.Int, nullable: true),
                ShowRanking = table.Column<bool>(type: t.Bool, nullable: false),
                TaskId = table.Column<int>(type: t.Int, nullable: true),
                ActivityId = table.Column<int>(type: t.Int, nullable: true),
                CreatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                UpdatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                Version = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Surveys", x => x.Id);
                table.ForeignKey("FK_Surveys_Communes_CommuneId", x => x.CommuneId, "Communes", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Surveys_Tasks_TaskId", x => x.TaskId, "Tasks", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_Surveys_Activities_ActivityId", x => x.ActivityId, "Activities", "Id", onDelete: ReferentialAction.SetNull);
            });
        migrationBuilder.CreateIndex("IX_Surveys_CommuneId_Status", "Surveys", ["CommuneId", "Status"]);
        migrationBuilder.CreateIndex("IX_Surveys_TaskId", "Surveys", "TaskId");
        migrationBuilder.CreateIndex("IX_Surveys_ActivityId", "Surveys", "ActivityId");

        migrationBuilder.CreateTable(
            name: "SurveySections",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                SurveyId = table.Column<int>(type: t.Int, nullable: false),
                Order = table.Column<int>(type: t.Int, nullable: false),
                Title = table.Column<string>(type: t.String(300), maxLength: 300, nullable: false),
                Description = table.Column<string>(type: t.String(1000), maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SurveySections", x => x.Id);
                table.ForeignKey("FK_SurveySections_Surveys_SurveyId", x => x.SurveyId, "Surveys", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_SurveySections_SurveyId", "SurveySections", "SurveyId");

        migrationBuilder.CreateTable(
            name: "SurveyQuestions",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                SurveyId = table.Column<int>(type: t.Int, nullable: false),
                SectionId = table.Column<int>(type: t.Int, nullable: false),
                Order = table.Column<int>(type: t.Int, nullable: false),
                Kind = table.Column<int>(type: t.Int, nullable: false),
                Text = table.Column<string>(type: t.String(1000), maxLength: 1000, nullable: false),
                Help = table.Column<string>(type: t.String(500), maxLength: 500, nullable: true),
                Required = table.Column<bool>(type: t.Bool, nullable: false),
                Options = table.Column<string>(type: t.Text, nullable: false),
                CorrectMask = table.Column<int>(type: t.Int, nullable: false),
                Points = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SurveyQuestions", x => x.Id);
                table.ForeignKey("FK_SurveyQuestions_Surveys_SurveyId", x => x.SurveyId, "Surveys", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_SurveyQuestions_SurveySections_SectionId", x => x.SectionId, "SurveySections", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_SurveyQuestions_SurveyId", "SurveyQuestions", "SurveyId");
        migrationBuilder.CreateIndex("IX_SurveyQuestions_SectionId", "SurveyQuestions", "SectionId");

        migrationBuilder.CreateTable(
            name: "SurveyResponses",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                SurveyId = table.Column<int>(type: t.Int, nullable: false),
                RespondentHash = table.Column<string>(type: t.String(64), maxLength: 64, nullable: false),
                Name = table.Column<string>(type: t.String(100), maxLength: 100, nullable: true),
                Phone = table.Column<string>(type: t.String(20), maxLength: 20, nullable: true),
                ConsentAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                StartedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                SubmittedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                Score = table.Column<int>(type: t.Int, nullable: true),
                DurationSeconds = table.Column<int>(type: t.Int, nullable: true),
                OverTime = table.Column<bool>(type: t.Bool, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SurveyResponses", x => x.Id);
                table.ForeignKey("FK_SurveyResponses_Surveys_SurveyId", x => x.SurveyId, "Surveys", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_SurveyResponses_SurveyId_RespondentHash", "SurveyResponses", ["SurveyId", "RespondentHash"], unique: true);
        migrationBuilder.CreateIndex("IX_SurveyResponses_CommuneId", "SurveyResponses", "CommuneId");

        migrationBuilder.CreateTable(
            name: "SurveyAnswers",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ResponseId = table.Column<int>(type: t.Int, nullable: false),
                QuestionId = table.Column<int>(type: t.Int, nullable: false),
                Mask = table.Column<int>(type: t.Int, nullable: false),
                Value = table.Column<int>(type: t.Int, nullable: true),
                Text = table.Column<string>(type: t.String(2000), maxLength: 2000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SurveyAnswers", x => x.Id);
                table.ForeignKey("FK_SurveyAnswers_SurveyResponses_ResponseId", x => x.ResponseId, "SurveyResponses", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_SurveyAnswers_SurveyQuestions_QuestionId", x => x.QuestionId, "SurveyQuestions", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_SurveyAnswers_ResponseId", "SurveyAnswers", "ResponseId");
        migrationBuilder.CreateIndex("IX_SurveyAnswers_QuestionId", "SurveyAnswers", "QuestionId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("SurveyAnswers");
        migrationBuilder.DropTable("SurveyResponses");
        migrationBuilder.DropTable("SurveyQuestions");
        migrationBuilder.DropTable("SurveySections");
        migrationBuilder.DropTable("Surveys");
    }
}
