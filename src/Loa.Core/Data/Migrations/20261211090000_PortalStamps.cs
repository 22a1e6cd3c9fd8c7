using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>
/// The portal stamps (decision 41): one row per commune whose portal data changed, and one for data every portal shows.
/// The table starts empty; a commune without a row has never changed since, which reads as stamp 0.
/// </summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261211090000_PortalStamps")]
public sealed class PortalStampsTable : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "PortalStamps",
            columns: table => new
            {
                Scope = table.Column<string>(type: t.String(16), maxLength: 16, nullable: false),
                Version = table.Column<long>(type: t.Long, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_PortalStamps", x => x.Scope));
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("PortalStamps");
}
