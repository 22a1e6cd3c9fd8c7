using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>Official documents: what a commune or province issues as PDF (files and their hashes), then signs.</summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261209080000_OfficialDocuments")]
public sealed class OfficialDocuments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "OfficialDocuments",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                Kind = table.Column<int>(type: t.Int, nullable: false),
                SubjectId = table.Column<int>(type: t.Int, nullable: false),
                Number = table.Column<string>(type: t.String(50), maxLength: 50, nullable: false),
                IssuedOn = table.Column<DateOnly>(type: t.Date, nullable: false),
                Title = table.Column<string>(type: t.String(500), maxLength: 500, nullable: false),
                SignerName = table.Column<string>(type: t.String(200), maxLength: 200, nullable: false),
                SignerTitle = table.Column<string>(type: t.String(200), maxLength: 200, nullable: false),
                SignerAccountId = table.Column<string>(type: t.String(450), maxLength: 450, nullable: true),
                State = table.Column<int>(type: t.Int, nullable: false),
                CreatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                CreatedById = table.Column<string>(type: t.String(450), maxLength: 450, nullable: true),
                SignedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                Version = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OfficialDocuments", x => x.Id);
                table.ForeignKey("FK_OfficialDocuments_Provinces_ProvinceId", x => x.ProvinceId, "Provinces", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_OfficialDocuments_Communes_CommuneId", x => x.CommuneId, "Communes", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_OfficialDocuments_Kind_SubjectId", "OfficialDocuments", ["Kind", "SubjectId"]);
        migrationBuilder.CreateIndex("IX_OfficialDocuments_ProvinceId_CommuneId", "OfficialDocuments", ["ProvinceId", "CommuneId"]);
        migrationBuilder.CreateIndex("IX_OfficialDocuments_CommuneId", "OfficialDocuments", "CommuneId");

        migrationBuilder.CreateTable(
            name: "OfficialDocumentFiles",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                DocumentId = table.Column<int>(type: t.Int, nullable: false),
                Role = table.Column<int>(type: t.Int, nullable: false),
                Order = table.Column<int>(type: t.Int, nullable: false),
                FileName = table.Column<string>(type: t.String(255), maxLength: 255, nullable: false),
                IssuedFile = table.Column<string>(type: t.String(64), maxLength: 64, nullable: false),
                IssuedSha256 = table.Column<string>(type: t.String(64), maxLength: 64, nullable: false),
                IssuedLength = table.Column<long>(type: t.Long, nullable: false),
                SignedFile = table.Column<string>(type: t.String(64), maxLength: 64, nullable: true),
                SignedSha256 = table.Column<string>(type: t.String(64), maxLength: 64, nullable: true),
                SignedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                SignerSubject = table.Column<string>(type: t.String(500), maxLength: 500, nullable: true),
                SignerThumbprint = table.Column<string>(type: t.String(64), maxLength: 64, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OfficialDocumentFiles", x => x.Id);
                table.ForeignKey(
                    "FK_OfficialDocumentFiles_OfficialDocuments_DocumentId", x => x.DocumentId, "OfficialDocuments", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_OfficialDocumentFiles_DocumentId_Order", "OfficialDocumentFiles", ["DocumentId", "Order"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("OfficialDocumentFiles");
        migrationBuilder.DropTable("OfficialDocuments");
    }
}
