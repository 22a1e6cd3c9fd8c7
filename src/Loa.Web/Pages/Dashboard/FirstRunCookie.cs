namespace Loa.Web.Pages.Dashboard;

/// <summary>
/// "Ẩn danh sách": the coordinator hides the first-run checklist on this browser. The cookie holds the user's id, so
/// another person signing in on the same computer still sees theirs; it changes nothing stored.
/// </summary>
public static class FirstRunCookie
{
    public const string Name = "loa-first-run-hidden";

    public static bool IsHidden(HttpRequest request, string? userId) =>
        userId is not null && request.Cookies.TryGetValue(Name, out var value) && value == userId;

    public static void Hide(HttpResponse response, string userId) =>
        response.Cookies.Append(Name, userId, new CookieOptions
        {
            HttpOnly = true,
            Secure = response.HttpContext.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(365),
        });
}
