using System.Globalization;
using System.Net;
using Loa.Documents;
using Loa.Domain.Accounts;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Admin;

/// <summary>
/// Accounts managed by province and commune (decision record 30): the list is searched, paged and filtered; a coordinator
/// manages the unit officers of its commune and nothing else, a province officer the coordinators and leaders of its
/// communes; accounts come in bulk from a sheet, reviewed before anything is saved.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AccountManagementTests(AppFixture fixture)
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_list_is_searched_without_marks_paged_and_filtered_by_commune_and_role(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        var admin = await Scenario.CreateAdminAsync(app);
        var tag = scenario.Commune.Code;
        await using (var db = app.SystemDb())
        {
            var hash = LocalAccounts.Hash(Scenario.Password);
            for (var i = 0; i < 60; i++)
            {
                var name = i == 42 ? $"Đặng Thị Ngọc Ánh {tag}" : $"Phạm Thị Khu Phố {i} {tag}";
                var user = LocalAccounts.CreateHashed(
                    $"kp{i}.{tag}", name, UserRole.UnitOfficer, hash, scenario.Commune.ProvinceId, scenario.Commune.Id, scenario.Neighbourhood.Id);
                user.PhoneNumber = i == 7 ? "0987654" + tag[..3] : null;
                db.Users.Add(user);
            }

            await db.SaveChangesAsync();
        }

        using var session = app.Session();
        await session.LoginAsync(admin.UserName!);
        int Rows(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelectorAll("table.accounts tbody tr").Length;
        string Count(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector("#count")!.TextContent;

        var commune = $"/admin/users?province={scenario.Commune.ProvinceId}&commune={scenario.Commune.Id}";
        var first = await session.GetPageAsync(commune);
        Assert.Equal((50, "63 tài khoản — trang 1/2"), (Rows(first), Count(first)));
        var second = await session.GetPageAsync(first.QuerySelector("nav.pager a:last-child")!.GetAttribute("href")!);
        Assert.Equal(13, Rows(second));
        Assert.Contains(scenario.Coordinator.FullName, first.Text() + second.Text(), StringComparison.Ordinal);

        var found = await session.GetPageAsync($"/admin/users?q={Uri.EscapeDataString($"DANG thi ngoc anh {tag}")}");
        Assert.Equal(1, Rows(found));
        Assert.Contains($"kp42.{tag}", found.Text(), StringComparison.Ordinal);
        var many = await session.GetPageAsync($"/admin/users?q={Uri.EscapeDataString($"pham thi {tag}")}&state=on");
        Assert.Equal("59 tài khoản — trang 1/2", Count(many));
        var byPhone = await session.GetPageAsync($"/admin/users?q=0987654{tag[..3]}");
        Assert.Contains($"kp7.{tag}", byPhone.Text(), StringComparison.Ordinal);
        Assert.Equal(1, Rows(byPhone));
        var coordinators = await session.GetPageAsync(commune + "&role=Coordinator");
        Assert.Equal(1, Rows(coordinators));
        Assert.Contains(scenario.Coordinator.UserName!, coordinators.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_coordinator_manages_the_unit_officers_of_its_commune_and_nothing_else(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app, withActivity: false);
        var b = await Scenario.CreateAsync(app, withActivity: false, sameProvinceAs: a);
        using var session = app.Session();
        await session.LoginAsync(a.Coordinator.UserName!);

        var list = (await session.GetPageAsync("/admin/users")).Text();
        Assert.Contains(a.Officer.UserName!, list, StringComparison.Ordinal);
        Assert.DoesNotContain(a.Leader.UserName!, list, StringComparison.Ordinal);
        Assert.DoesNotContain(b.Officer.UserName!, list, StringComparison.Ordinal);
        var listOfB = (await session.GetPageAsync($"/admin/users?commune={b.Commune.Id}&province={b.Commune.ProvinceId}")).Text();
        Assert.DoesNotContain(b.Officer.UserName!, listOfB, StringComparison.Ordinal);

        async Task<(HttpResponseMessage Response, string UserName)> CreateAsync(UserRole role, int? commune, int? unit)
        {
            var userName = $"moi{Guid.NewGuid().ToString("N")[..6]}.{a.Commune.Code}";
            var form = await session.GetPageAsync("/admin/users/create");
            var response = await session.SubmitAsync(form, "form", new()
            {
                ["UserName"] = userName,
                ["Place.FullName"] = "Cán bộ mới",
                ["Place.Role"] = role.ToString(),
                ["Place.ProvinceId"] = commune is null ? null : Id(b.Commune.ProvinceId),
                ["Place.CommuneId"] = commune is null ? null : Id(commune.Value),
                ["Place.UnitId"] = unit is null ? "" : Id(unit.Value),
                ["Password"] = "mot cum tu de nho 2026",
            });
            return (response, userName);
        }

        // Never a province, administrator, coordinator or leader account; never a unit of another commune.
        foreach (var role in new[] { UserRole.SystemAdmin, UserRole.ProvinceOfficer, UserRole.Coordinator, UserRole.Leader })
        {
            var (refused, name) = await CreateAsync(role, null, a.Culture.Id);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(AccountAdministration.RoleRefused, WebSession.Parse(await refused.Content.ReadAsStringAsync(), "/").ValidationErrors());
            await using var db = app.SystemDb();
            Assert.False(await db.Users.AnyAsync(u => u.UserName == name), $"{role} created");
        }

        var (elsewhere, elsewhereName) = await CreateAsync(UserRole.UnitOfficer, b.Commune.Id, b.Culture.Id);
        Assert.Contains(AccountAdministration.UnitElsewhere, WebSession.Parse(await elsewhere.Content.ReadAsStringAsync(), "/").ValidationErrors());

        var (created, createdName) = await CreateAsync(UserRole.UnitOfficer, null, a.Neighbourhood.Id);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await using (var db = app.SystemDb())
        {
            Assert.False(await db.Users.AnyAsync(u => u.UserName == elsewhereName));
            var account = await db.Users.SingleAsync(u => u.UserName == createdName);
            Assert.Equal(
                (a.Commune.Id, a.Neighbourhood.Id, UserRole.UnitOfficer, true),
                (account.CommuneId!.Value, account.UnitId!.Value, account.Role, account.MustChangePassword));
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "create" && e.EntityType == "User" && e.EntityId == account.Id));
        }

        // Its own commune's officer: moved to another unit, locked; the other commune's officer: 404, unchanged, logged.
        var edit = await session.GetPageAsync($"/admin/users/edit/{a.Officer.Id}");
        var moved = await session.SubmitAsync(edit, "form#account", new() { ["Place.UnitId"] = Id(a.Neighbourhood.Id) });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var locked = await session.SubmitAsync(await session.GetPageAsync($"/admin/users/edit/{a.Officer.Id}"), "form[action*='handler=Lock']", []);
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);

        var token = WebSession.AntiforgeryToken(edit);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/admin/users/edit/{b.Officer.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/admin/users/edit/{a.Leader.Id}")).StatusCode);
        foreach (var handler in new[] { "", "Lock", "Password" })
        {
            var url = $"/admin/users/edit/{b.Officer.Id}" + (handler.Length > 0 ? "?handler=" + handler : "");
            var post = await session.Client.PostAsync(url, new FormUrlEncodedContent(
            [
                new("__RequestVerificationToken", token),
                new("disable", "true"),
                new("NewPassword", "mat khau bi chiem 2026"),
                new("Place.FullName", "Bị ghi đè"),
                new("Place.Role", nameof(UserRole.UnitOfficer)),
                new("Place.UnitId", Id(a.Culture.Id)),
            ]));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        await using (var db = app.SystemDb())
        {
            var officer = await db.Users.SingleAsync(u => u.Id == a.Officer.Id);
            Assert.Equal((a.Neighbourhood.Id, true), (officer.UnitId!.Value, officer.IsDisabled));
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "account-disabled" && e.EntityId == a.Officer.Id));
            var other = await db.Users.SingleAsync(u => u.Id == b.Officer.Id);
            Assert.Equal(
                (b.Officer.FullName, b.ServiceCentre.Id, false, b.Officer.PasswordHash),
                (other.FullName, other.UnitId!.Value, other.IsDisabled, other.PasswordHash));
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "denied" && e.EntityId == b.Officer.Id && e.UserId == a.Coordinator.Id));
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_province_officer_manages_its_communes_coordinators_but_no_other_province(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app, withActivity: false);
        var far = await Scenario.CreateAsync(app, withActivity: false, otherProvinceThan: a);
        using var session = app.Session();
        await session.LoginAsync(a.ProvinceOfficer.UserName!);

        var form = await session.GetPageAsync($"/admin/users/create?commune={a.Commune.Id}");
        Assert.Equal([nameof(UserRole.Coordinator), nameof(UserRole.Leader)], form.QuerySelectorAll("#Place_Role option").Select(o => o.GetAttribute("value")));
        var userName = "daumoi2." + a.Commune.Code;
        var created = await session.SubmitAsync(form, "form", new()
        {
            ["UserName"] = userName,
            ["Place.FullName"] = "Cán bộ đầu mối thứ hai",
            ["Place.Role"] = nameof(UserRole.Coordinator),
            ["Place.CommuneId"] = Id(a.Commune.Id),
            ["Place.UnitId"] = Id(a.Culture.Id),
            ["Password"] = "mot cum tu de nho 2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var other = await session.SubmitAsync(await session.GetPageAsync("/admin/users/create"), "form", new()
        {
            ["UserName"] = "daumoi2." + far.Commune.Code,
            ["Place.FullName"] = "Cán bộ tỉnh khác",
            ["Place.Role"] = nameof(UserRole.Coordinator),
            ["Place.ProvinceId"] = Id(far.Commune.ProvinceId),
            ["Place.CommuneId"] = Id(far.Commune.Id),
            ["Password"] = "mot cum tu de nho 2026",
        });
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Contains(AccountAdministration.NoCommune, WebSession.Parse(await other.Content.ReadAsStringAsync(), "/").ValidationErrors());
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/admin/users/edit/{far.Coordinator.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/admin/users/edit/{a.Officer.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync($"/admin/users/edit/{a.Coordinator.Id}")).StatusCode);

        // The commune's page: in service, its coordinators, its units; another province's commune is not found.
        var page = (await session.GetPageAsync($"/communes/details/{a.Commune.Id}")).Text();
        Assert.Contains("Cán bộ đầu mối thứ hai", page, StringComparison.Ordinal);
        Assert.Contains(a.Neighbourhood.Name, page, StringComparison.Ordinal);
        Assert.Contains(a.Plan.Title, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/communes/details/{far.Commune.Id}")).StatusCode);
        var search = Uri.EscapeDataString(VietnameseFold(a.Commune.Name));
        var communes = (await session.GetPageAsync($"/communes?q={search}&province={far.Commune.ProvinceId}")).Text();
        Assert.Contains(a.Commune.Name, communes, StringComparison.Ordinal);
        await using var db = app.SystemDb();
        var made = await db.Users.SingleAsync(u => u.UserName == userName);
        Assert.Equal((UserRole.Coordinator, a.Commune.Id, a.Culture.Id), (made.Role, made.CommuneId!.Value, made.UnitId!.Value));
        Assert.False(await db.Users.AnyAsync(u => u.UserName == "daumoi2." + far.Commune.Code));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Accounts_from_a_sheet_are_reviewed_then_created_together_with_temporary_passwords(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        var tag = scenario.Commune.Code;
        using var session = app.Session();
        await session.LoginAsync(scenario.Coordinator.UserName!);

        var template = await session.Client.GetAsync("/admin/users/bulk?handler=Template");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", template.Content.Headers.ContentType!.MediaType);
        Assert.Empty(AccountSheet.Read(await template.Content.ReadAsByteArrayAsync()));

        var sheet = XlsxTable.Create("Tài khoản", AccountSheet.Headers, new List<IReadOnlyList<object?>>
        {
            new object?[] { "Lê Thị Lan", $"lan.{tag}", "", "0912345678", "Cán bộ đơn vị", "khu pho 1" },
            new object?[] { "Trần Văn Bình", $"binh.{tag}", "binh@xa.gov.vn", "", "", "Trung tâm Phục vụ hành chính công" },
            new object?[] { "Không Đơn Vị", $"khong.{tag}", "", "", "Cán bộ đơn vị", "" },
            new object?[] { "Trùng Tên", scenario.Officer.UserName, "", "", "", "Khu phố 1" },
            new object?[] { "Lãnh Đạo", $"ld.{tag}", "", "", "Lãnh đạo", "" },
        }, [20, 20, 20, 20, 20, 20]);
        var page = await session.GetPageAsync("/admin/users/bulk");
        var review = await session.SubmitAsync(page, "form#upload", [], files: [("Upload", "tai-khoan.xlsx", sheet)]);
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        var reviewed = WebSession.Parse(await review.Content.ReadAsStringAsync(), "/admin/users/bulk");
        Assert.Equal(2, reviewed.QuerySelectorAll("table.bulk-review tr.ok").Length);
        Assert.Equal(3, reviewed.QuerySelectorAll("table.bulk-review tr.refused").Length);
        var text = reviewed.Text();
        Assert.Contains("Hãy chọn đơn vị", text, StringComparison.Ordinal);
        Assert.Contains("đã có người dùng", text, StringComparison.Ordinal);
        Assert.Contains("không được tạo", text, StringComparison.Ordinal);
        await using (var db = app.SystemDb())
        {
            Assert.False(await db.Users.AnyAsync(u => u.UserName == $"lan.{tag}" || u.UserName == $"binh.{tag}"));
        }

        var confirmed = await session.SubmitAsync(reviewed, "form[action*='handler=Confirm']", []);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("no-store", confirmed.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var done = WebSession.Parse(await confirmed.Content.ReadAsStringAsync(), "/admin/users/bulk");
        var passwords = done.QuerySelectorAll("code.password").Select(c => c.TextContent).ToList();
        Assert.Equal(2, passwords.Count);
        await using (var db = app.SystemDb())
        {
            var lan = await db.Users.SingleAsync(u => u.UserName == $"lan.{tag}");
            Assert.Equal(
                (scenario.Neighbourhood.Id, UserRole.UnitOfficer, true, "0912345678"),
                (lan.UnitId!.Value, lan.Role, lan.MustChangePassword, lan.PhoneNumber));
            Assert.Equal(scenario.ServiceCentre.Id, (await db.Users.SingleAsync(u => u.UserName == $"binh.{tag}")).UnitId);
            Assert.False(await db.Users.AnyAsync(u => u.UserName == $"khong.{tag}" || u.UserName == $"ld.{tag}"));
            var logged = await db.AuditEntries.Where(e => e.Action == "accounts-bulk-created" && e.UserId == scenario.Coordinator.Id).SingleAsync();
            Assert.DoesNotContain(passwords[0], logged.Detail!, StringComparison.Ordinal);
            var details = await db.AuditEntries.Select(e => e.Detail).ToListAsync();
            Assert.DoesNotContain(details, d => d != null && d.Contains(passwords[0], StringComparison.Ordinal));
        }

        // The same sheet confirmed again creates nothing more: every row is now taken.
        var again = await session.SubmitAsync(reviewed, "form[action*='handler=Confirm']", []);
        var refusedAgain = WebSession.Parse(await again.Content.ReadAsStringAsync(), "/admin/users/bulk");
        Assert.Contains(refusedAgain.ValidationErrors(), e => e.Contains("Không có dòng nào", StringComparison.Ordinal));
        Assert.Equal(5, refusedAgain.QuerySelectorAll("table.bulk-review tr.refused").Length);

        using var owner = app.Session();
        await owner.LoginAsync($"lan.{tag}", passwords[0]);
        var home = await owner.Client.GetAsync("/tasks/mine");
        Assert.StartsWith("/account/password", home.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static string VietnameseFold(string text) => Loa.Text.VietnameseText.Fold(text);
}
