using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>Administrative procedures: each province's catalogue (from the national database) and the procedures each commune handles.</summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261124110000_Procedures")]
public sealed class Procedures : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "Procedures",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                Code = table.Column<string>(type: t.String(30), maxLength: 30, nullable: false),
                Name = table.Column<string>(type: t.String(600), maxLength: 600, nullable: false),
                Field = table.Column<string>(type: t.String(200), maxLength: 200, nullable: false),
                Level = table.Column<string>(type: t.String(200), maxLength: 200, nullable: true),
                ProcessingTime = table.Column<string>(type: t.String(1000), maxLength: 1000, nullable: true),
                Fees = table.Column<string>(type: t.String(2000), maxLength: 2000, nullable: true),
                Documents = table.Column<string>(type: t.Text, nullable: true),
                Steps = table.Column<string>(type: t.Text, nullable: true),
                Where = table.Column<string>(type: t.String(1000), maxLength: 1000, nullable: true),
                Agency = table.Column<string>(type: t.String(500), maxLength: 500, nullable: true),
                OnlineLevel = table.Column<int>(type: t.Int, nullable: false),
                OnlineUrl = table.Column<string>(type: t.String(500), maxLength: 500, nullable: true),
                LegalBasis = table.Column<string>(type: t.Text, nullable: true),
                UpdatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                Version = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Procedures", x => x.Id);
                table.ForeignKey("FK_Procedures_Provinces_ProvinceId", x => x.ProvinceId, "Provinces", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_Procedures_ProvinceId_Code", "Procedures", ["ProvinceId", "Code"], unique: true);

        migrationBuilder.CreateTable(
            name: "CommuneProcedures",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                ProcedureId = table.Column<int>(type: t.Int, nullable: false),
                Note = table.Column<string>(type: t.String(1000), maxLength: 1000, nullable: true),
                UpdatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                Version = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CommuneProcedures", x => x.Id);
                table.ForeignKey("FK_CommuneProcedures_Communes_CommuneId", x => x.CommuneId, "Communes", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_CommuneProcedures_Procedures_ProcedureId", x => x.ProcedureId, "Procedures", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_CommuneProcedures_CommuneId_ProcedureId", "CommuneProcedures", ["CommuneId", "ProcedureId"], unique: true);
        migrationBuilder.CreateIndex("IX_CommuneProcedures_ProcedureId", "CommuneProcedures", "ProcedureId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("CommuneProcedures");
        migrationBuilder.DropTable("Procedures");
    }
}
