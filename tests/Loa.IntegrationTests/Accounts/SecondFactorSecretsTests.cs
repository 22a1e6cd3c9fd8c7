using System.Data.Common;
using System.Globalization;
using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Accounts;

/// <summary>
/// The second factor's secrets at rest: the database holds the authenticator key encrypted and the recovery codes
/// hashed, so a copy of the database (a backup, a dump) signs no one in; keys and codes stored in plain text by an
/// earlier version are protected at the next start and still work.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SecondFactorSecretsTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_database_holds_neither_the_authenticator_key_nor_a_recovery_code_and_both_still_sign_in(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        var user = scenario.Coordinator;
        using (var owner = app.Session())
        {
            await owner.LoginAsync(user.UserName!);
            var (key, codes) = await TwoFactorTests.EnrolWithKeyAsync(owner);
            Assert.Equal(10, codes.Count);
            await AssertNotStoredAsync(app, user.Id, key, codes);

            await AssertSignsInOnceAsync(app, user.UserName!, key, codes[0]);
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_key_and_recovery_codes_stored_in_plain_text_are_protected_at_the_next_start_and_still_sign_in(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        var user = scenario.Leader;
        string key;
        List<string> codes;
        using (var owner = app.Session())
        {
            await owner.LoginAsync(user.UserName!);
            (key, codes) = await TwoFactorTests.EnrolWithKeyAsync(owner);
        }

        // as the version before stored them: the key in base 32, the codes joined by ';'
        var plainKey = key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await using (var db = app.SystemDb())
        {
            var tokens = await db.UserTokens.Where(t => t.UserId == user.Id).ToListAsync();
            tokens.Single(t => t.Name == "AuthenticatorKey").Value = plainKey;
            tokens.Single(t => t.Name == "RecoveryCodes").Value = string.Join(';', codes);
            await db.SaveChangesAsync();
        }

        Assert.Contains(plainKey, await StoredTextAsync(app, user.Id));

        using var restarted = app.SecondInstance();
        _ = restarted.Server;
        await AssertNotStoredAsync(app, user.Id, key, codes);
        await AssertSignsInOnceAsync(restarted, user.UserName!, key, codes[5]);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_authenticator_code_signs_in_once(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        var name = scenario.Officer.UserName!;
        string key;
        using (var owner = app.Session())
        {
            await owner.LoginAsync(name);
            (key, _) = await TwoFactorTests.EnrolWithKeyAsync(owner);
        }

        var now = app.Clock.Now;

        // the code typed to confirm the enrolment is used
        await AssertRefusedAsync(app, name, Totp.Code(key, now));

        // a code signs in; signed out, the same code is refused; the app's next code signs in
        var code = Totp.Code(key, now.AddSeconds(Totp.StepSeconds));
        using (var first = app.Session())
        {
            await SecondStepAsync(first, name, code, HttpStatusCode.Redirect);
            await first.SubmitAsync(await first.GetPageAsync("/account/security"), "form[action='/account/logout']", []);
            Assert.Equal(HttpStatusCode.Redirect, (await first.Client.GetAsync("/account/security")).StatusCode);
        }

        await AssertRefusedAsync(app, name, code);
        using var next = app.Session();
        await SecondStepAsync(next, name, Totp.Code(key, now.AddSeconds(2 * Totp.StepSeconds)), HttpStatusCode.Redirect);
        Assert.Equal(HttpStatusCode.OK, (await next.Client.GetAsync("/account/security")).StatusCode);
    }

    private static async Task AssertRefusedAsync(LoaAppFactory app, string name, string code)
    {
        using var session = app.Session();
        var answer = await SecondStepAsync(session, name, code, HttpStatusCode.OK);
        var error = WebSession.Parse(await answer.Content.ReadAsStringAsync(), "/").ValidationErrors().Single();
        Assert.Equal("Mã không đúng, đã hết hạn hoặc đã dùng. Hãy nhập mã mới trên ứng dụng xác thực.", error);
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/account/security")).StatusCode);
    }

    private static async Task<HttpResponseMessage> SecondStepAsync(WebSession session, string name, string code, HttpStatusCode expected)
    {
        var step = await TwoFactorTests.PasswordStepAsync(session, name, "/account/security");
        var answer = await session.SubmitAsync(step, "form", new() { ["Code"] = code });
        Assert.Equal(expected, answer.StatusCode);
        return answer;
    }

    /// <summary>The app's next code signs in, and so does a recovery code, once.</summary>
    private static async Task AssertSignsInOnceAsync(LoaAppFactory app, string name, string key, string recoveryCode)
    {
        using (var session = app.Session())
        {
            await SecondStepAsync(session, name, Totp.Code(key, app.Clock.Now.AddSeconds(Totp.StepSeconds)), HttpStatusCode.Redirect);
            Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/account/security")).StatusCode);
        }

        using (var session = app.Session())
        {
            await SecondStepAsync(session, name, recoveryCode, HttpStatusCode.Redirect);
            Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/account/security")).StatusCode);
        }

        using (var session = app.Session())
        {
            await SecondStepAsync(session, name, recoveryCode, HttpStatusCode.OK);
        }
    }

    /// <summary>Every value of the account's rows in AspNetUserTokens and AspNetUsers: none holds the key or a recovery code.</summary>
    private static async Task AssertNotStoredAsync(LoaAppFactory app, string userId, string key, IReadOnlyList<string> codes)
    {
        var stored = await StoredTextAsync(app, userId);
        Assert.Contains("AuthenticatorKey", stored);
        Assert.Contains("RecoveryCodes", stored);
        var secrets = new List<string> { key.Replace(" ", "", StringComparison.Ordinal) };
        secrets.AddRange(codes);
        secrets.AddRange(codes.Select(c => c.Replace("-", "", StringComparison.Ordinal)));
        foreach (var value in stored)
        {
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, value, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    private static async Task<List<string>> StoredTextAsync(LoaAppFactory app, string userId)
    {
        await using var db = app.SystemDb();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var values = new List<string>();
        foreach (var sql in new[] { "SELECT * FROM \"AspNetUserTokens\" WHERE \"UserId\" = @id", "SELECT * FROM \"AspNetUsers\" WHERE \"Id\" = @id" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.Add(Parameter(command, userId));
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!await reader.IsDBNullAsync(i))
                    {
                        values.Add(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!);
                    }
                }
            }
        }

        return values;
    }

    private static DbParameter Parameter(DbCommand command, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@id";
        parameter.Value = value;
        return parameter;
    }
}
