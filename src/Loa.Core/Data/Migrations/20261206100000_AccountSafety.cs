using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>
/// Sessions kept on the server, sign-in attempts for the limits per name and address, and on each account why and
/// when it was disabled, when it was last used, and whether its password must be changed.
/// </summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261206100000_AccountSafety")]
public sealed class AccountSafety : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        migrationBuilder.AddColumn<DateTime>("DisabledAt", "AspNetUsers", type: t.DateTime, nullable: true);
        migrationBuilder.AddColumn<int>("DisabledReason", "AspNetUsers", type: t.Int, nullable: true);
        migrationBuilder.AddColumn<DateTime>("LastActiveAt", "AspNetUsers", type: t.DateTime, nullable: true);
        migrationBuilder.AddColumn<bool>("MustChangePassword", "AspNetUsers", type: t.Bool, nullable: false, defaultValue: false);

        migrationBuilder.CreateTable(
            name: "UserSessions",
            columns: table => new
            {
                Id = table.Column<string>(type: t.String(64), maxLength: 64, nullable: false),
                UserId = table.Column<string>(type: t.String(450), maxLength: 450, nullable: false),
                CreatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                LastSeenAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                EndedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                EndReason = table.Column<int>(type: t.Int, nullable: true),
                IpAddress = table.Column<string>(type: t.String(64), maxLength: 64, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UserSessions", x => x.Id);
                table.ForeignKey("FK_UserSessions_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_UserSessions_UserId", "UserSessions", "UserId");

        migrationBuilder.CreateTable(
            name: "SignInAttempts",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long, nullable: false).Identity(),
                Step = table.Column<int>(type: t.Int, nullable: false),
                Key = table.Column<string>(type: t.String(256), maxLength: 256, nullable: false),
                IpAddress = table.Column<string>(type: t.String(64), maxLength: 64, nullable: false),
                At = table.Column<DateTime>(type: t.DateTime, nullable: false),
                Succeeded = table.Column<bool>(type: t.Bool, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SignInAttempts", x => x.Id));
        migrationBuilder.CreateIndex("IX_SignInAttempts_Key_Step_At", "SignInAttempts", ["Key", "Step", "At"]);
        migrationBuilder.CreateIndex("IX_SignInAttempts_IpAddress_Step_At", "SignInAttempts", ["IpAddress", "Step", "At"]);
        migrationBuilder.CreateIndex("IX_SignInAttempts_At", "SignInAttempts", "At");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("SignInAttempts");
        migrationBuilder.DropTable("UserSessions");
        migrationBuilder.DropColumn("MustChangePassword", "AspNetUsers");
        migrationBuilder.DropColumn("LastActiveAt", "AspNetUsers");
        migrationBuilder.DropColumn("DisabledReason", "AspNetUsers");
        migrationBuilder.DropColumn("DisabledAt", "AspNetUsers");
    }
}
