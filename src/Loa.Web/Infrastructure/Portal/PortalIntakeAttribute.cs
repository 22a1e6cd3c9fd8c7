using Loa.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Loa.Web.Infrastructure.Portal;

/// <summary>
/// A portal page that takes something from the public (feedback, survey answers, contest entries): for a commune not in
/// service it runs no handler — nothing is read, nothing is stored — and shows instead that the commune does not use Loa
/// yet (<see cref="ServiceNotice"/>), with 200 for a look and 403 for a form sent anyway.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PortalIntakeAttribute : Attribute, IAsyncPageFilter
{
    public const string View = "/Pages/Public/_NotInService.cshtml";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        var db = http.RequestServices.GetRequiredService<LoaDbContext>();
        if (http.PortalCommune() is not { } commune || await PortalService.InServiceAsync(db, commune.Id, http.RequestAborted))
        {
            await next();
            return;
        }

        var notice = await PortalService.NoticeAsync(db, commune, http.RequestAborted);
        var source = context.HandlerInstance is PageModel page ? page.ViewData : new ViewDataDictionary(new EmptyModelMetadataProvider(), context.ModelState);
        var viewData = new ViewDataDictionary<ServiceNotice>(source, notice)
        {
            ["Title"] = "Xã chưa sử dụng Loa",
            ["PortalProfile"] = notice.CommuneProfile,
        };
        context.Result = new ViewResult
        {
            ViewName = View,
            ViewData = viewData,
            StatusCode = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) ? StatusCodes.Status200OK
                : StatusCodes.Status403Forbidden,
        };
    }
}
