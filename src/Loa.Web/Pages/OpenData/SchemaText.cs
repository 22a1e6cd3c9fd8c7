using System.Net;
using Microsoft.AspNetCore.Html;

namespace Loa.Web.Pages.OpenData;

/// <summary>A schema's Vietnamese text as HTML: words between backticks (field names, coded values) are shown as code.</summary>
public static class SchemaText
{
    public static IHtmlContent Html(string text)
    {
        var parts = text.Split('`');
        var html = new System.Text.StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            var encoded = WebUtility.HtmlEncode(parts[i]);
            html.Append(i % 2 == 1 ? $"<code>{encoded}</code>" : encoded);
        }

        return new HtmlString(html.ToString());
    }
}
