using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>
/// Whether a commune is in service (its people use Loa, so its portal takes feedback, surveys and contests), and who
/// turned it on or off and when. Every commune starts out of service; the demo turns on the communes it fills.
/// </summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261207120000_PortalService")]
public sealed class PortalService : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        migrationBuilder.AddColumn<bool>("InService", "Communes", type: t.Bool, nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<DateTime>("ServiceChangedAt", "Communes", type: t.DateTime, nullable: true);
        migrationBuilder.AddColumn<string>("ServiceChangedBy", "Communes", type: t.String(256), maxLength: 256, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("InService", "Communes");
        migrationBuilder.DropColumn("ServiceChangedAt", "Communes");
        migrationBuilder.DropColumn("ServiceChangedBy", "Communes");
    }
}
