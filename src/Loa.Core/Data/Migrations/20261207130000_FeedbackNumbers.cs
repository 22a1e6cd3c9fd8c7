using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>
/// Feedback numbered within each commune (1, 2, 3… in the order received) instead of by the row id shared by every
/// commune; feedback already received is numbered in the order of its ids.
/// </summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261207130000_FeedbackNumbers")]
public sealed class FeedbackNumbers : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        migrationBuilder.AddColumn<int>("Number", "Feedback", type: t.Int, nullable: false, defaultValue: 0);
        migrationBuilder.Sql("""
            UPDATE "Feedback" SET "Number" = (
                SELECT COUNT(*) FROM "Feedback" AS "Earlier"
                WHERE ("Earlier"."CommuneId" = "Feedback"."CommuneId" OR ("Earlier"."CommuneId" IS NULL AND "Feedback"."CommuneId" IS NULL))
                  AND "Earlier"."Id" <= "Feedback"."Id")
            """);
        migrationBuilder.CreateIndex("IX_Feedback_CommuneId_Number", "Feedback", ["CommuneId", "Number"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_Feedback_CommuneId_Number", "Feedback");
        migrationBuilder.DropColumn("Number", "Feedback");
    }
}
