using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>The document exchange: agency codes of provinces and communes, the exchange messages and their history.</summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261209120000_DocumentExchange")]
public sealed class DocumentExchange : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        migrationBuilder.AddColumn<string>("AgencyCode", "Provinces", type: t.String(13), maxLength: 13, nullable: true);
        migrationBuilder.AddColumn<string>("AgencyCode", "Communes", type: t.String(13), maxLength: 13, nullable: true);
        migrationBuilder.CreateIndex("IX_Provinces_AgencyCode", "Provinces", "AgencyCode", unique: true);
        migrationBuilder.CreateIndex("IX_Communes_AgencyCode", "Communes", "AgencyCode", unique: true);

        migrationBuilder.CreateTable(
            name: "ExchangeMessages",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                Direction = table.Column<int>(type: t.Int, nullable: false),
                State = table.Column<int>(type: t.Int, nullable: false),
                DocumentId = table.Column<int>(type: t.Int, nullable: true),
                SenderCode = table.Column<string>(type: t.String(13), maxLength: 13, nullable: false),
                ReceiverCode = table.Column<string>(type: t.String(13), maxLength: 13, nullable: false),
                Number = table.Column<string>(type: t.String(50), maxLength: 50, nullable: false),
                Subject = table.Column<string>(type: t.String(500), maxLength: 500, nullable: false),
                PackageFile = table.Column<string>(type: t.String(64), maxLength: 64, nullable: false),
                PackageLength = table.Column<long>(type: t.Long, nullable: false),
                TransportId = table.Column<string>(type: t.String(100), maxLength: 100, nullable: true),
                Attempts = table.Column<int>(type: t.Int, nullable: false),
                LastErrorKind = table.Column<string>(type: t.String(200), maxLength: 200, nullable: true),
                Reason = table.Column<string>(type: t.String(500), maxLength: 500, nullable: true),
                CreatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                CreatedBy = table.Column<string>(type: t.String(256), maxLength: 256, nullable: true),
                NextAttemptAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                SentAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                AcknowledgedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                FailedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ExchangeMessages", x => x.Id);
                table.ForeignKey("FK_ExchangeMessages_Provinces_ProvinceId", x => x.ProvinceId, "Provinces", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_ExchangeMessages_Communes_CommuneId", x => x.CommuneId, "Communes", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    "FK_ExchangeMessages_OfficialDocuments_DocumentId", x => x.DocumentId, "OfficialDocuments", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_ExchangeMessages_ProvinceId_CommuneId", "ExchangeMessages", ["ProvinceId", "CommuneId"]);
        migrationBuilder.CreateIndex("IX_ExchangeMessages_CommuneId", "ExchangeMessages", "CommuneId");
        migrationBuilder.CreateIndex("IX_ExchangeMessages_Direction_State", "ExchangeMessages", ["Direction", "State"]);
        migrationBuilder.CreateIndex("IX_ExchangeMessages_DocumentId", "ExchangeMessages", "DocumentId");

        migrationBuilder.CreateTable(
            name: "ExchangeEvents",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long, nullable: false).Identity(),
                MessageId = table.Column<int>(type: t.Int, nullable: false),
                At = table.Column<DateTime>(type: t.DateTime, nullable: false),
                State = table.Column<int>(type: t.Int, nullable: false),
                Note = table.Column<string>(type: t.String(500), maxLength: 500, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ExchangeEvents", x => x.Id);
                table.ForeignKey("FK_ExchangeEvents_ExchangeMessages_MessageId", x => x.MessageId, "ExchangeMessages", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ExchangeEvents_MessageId", "ExchangeEvents", "MessageId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("ExchangeEvents");
        migrationBuilder.DropTable("ExchangeMessages");
        migrationBuilder.DropIndex("IX_Communes_AgencyCode", "Communes");
        migrationBuilder.DropIndex("IX_Provinces_AgencyCode", "Provinces");
        migrationBuilder.DropColumn("AgencyCode", "Communes");
        migrationBuilder.DropColumn("AgencyCode", "Provinces");
    }
}
