using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>Each province's list of everyday words for procedure search (none until its officer saves one; the default list applies).</summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261208130000_ProcedureSynonymLists")]
public sealed class ProcedureSynonymLists : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "ProcedureSynonymLists",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                Text = table.Column<string>(type: t.String(20_000), maxLength: 20_000, nullable: false),
                UpdatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                Version = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProcedureSynonymLists", x => x.Id);
                table.ForeignKey("FK_ProcedureSynonymLists_Provinces_ProvinceId", x => x.ProvinceId, "Provinces", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_ProcedureSynonymLists_ProvinceId", "ProcedureSynonymLists", "ProvinceId", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("ProcedureSynonymLists");
}
