using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>Part of <see cref="Initial"/>: plans and their parts.</summary>
internal static class InitialPlanSchema
{
    public static void Up(MigrationBuilder mb, ColumnTypes t)
    {
        mb.CreateTable(
            name: "Plans",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                ProvinceId = table.Column<int>(type: t.Int, nullable: false),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                Year = table.Column<int>(type: t.Int, nullable: false),
                Status = table.Column<int>(type: t.Int, nullable: false),
                IssuerName = table.Column<string>(type: t.String(200), maxLength: 200, nullable: false),
                IssuerKind = table.Column<string>(type: t.String(20), maxLength: 20, nullable: false),
                IssuerLocality = table.Column<string>(type: t.String(100), maxLength: 100, nullable: false),
                Number = table.Column<string>(type: t.String(50), maxLength: 50, nullable: true),
                Symbol = table.Column<string>(type: t.String(50), maxLength: 50, nullable: false),
                Place = table.Column<string>(type: t.String(100), maxLength: 100, nullable: true),
                DateDay = table.Column<int>(type: t.Int, nullable: true),
                DateMonth = table.Column<int>(type: t.Int, nullable: true),
                DateYear = table.Column<int>(type: t.Int, nullable: true),
                Title = table.Column<string>(type: t.String(500), maxLength: 500, nullable: false),
                ReportingPeriods = table.Column<int>(type: t.Int, nullable: false),
                ReportingVia = table.Column<string>(type: t.String(300), maxLength: 300, nullable: true),
                Funding = table.Column<string>(type: t.Text, nullable: false),
                Recipients = table.Column<string>(type: t.Text, nullable: false),
                SignerAuthority = table.Column<string>(type: t.String(100), maxLength: 100, nullable: true),
                SignerDeputy = table.Column<string>(type: t.String(100), maxLength: 100, nullable: true),
                SignerPosition = table.Column<string>(type: t.String(100), maxLength: 100, nullable: true),
                SignerName = table.Column<string>(type: t.String(100), maxLength: 100, nullable: true),
                CreatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                UpdatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                SubmittedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                ApprovedAt = table.Column<DateTime>(type: t.DateTime, nullable: true),
                ApprovedById = table.Column<string>(type: t.String(450), maxLength: 450, nullable: true),
                IssuedOn = table.Column<DateOnly>(type: t.Date, nullable: true),
                ReturnComment = table.Column<string>(type: t.Text, nullable: true),
                SourcePlanId = table.Column<int>(type: t.Int, nullable: true),
                Version = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Plans", x => x.Id);
                table.ForeignKey("FK_Plans_Communes_CommuneId", x => x.CommuneId, "Communes", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Plans_Plans_SourcePlanId", x => x.SourcePlanId, "Plans", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_Plans_Provinces_ProvinceId", x => x.ProvinceId, "Provinces", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_Plans_CommuneId_Year", "Plans", ["CommuneId", "Year"]);
        mb.CreateIndex("IX_Plans_ProvinceId_Year", "Plans", ["ProvinceId", "Year"]);
        mb.CreateIndex("IX_Plans_SourcePlanId", "Plans", "SourcePlanId");

        mb.CreateTable(
            name: "Bases",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                PlanId = table.Column<int>(type: t.Int, nullable: false),
                Order = table.Column<int>(type: t.Int, nullable: false),
                Kind = table.Column<string>(type: t.String(50), maxLength: 50, nullable: false),
                Number = table.Column<string>(type: t.String(50), maxLength: 50, nullable: true),
                Date = table.Column<DateOnly>(type: t.Date, nullable: true),
                Issuer = table.Column<string>(type: t.String(300), maxLength: 300, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Bases", x => x.Id);
                table.ForeignKey("FK_Bases_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Cascade);
            });
        mb.CreateIndex("IX_Bases_PlanId", "Bases", "PlanId");

        mb.CreateTable(
            name: "Sections",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                PlanId = table.Column<int>(type: t.Int, nullable: false),
                ParentId = table.Column<int>(type: t.Int, nullable: true),
                Order = table.Column<int>(type: t.Int, nullable: false),
                Label = table.Column<string>(type: t.String(20), maxLength: 20, nullable: true),
                Heading = table.Column<string>(type: t.String(1000), maxLength: 1000, nullable: true),
                Role = table.Column<string>(type: t.String(20), maxLength: 20, nullable: true),
                Paragraphs = table.Column<string>(type: t.Text, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Sections", x => x.Id);
                table.ForeignKey("FK_Sections_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Sections_Sections_ParentId", x => x.ParentId, "Sections", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_Sections_ParentId", "Sections", "ParentId");
        mb.CreateIndex("IX_Sections_PlanId", "Sections", "PlanId");

        LabeledItems(mb, t, "ContentItems");
        LabeledItems(mb, t, "Channels");
        InitialTaskSchema.Up(mb, t);

        mb.CreateTable(
            name: "Responsibilities",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                PlanId = table.Column<int>(type: t.Int, nullable: false),
                Order = table.Column<int>(type: t.Int, nullable: false),
                UnitName = table.Column<string>(type: t.String(1000), maxLength: 1000, nullable: false),
                UnitId = table.Column<int>(type: t.Int, nullable: true),
                Duties = table.Column<string>(type: t.Text, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Responsibilities", x => x.Id);
                table.ForeignKey("FK_Responsibilities_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Responsibilities_Units_UnitId", x => x.UnitId, "Units", "Id", onDelete: ReferentialAction.Restrict);
            });
        mb.CreateIndex("IX_Responsibilities_PlanId", "Responsibilities", "PlanId");
        mb.CreateIndex("IX_Responsibilities_UnitId", "Responsibilities", "UnitId");

        mb.CreateTable(
            name: "Deadlines",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                PlanId = table.Column<int>(type: t.Int, nullable: false),
                Order = table.Column<int>(type: t.Int, nullable: false),
                Subject = table.Column<string>(type: t.String(1000), maxLength: 1000, nullable: false),
                Date = table.Column<DateOnly>(type: t.Date, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Deadlines", x => x.Id);
                table.ForeignKey("FK_Deadlines_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Cascade);
            });
        mb.CreateIndex("IX_Deadlines_PlanId", "Deadlines", "PlanId");
    }

    /// <summary>ContentItems and Channels have the same shape: an ordered, labelled text of a plan.</summary>
    private static void LabeledItems(MigrationBuilder mb, ColumnTypes t, string name)
    {
        mb.CreateTable(
            name: name,
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                PlanId = table.Column<int>(type: t.Int, nullable: false),
                Order = table.Column<int>(type: t.Int, nullable: false),
                Label = table.Column<string>(type: t.String(20), maxLength: 20, nullable: true),
                Text = table.Column<string>(type: t.Text, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey($"PK_{name}", x => x.Id);
                table.ForeignKey($"FK_{name}_Plans_PlanId", x => x.PlanId, "Plans", "Id", onDelete: ReferentialAction.Cascade);
            });
        mb.CreateIndex($"IX_{name}_PlanId", name, "PlanId");
    }
}
