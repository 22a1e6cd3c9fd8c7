using Loa.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Infrastructure.Audit;

/// <summary>
/// A lookup by id that found nothing in the user's scope answers 404 whether the record is missing or
/// belongs to another commune (the same page either way); the second case is logged as a denial.
/// </summary>
public static class NotFoundAuditing
{
    public static async Task<IActionResult> NotFoundAuditedAsync<TEntity>(this PageModel page, LoaDbContext db, int id)
        where TEntity : class
    {
        var exists = await db.Set<TEntity>().IgnoreQueryFilters().AnyAsync(e => EF.Property<int>(e, "Id") == id);
        if (exists)
        {
            var audit = page.HttpContext.RequestServices.GetRequiredService<AuditLog>();
            await audit.WriteAsync("denied", succeeded: false, typeof(TEntity).Name, id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{page.Request.Method} {page.Request.Path}");
        }

        return page.NotFound();
    }
}
