using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>What each commune's public portal says about the commune: welcome, address, hours, hotlines.</summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261124090000_PortalProfiles")]
public sealed class PortalProfiles : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "PortalProfiles",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                Intro = table.Column<string>(type: t.String(2000), maxLength: 2000, nullable: true),
                Address = table.Column<string>(type: t.String(300), maxLength: 300, nullable: true),
                OfficeHours = table.Column<string>(type: t.String(300), maxLength: 300, nullable: true),
                Hotline = table.Column<string>(type: t.String(50), maxLength: 50, nullable: true),
                Email = table.Column<string>(type: t.String(200), maxLength: 200, nullable: true),
                Channels = table.Column<string>(type: t.Text, nullable: false),
                UpdatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                Version = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PortalProfiles", x => x.Id);
                table.ForeignKey("FK_PortalProfiles_Communes_CommuneId", x => x.CommuneId, "Communes", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_PortalProfiles_CommuneId", "PortalProfiles", "CommuneId", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("PortalProfiles");
}
