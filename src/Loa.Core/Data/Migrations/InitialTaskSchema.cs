using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>Part of <see cref="Initial"/>: the key-task table and its lead and partner units.</summary>
internal static class InitialTaskSchema
{
    public static void Up(MigrationBuilder mb, ColumnTypes t)
    {
        mb.CreateTable(
            name: "Tasks",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                PlanId = table.Column<int>(type: t.Int, nullable: false),
                ParentId = table.Column<int>(type: t.Int, nullable: true),
                Order = table.Column<int>(type: t.Int, nullable: false),
                Label = table.Column<string>(type: t.String(20), maxLength: 20, nullable: true),
                Name = table.Column<string>(type: t.String(2000), maxLength: 2000, nullable: false),
                Timeframe = table.Column<string>(type: t.String(300), maxLength: 300, nullable: true),
                QuantityValue = table.Column<int>(type: t.Int, nullable: true),
                QuantityUnit = table.Column<string>(type: t.String(100), maxLength: 100, nullable: true),
                QuantityText = table.Column<string>(type: t.String(200), maxLength: 200, nullable: true),
                Products = table.Column<string>(type: t.String(2000), maxLength: 2000, nullable: true),
                Version = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Tasks", x => x.Id);
                table.ForeignKey("FK_Tasks_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Tasks_Tasks_ParentId", x => x.ParentId, "Tasks", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_Tasks_CommuneId_PlanId", "Tasks", ["CommuneId", "PlanId"]);
        mb.CreateIndex("IX_Tasks_ParentId", "Tasks", "ParentId");
        mb.CreateIndex("IX_Tasks_PlanId", "Tasks", "PlanId");

        mb.CreateTable(
            name: "TaskUnits",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                TaskId = table.Column<int>(type: t.Int, nullable: false),
                Role = table.Column<int>(type: t.Int, nullable: false),
                Order = table.Column<int>(type: t.Int, nullable: false),
                Name = table.Column<string>(type: t.String(300), maxLength: 300, nullable: false),
                UnitId = table.Column<int>(type: t.Int, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TaskUnits", x => x.Id);
                table.ForeignKey("FK_TaskUnits_Tasks_TaskId", x => x.TaskId, "Tasks", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_TaskUnits_Units_UnitId", x => x.UnitId, "Units", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_TaskUnits_TaskId", "TaskUnits", "TaskId");
        mb.CreateIndex("IX_TaskUnits_UnitId", "TaskUnits", "UnitId");
    }
}
