using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>Part of <see cref="Initial"/>: provinces, communes and their units.</summary>
internal static class InitialGeographySchema
{
    public static void Up(MigrationBuilder mb, ColumnTypes t)
    {
        mb.CreateTable(
            name: "Provinces",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                Code = table.Column<string>(type: t.String(2), maxLength: 2, nullable: false),
                Name = table.Column<string>(type: t.String(100), maxLength: 100, nullable: false),
                Kind = table.Column<string>(type: t.String(20), maxLength: 20, nullable: false),
                Locality = table.Column<string>(type: t.String(100), maxLength: 100, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Provinces", x => x.Id));
        mb.CreateIndex("IX_Provinces_Code", "Provinces", "Code", unique: true);

        mb.CreateTable(
            name: "Communes",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                Code = table.Column<string>(type: t.String(5), maxLength: 5, nullable: false),
                Name = table.Column<string>(type: t.String(100), maxLength: 100, nullable: false),
                Kind = table.Column<int>(type: t.Int, nullable: false),
                Locality = table.Column<string>(type: t.String(100), maxLength: 100, nullable: false),
                SearchName = table.Column<string>(type: t.String(100), maxLength: 100, nullable: false),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Communes", x => x.Id);
                table.ForeignKey("FK_Communes_Provinces_ProvinceId", x => x.ProvinceId, "Provinces", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_Communes_Code", "Communes", "Code", unique: true);
        mb.CreateIndex("IX_Communes_ProvinceId_SearchName", "Communes", ["ProvinceId", "SearchName"]);

        mb.CreateTable(
            name: "Units",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                Name = table.Column<string>(type: t.String(300), maxLength: 300, nullable: false),
                Kind = table.Column<int>(type: t.Int, nullable: false),
                IsCoordinator = table.Column<bool>(type: t.Bool, nullable: false),
                IsArchived = table.Column<bool>(type: t.Bool, nullable: false),
                Version = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Units", x => x.Id);
                table.ForeignKey("FK_Units_Communes_CommuneId", x => x.CommuneId, "Communes", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Units_Provinces_ProvinceId", x => x.ProvinceId, "Provinces", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_Units_CommuneId_Name", "Units", ["CommuneId", "Name"]);
        mb.CreateIndex("IX_Units_ProvinceId", "Units", "ProvinceId");
    }
}
