using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>
/// The audit log read by a province officer: their province's entries of a time window, newest first, found on an
/// index of (ProvinceId, At) rather than by walking every province's entries of the window.
/// </summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261207090000_AuditProvinceIndex")]
public sealed class AuditProvinceIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateIndex("IX_AuditEntries_ProvinceId_At", "AuditEntries", ["ProvinceId", "At"]);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropIndex("IX_AuditEntries_ProvinceId_At", "AuditEntries");
}
