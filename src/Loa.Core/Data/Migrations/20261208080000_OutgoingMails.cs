using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>The mail outbox: every e-mail Loa sends is written here in the save that causes it, then sent by the mail worker.</summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261208080000_OutgoingMails")]
public sealed class OutgoingMails : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "OutgoingMails",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long, nullable: false).Identity(),
                To = table.Column<string>(type: t.String(256), maxLength: 256, nullable: false),
                Subject = table.Column<string>(type: t.String(300), maxLength: 300, nullable: false),
                Body = table.Column<string>(type: t.String(8000), maxLength: 8000, nullable: true),
                CreatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                SentAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                GivenUpAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                Attempts = table.Column<int>(type: t.Int, nullable: false),
                LastError = table.Column<string>(type: t.String(200), maxLength: 200, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_OutgoingMails", x => x.Id));
        migrationBuilder.CreateIndex("IX_OutgoingMails_SentAt_GivenUpAt", "OutgoingMails", ["SentAt", "GivenUpAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("OutgoingMails");
}
