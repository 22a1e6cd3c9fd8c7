using System.Xml.Linq;
using Loa.Data;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Infrastructure.Security;

/// <summary>Keeps the Data Protection key ring in the database: cookies and form tokens stay valid across restarts and app instances.</summary>
public sealed class DbXmlRepository(IServiceProvider services) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = CreateContext(out var scope);
        using (scope)
        {
            return db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToList().Select(XElement.Parse).ToList();
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = CreateContext(out var scope);
        using (scope)
        {
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
            db.SaveChanges();
        }
    }

    private LoaDbContext CreateContext(out IServiceScope scope)
    {
        scope = services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<LoaDbContext>>();
        return new LoaDbContext(options, new FixedTenantScope(TenantScope.System));
    }
}
