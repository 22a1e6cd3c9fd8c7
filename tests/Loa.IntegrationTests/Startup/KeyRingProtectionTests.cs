using Loa.IntegrationTests.Infrastructure;
using Loa.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Loa.IntegrationTests.Startup;

/// <summary>The key ring (the keys of sessions and form tokens, kept in the database) encrypted with a certificate (security.md 28).</summary>
public sealed class KeyRingProtectionTests
{
    [Fact]
    public async Task The_keys_in_the_database_are_encrypted_with_the_certificate()
    {
        using var app = new LoaAppFactory(Engine.Sqlite);
        using var session = app.Session();
        await session.GetPageAsync("/account/login");

        await using var db = app.SystemDb();
        var key = Assert.Single(await db.DataProtectionKeys.AsNoTracking().ToListAsync());
        Assert.Contains("<EncryptedData", key.Xml, StringComparison.Ordinal);
        Assert.Contains(Convert.ToBase64String(TestCertificate.Certificate.RawData), key.Xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", key.Xml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_that_cannot_be_used_is_reported_in_Vietnamese_and_English_and_none_is_not_a_problem()
    {
        static KeyRingProtection Load(string? path, string? password) => KeyRingProtection.Load(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [KeyRingProtection.Section + ":Path"] = path,
                [KeyRingProtection.Section + ":Password"] = password,
            })
            .Build());

        var good = Load(TestCertificate.PfxPath, TestCertificate.PfxPassword);
        Assert.Equal(TestCertificate.Certificate.Thumbprint, good.Certificate?.Thumbprint);
        Assert.Null(good.Problem);

        Assert.Equal(new KeyRingProtection(null, null, null), Load(null, null));

        var missing = Load("/khong/co/khoa.pfx", "x").Problem!;
        Assert.Contains("không tìm thấy tệp /khong/co/khoa.pfx", missing.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("/khong/co/khoa.pfx does not exist", missing.English, StringComparison.Ordinal);

        var wrongPassword = Load(TestCertificate.PfxPath, "sai-mat-khau").Problem!;
        Assert.Contains("sai mật khẩu", wrongPassword.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("wrong password", wrongPassword.English, StringComparison.Ordinal);
    }
}
