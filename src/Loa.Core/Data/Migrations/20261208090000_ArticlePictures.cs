using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>The commune's pictures for the bodies of its articles: the library the article editor picks from.</summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261208090000_ArticlePictures")]
public sealed class ArticlePictures : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "ArticlePictures",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                StoredName = table.Column<string>(type: t.String(32), maxLength: 32, nullable: false),
                ContentType = table.Column<string>(type: t.String(100), maxLength: 100, nullable: false),
                FileName = table.Column<string>(type: t.String(200), maxLength: 200, nullable: false),
                Bytes = table.Column<long>(type: t.Long, nullable: false),
                UploadedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                UploadedById = table.Column<string>(type: t.String(450), maxLength: 450, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ArticlePictures", x => x.Id);
                table.ForeignKey("FK_ArticlePictures_Communes_CommuneId", x => x.CommuneId, "Communes", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_ArticlePictures_CommuneId_StoredName", "ArticlePictures", ["CommuneId", "StoredName"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("ArticlePictures");
}
