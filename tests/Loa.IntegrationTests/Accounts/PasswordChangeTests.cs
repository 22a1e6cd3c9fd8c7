using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Accounts;

/// <summary>"Đổi mật khẩu" for everyone, and temporary passwords set by an administrator that must be changed before anything else.</summary>
[Collection(AppCollection.Name)]
public sealed class PasswordChangeTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_temporary_password_set_by_the_administrator_must_be_changed_before_anything_else(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        var admin = await Scenario.CreateAdminAsync(app);
        using var before = app.Session();
        await before.LoginAsync(scenario.Officer.UserName!);

        using var session = app.Session();
        await session.LoginAsync(admin.UserName!);
        var edit = await session.GetPageAsync($"/admin/users/edit/{scenario.Officer.Id}");
        const string temporary = "tam thoi cho can bo 2026";
        var set = await session.SubmitAsync(edit, "form[action*='handler=Password']", new() { ["NewPassword"] = temporary });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var account = await session.GetPageAsync($"/admin/users/edit/{scenario.Officer.Id}");
        Assert.Contains("phải đổi mật khẩu", account.Text(), StringComparison.Ordinal);

        // the session opened before the new password ended
        Assert.Equal(HttpStatusCode.Redirect, (await before.Client.GetAsync("/tasks/mine")).StatusCode);

        using var owner = app.Session();
        await owner.LoginAsync(scenario.Officer.UserName!, temporary);
        var sent = await owner.Client.GetAsync("/tasks/mine");
        Assert.Equal("/account/password?returnUrl=%2Ftasks%2Fmine", sent.Headers.Location!.OriginalString);
        var form = await owner.GetPageAsync(sent.Headers.Location.OriginalString);
        Assert.Contains("do quản trị viên đặt tạm thời", form.Text(), StringComparison.Ordinal);

        var weak = await owner.SubmitAsync(form, "form", Fields(temporary, "123456789012", "123456789012"));
        Assert.Contains(await ErrorsAsync(weak), e => e.Contains("quá phổ biến", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await owner.Client.GetAsync("/tasks/mine")).StatusCode);

        const string mine = "cay tre lang que xanh mat";
        var changed = await owner.SubmitAsync(form, "form", Fields(temporary, mine, mine));
        Assert.Equal("/tasks/mine", changed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.GetAsync("/tasks/mine")).StatusCode);
        using var again = app.Session();
        await again.LoginAsync(scenario.Officer.UserName!, mine);
        Assert.Equal(HttpStatusCode.OK, (await again.Client.GetAsync("/tasks/mine")).StatusCode);

        await using var db = app.SystemDb();
        var actions = await db.AuditEntries.Where(a => a.EntityId == scenario.Officer.Id).Select(a => a.Action).ToListAsync();
        Assert.Contains("password-set-by-admin", actions);
        Assert.Contains("password-changed", actions);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Everyone_changes_their_password_with_the_current_one_and_their_other_sessions_end(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        var name = scenario.Leader.UserName!;
        using var other = app.Session();
        await other.LoginAsync(name);
        using var session = app.Session();
        await session.LoginAsync(name);
        Assert.NotNull((await session.GetPageAsync("/account/security")).QuerySelector("a[href='/account/password']"));

        var form = await session.GetPageAsync("/account/password");
        const string next = "song nuoc mien tay nam bo";
        var wrong = await session.SubmitAsync(form, "form", Fields("khong phai mat khau", next, next));
        Assert.Contains(await ErrorsAsync(wrong), e => e.Contains("Mật khẩu hiện tại không đúng", StringComparison.Ordinal));
        var mismatch = await session.SubmitAsync(form, "form", Fields(Scenario.Password, next, next + "x"));
        Assert.Contains(await ErrorsAsync(mismatch), e => e.Contains("không giống nhau", StringComparison.Ordinal));

        var done = await session.SubmitAsync(form, "form", Fields(Scenario.Password, next, next));
        Assert.Equal("/account/security", done.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.Client.GetAsync("/dashboard")).StatusCode);
        using var third = app.Session();
        Assert.Equal(HttpStatusCode.OK, (await SignInForms.TryAsync(third, name, Scenario.Password)).Status);
        await third.LoginAsync(name, next);
    }

    private static Dictionary<string, object?> Fields(string current, string next, string confirm) =>
        new() { ["Input.Current"] = current, ["Input.New"] = next, ["Input.Confirm"] = confirm };

    private static async Task<IReadOnlyList<string>> ErrorsAsync(HttpResponseMessage response) =>
        WebSession.Parse(await response.Content.ReadAsStringAsync(), "/").ValidationErrors();
}
