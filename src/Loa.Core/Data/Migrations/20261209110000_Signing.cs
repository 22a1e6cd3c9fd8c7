using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>Signing: the certificates accounts registered, the trusted certificate authorities, the agent's one-time tokens.</summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261209110000_Signing")]
public sealed class Signing : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "SigningCertificates",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                UserId = table.Column<string>(type: t.String(450), maxLength: 450, nullable: false),
                Subject = table.Column<string>(type: t.String(500), maxLength: 500, nullable: false),
                Issuer = table.Column<string>(type: t.String(500), maxLength: 500, nullable: false),
                Thumbprint = table.Column<string>(type: t.String(64), maxLength: 64, nullable: false),
                Certificate = table.Column<string>(type: t.Text, nullable: false),
                SignatureImage = table.Column<string>(type: t.Text, nullable: true),
                NotAfter = table.Column<DateTime>(type: t.DateTime, nullable: false),
                AddedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SigningCertificates", x => x.Id));
        migrationBuilder.CreateIndex("IX_SigningCertificates_UserId_Thumbprint", "SigningCertificates", ["UserId", "Thumbprint"], unique: true);

        migrationBuilder.CreateTable(
            name: "TrustedAuthorities",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: true),
                Name = table.Column<string>(type: t.String(500), maxLength: 500, nullable: false),
                Thumbprint = table.Column<string>(type: t.String(64), maxLength: 64, nullable: false),
                Certificate = table.Column<string>(type: t.Text, nullable: false),
                NotAfter = table.Column<DateTime>(type: t.DateTime, nullable: false),
                AddedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                AddedById = table.Column<string>(type: t.String(450), maxLength: 450, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TrustedAuthorities", x => x.Id);
                table.ForeignKey("FK_TrustedAuthorities_Provinces_ProvinceId", x => x.ProvinceId, "Provinces", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_TrustedAuthorities_ProvinceId_Thumbprint", "TrustedAuthorities", ["ProvinceId", "Thumbprint"]);

        migrationBuilder.CreateTable(
            name: "SigningTokens",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                TokenHash = table.Column<string>(type: t.String(64), maxLength: 64, nullable: false),
                DocumentId = table.Column<int>(type: t.Int, nullable: false),
                FileId = table.Column<int>(type: t.Int, nullable: false),
                Purpose = table.Column<int>(type: t.Int, nullable: false),
                UserId = table.Column<string>(type: t.String(450), maxLength: 450, nullable: false),
                ExpiresAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                UsedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SigningTokens", x => x.Id);
                table.ForeignKey(
                    "FK_SigningTokens_OfficialDocuments_DocumentId", x => x.DocumentId, "OfficialDocuments", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_SigningTokens_TokenHash", "SigningTokens", "TokenHash", unique: true);
        migrationBuilder.CreateIndex("IX_SigningTokens_DocumentId", "SigningTokens", "DocumentId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("SigningTokens");
        migrationBuilder.DropTable("TrustedAuthorities");
        migrationBuilder.DropTable("SigningCertificates");
    }
}
