using Microsoft.EntityFrameworkCore.Migrations;

namespace Loa.Data.Migrations;

/// <summary>Part of <see cref="Initial"/>: ASP.NET Core Identity's user store with Loa's own user fields.</summary>
internal static class InitialAccountSchema
{
    public static void Up(MigrationBuilder mb, ColumnTypes t)
    {
        mb.CreateTable(
            name: "AspNetUsers",
            columns: table => new
            {
                Id = table.Column<string>(type: t.Text, nullable: false),
                FullName = table.Column<string>(type: t.String(200), maxLength: 200, nullable: false),
                Role = table.Column<int>(type: t.Int, nullable: false),
                ProvinceId = table.Column<int>(type: t.Int, nullable: true),
                CommuneId = table.Column<int>(type: t.Int, nullable: true),
                UnitId = table.Column<int>(type: t.Int, nullable: true),
                IsDisabled = table.Column<bool>(type: t.Bool, nullable: false),
                IsDemo = table.Column<bool>(type: t.Bool, nullable: false),
                CreatedAt = table.Column<DateTime>(type: t.DateTime, nullable: false),
                UserName = table.Column<string>(type: t.String(256), maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(type: t.String(256), maxLength: 256, nullable: true),
                Email = table.Column<string>(type: t.String(256), maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(type: t.String(256), maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(type: t.Bool, nullable: false),
                PasswordHash = table.Column<string>(type: t.Text, nullable: true),
                SecurityStamp = table.Column<string>(type: t.Text, nullable: true),
                ConcurrencyStamp = table.Column<string>(type: t.Text, nullable: true),
                PhoneNumber = table.Column<string>(type: t.Text, nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(type: t.Bool, nullable: false),
                TwoFactorEnabled = table.Column<bool>(type: t.Bool, nullable: false),
                LockoutEnd = table.Column<DateTimeOffset>(type: t.DateTime, nullable: true),
                LockoutEnabled = table.Column<bool>(type: t.Bool, nullable: false),
                AccessFailedCount = table.Column<int>(type: t.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                table.ForeignKey("FK_AspNetUsers_Communes_CommuneId", x => x.CommuneId, "Communes", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_AspNetUsers_Provinces_ProvinceId", x => x.ProvinceId, "Provinces", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_AspNetUsers_Units_UnitId", x => x.UnitId, "Units", "Id", onDelete: ReferentialAction.SetNull);
            });
        mb.CreateIndex("EmailIndex", "AspNetUsers", "NormalizedEmail");
        mb.CreateIndex("UserNameIndex", "AspNetUsers", "NormalizedUserName", unique: true);
        mb.CreateIndex("IX_AspNetUsers_CommuneId", "AspNetUsers", "CommuneId");
        mb.CreateIndex("IX_AspNetUsers_ProvinceId", "AspNetUsers", "ProvinceId");
        mb.CreateIndex("IX_AspNetUsers_UnitId", "AspNetUsers", "UnitId");

        mb.CreateTable(
            name: "AspNetUserClaims",
            columns: table => new
            {
                Id = table.Column<int>(type: t.Int, nullable: false).Identity(),
                UserId = table.Column<string>(type: t.Text, nullable: false),
                ClaimType = table.Column<string>(type: t.Text, nullable: true),
                ClaimValue = table.Column<string>(type: t.Text, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                table.ForeignKey("FK_AspNetUserClaims_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        mb.CreateIndex("IX_AspNetUserClaims_UserId", "AspNetUserClaims", "UserId");

        mb.CreateTable(
            name: "AspNetUserLogins",
            columns: table => new
            {
                LoginProvider = table.Column<string>(type: t.Text, nullable: false),
                ProviderKey = table.Column<string>(type: t.Text, nullable: false),
                ProviderDisplayName = table.Column<string>(type: t.Text, nullable: true),
                UserId = table.Column<string>(type: t.Text, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey("FK_AspNetUserLogins_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        mb.CreateIndex("IX_AspNetUserLogins_UserId", "AspNetUserLogins", "UserId");

        mb.CreateTable(
            name: "AspNetUserTokens",
            columns: table => new
            {
                UserId = table.Column<string>(type: t.Text, nullable: false),
                LoginProvider = table.Column<string>(type: t.Text, nullable: false),
                Name = table.Column<string>(type: t.Text, nullable: false),
                Value = table.Column<string>(type: t.Text, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey("FK_AspNetUserTokens_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
    }
}
