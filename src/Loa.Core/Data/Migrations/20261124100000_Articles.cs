using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>The news of each commune's CCHC section: articles and their categories.</summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261124100000_Articles")]
public sealed class Articles : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "ArticleCategories",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                Name = table.Column<string>(type: t.String(100), maxLength: 100, nullable: false),
                Order = table.Column<int>(type: t.Int, nullable: false),
                Version = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ArticleCategories", x => x.Id);
                table.ForeignKey("FK_ArticleCategories_Communes_CommuneId", x => x.CommuneId, "Communes", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_ArticleCategories_CommuneId_Name", "ArticleCategories", ["CommuneId", "Name"], unique: true);

        migrationBuilder.CreateTable(
            name: "Articles",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                Title = table.Column<string>(type: t.String(300), maxLength: 300, nullable: false),
                Slug = table.Column<string>(type: t.String(100), maxLength: 100, nullable: false),
                Summary = table.Column<string>(type: t.String(1000), maxLength: 1000, nullable: true),
                Body = table.Column<string>(type: t.Text, nullable: false),
                Kind = table.Column<int>(type: t.Int, nullable: false),
                CategoryId = table.Column<int>(type: t.Int, nullable: true),
                Status = table.Column<int>(type: t.Int, nullable: false),
                PublishAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                UnpublishedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                CoverImage = table.Column<string>(type: t.String(64), maxLength: 64, nullable: true),
                CoverContentType = table.Column<string>(type: t.String(100), maxLength: 100, nullable: true),
                CoverAlt = table.Column<string>(type: t.String(300), maxLength: 300, nullable: true),
                VideoUrl = table.Column<string>(type: t.String(300), maxLength: 300, nullable: true),
                AuthorId = table.Column<string>(type: t.String(450), maxLength: 450, nullable: false),
                AuthorName = table.Column<string>(type: t.String(200), maxLength: 200, nullable: false),
                TaskId = table.Column<int>(type: t.Int, nullable: true),
                ActivityId = table.Column<int>(type: t.Int, nullable: true),
                Views = table.Column<int>(type: t.Int, nullable: false),
                ViewsSyncedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                CreatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                UpdatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                Version = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Articles", x => x.Id);
                table.ForeignKey("FK_Articles_Communes_CommuneId", x => x.CommuneId, "Communes", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Articles_ArticleCategories_CategoryId", x => x.CategoryId, "ArticleCategories", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_Articles_Tasks_TaskId", x => x.TaskId, "Tasks", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_Articles_Activities_ActivityId", x => x.ActivityId, "Activities", "Id", onDelete: ReferentialAction.SetNull);
            });
        migrationBuilder.CreateIndex("IX_Articles_CommuneId_Status_PublishAt", "Articles", ["CommuneId", "Status", "PublishAt"]);
        migrationBuilder.CreateIndex("IX_Articles_CategoryId", "Articles", "CategoryId");
        migrationBuilder.CreateIndex("IX_Articles_TaskId", "Articles", "TaskId");
        migrationBuilder.CreateIndex("IX_Articles_ActivityId", "Articles", "ActivityId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("Articles");
        migrationBuilder.DropTable("ArticleCategories");
    }
}
