using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>
/// Part of <see cref="Initial"/>: the audit log, made append-only in the database itself by triggers that
/// refuse UPDATE and DELETE, and the Data Protection key ring.
/// </summary>
internal static class InitialAuditSchema
{
    public static void Up(MigrationBuilder mb, ColumnTypes t)
    {
        mb.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long, nullable: false).Identity(),
                At = table.Column<DateTime>(type: t.DateTime, nullable: false),
                UserId = table.Column<string>(type: t.String(450), maxLength: 450, nullable: true),
                UserName = table.Column<string>(type: t.String(256), maxLength: 256, nullable: true),
                ProvinceId = table.Column<int>(type: t.Int, nullable: true),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                IpAddress = table.Column<string>(type: t.String(64), maxLength: 64, nullable: true),
                Action = table.Column<string>(type: t.String(50), maxLength: 50, nullable: false),
                EntityType = table.Column<string>(type: t.String(50), maxLength: 50, nullable: true),
                EntityId = table.Column<string>(type: t.String(64), maxLength: 64, nullable: true),
                Succeeded = table.Column<bool>(type: t.Bool, nullable: false),
                Detail = table.Column<string>(type: t.String(1000), maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AuditEntries", x => x.Id));
        mb.CreateIndex("IX_AuditEntries_At", "AuditEntries", "At");
        mb.CreateIndex("IX_AuditEntries_CommuneId_At", "AuditEntries", ["CommuneId", "At"]);

        if (t.IsPostgres)
        {
            mb.Sql("""
                CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'AuditEntries is append-only'; END; $$;
                CREATE TRIGGER audit_entries_no_update BEFORE UPDATE OR DELETE ON "AuditEntries"
                FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
                """);
        }
        else
        {
            mb.Sql("""CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON "AuditEntries" BEGIN SELECT RAISE(ABORT, 'AuditEntries is append-only'); END;""");
            mb.Sql("""CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON "AuditEntries" BEGIN SELECT RAISE(ABORT, 'AuditEntries is append-only'); END;""");
        }

        mb.CreateTable(
            name: "DataProtectionKeys",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                FriendlyName = table.Column<string>(type: t.String(200), maxLength: 200, nullable: true),
                Xml = table.Column<string>(type: t.Text, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id));
    }

    public static void Down(MigrationBuilder mb, ColumnTypes t)
    {
        if (t.IsPostgres)
        {
            mb.Sql("""DROP TRIGGER IF EXISTS audit_entries_no_update ON "AuditEntries"; DROP FUNCTION IF EXISTS audit_entries_append_only();""");
        }
        else
        {
            mb.Sql("DROP TRIGGER IF EXISTS audit_entries_no_update; DROP TRIGGER IF EXISTS audit_entries_no_delete;");
        }
    }
}
