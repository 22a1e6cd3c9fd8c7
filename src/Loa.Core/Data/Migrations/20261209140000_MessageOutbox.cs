using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>
/// One outbox for every message: the mail outbox becomes <c>OutgoingMessages</c> (e-mail, Zalo, SMS) with a state and
/// the time of the next attempt, its rows moved over as e-mails; message templates as data (seeded, Zalo ids to be set
/// by the administrator); the citizen's consent to Zalo/SMS on feedback; the officer's reminder channel.
/// </summary>
[DbContext(typeof(LoaDbContext))]
[Migration("20261209140000_MessageOutbox")]
public sealed class MessageOutbox : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var t = new ColumnTypes(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "OutgoingMessages",
            columns: table => new
            {
                Id = table.Column<long>(type: t.Long, nullable: false).Identity(),
                Channel = table.Column<int>(type: t.Int, nullable: false),
                To = table.Column<string>(type: t.String(256), maxLength: 256, nullable: false),
                Subject = table.Column<string>(type: t.String(300), maxLength: 300, nullable: false),
                Purpose = table.Column<string>(type: t.String(60), maxLength: 60, nullable: true),
                TemplateId = table.Column<string>(type: t.String(40), maxLength: 40, nullable: true),
                Body = table.Column<string>(type: t.String(8000), maxLength: 8000, nullable: true),
                Parameters = table.Column<string>(type: t.String(4000), maxLength: 4000, nullable: true),
                State = table.Column<int>(type: t.Int, nullable: false),
                CreatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                SentAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                GivenUpAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                Attempts = table.Column<int>(type: t.Int, nullable: false),
                NextAttemptAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                LastError = table.Column<string>(type: t.String(200), maxLength: 200, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_OutgoingMessages", x => x.Id));

        // Every mail so far is an e-mail: sent, given up, failed (to be tried again now) or waiting.
        migrationBuilder.Sql("""
            INSERT INTO "OutgoingMessages" ("Id", "Channel", "To", "Subject", "Body", "State", "CreatedAt", "SentAt", "GivenUpAt", "Attempts", "LastError")
            SELECT "Id", 0, "To", "Subject", "Body",
                   CASE WHEN "SentAt" IS NOT NULL THEN 1 WHEN "GivenUpAt" IS NOT NULL THEN 3 WHEN "Attempts" > 0 THEN 2 ELSE 0 END,
                   "CreatedAt", "SentAt", "GivenUpAt", "Attempts", "LastError"
            FROM "OutgoingMails"
            """);
        if (t.IsPostgres)
        {
            migrationBuilder.Sql("""
                SELECT setval(pg_get_serial_sequence('"OutgoingMessages"', 'Id'), COALESCE(MAX("Id"), 0) + 1, false) FROM "OutgoingMessages"
                """);
        }

        migrationBuilder.DropTable("OutgoingMails");
        migrationBuilder.CreateIndex("IX_OutgoingMessages_State_NextAttemptAt", "OutgoingMessages", ["State", "NextAttemptAt"]);

        migrationBuilder.CreateTable(
            name: "MessageTemplates",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                Purpose = table.Column<string>(type: t.String(60), maxLength: 60, nullable: false),
                Channel = table.Column<int>(type: t.Int, nullable: false),
                Name = table.Column<string>(type: t.String(200), maxLength: 200, nullable: false),
                Text = table.Column<string>(type: t.String(1000), maxLength: 1000, nullable: false),
                ZnsTemplateId = table.Column<string>(type: t.String(40), maxLength: 40, nullable: true),
                ZnsParameters = table.Column<string>(type: t.String(1000), maxLength: 1000, nullable: true),
                IsEnabled = table.Column<bool>(type: t.Bool, nullable: false),
                UpdatedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_MessageTemplates", x => x.Id));
        migrationBuilder.CreateIndex("IX_MessageTemplates_Purpose_Channel", "MessageTemplates", ["Purpose", "Channel"], unique: true);
        migrationBuilder.InsertData(
            table: "MessageTemplates",
            columns: ["Purpose", "Channel", "Name", "Text", "ZnsParameters", "IsEnabled"],
            columnTypes: [t.String(60), t.Int, t.String(200), t.String(1000), t.String(1000), t.Bool],
            values: new object?[,]
            {
                {
                    "feedback-answered", 1, "Trả lời phản ánh, kiến nghị (Zalo)",
                    "Phản ánh, kiến nghị số <so_phan_anh> gửi <co_quan> đã có kết quả trả lời. Nhập mã tra cứu tại <duong_dan> để xem.",
                    "so_phan_anh: {number}\nco_quan: {commune}\nduong_dan: {link}", true,
                },
                {
                    "feedback-answered", 2, "Trả lời phản ánh, kiến nghị (SMS)",
                    "{commune}: phản ánh, kiến nghị số {number} của bạn đã có kết quả trả lời. Xem tại {link} bằng mã tra cứu đã nhận khi gửi.",
                    null, true,
                },
                {
                    "reminder", 1, "Nhắc việc cho cán bộ (Zalo)",
                    "Kính gửi <ho_ten>, Loa nhắc: <noi_dung>. Xem chi tiết: <duong_dan>",
                    "ho_ten: {name}\nnoi_dung: {title}\nduong_dan: {link}", true,
                },
                {
                    "reminder", 2, "Nhắc việc cho cán bộ (SMS)",
                    "Loa nhắc việc: {title}. {link}",
                    null, true,
                },
            });

        migrationBuilder.AddColumn<DateTime>("PhoneMessagesConsentAt", "Feedback", type: t.DateTime, nullable: true);
        migrationBuilder.AddColumn<int>("ReminderChannel", "AspNetUsers", type: t.Int, nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<DateTime>("ReminderChannelChosenAt", "AspNetUsers", type: t.DateTime, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("ReminderChannelChosenAt", "AspNetUsers");
        migrationBuilder.DropColumn("ReminderChannel", "AspNetUsers");
        migrationBuilder.DropColumn("PhoneMessagesConsentAt", "Feedback");
        migrationBuilder.DropTable("MessageTemplates");
        migrationBuilder.DropTable("OutgoingMessages");
    }
}
