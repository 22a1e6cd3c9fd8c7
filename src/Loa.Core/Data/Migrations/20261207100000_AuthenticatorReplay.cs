using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>
/// The time step of the last authenticator code accepted on each account, so that a code cannot be used twice.
/// The authenticator keys and recovery codes already stored in plain text are protected at the next start
/// (<c>SecondFactorUpgrade</c>, which needs the app's key ring and so cannot run as SQL).
/// </summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261207100000_AuthenticatorReplay")]
public sealed class AuthenticatorReplay : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        migrationBuilder.AddColumn<long>("AuthenticatorStep", "AspNetUsers", type: t.Long, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropColumn("AuthenticatorStep", "AspNetUsers");
}
