using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Loa.Domain.Accounts;
using Loa.IntegrationTests.Infrastructure;
using Loa.IntegrationTests.Security;
using Loa.Reports;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Web;

/// <summary>
/// Every page a civil servant reads says things once and in Vietnamese: each registered page, as each role of a
/// commune and as the province's officer sees it (with reports sent, sent back and waiting), and the public pages,
/// carry no doubled word ("Đã gửi gửi"), no period named with its year twice ("quý I năm 2026 năm 2026"), and no
/// English word or code name ("system", "quarter", "HalfYear") outside a short list of names Vietnamese offices use.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class PageWordingTests(AppFixture fixture)
{
    /// <summary>English words that leak from code into pages: identifiers, enum names, placeholders.</summary>
    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "system", "admin", "administrator", "user", "quarter", "year", "month", "half", "nine", "months", "draft", "submitted", "returned", "approved",
        "issued", "sent", "pending", "overdue", "open", "closed", "null", "true", "false", "none", "unknown", "error", "status", "report", "reports",
        "plan", "plans", "task", "tasks", "unit", "units", "commune", "province", "activity", "activities", "feedback", "article", "survey", "contest",
        "leader", "coordinator", "officer", "due", "late", "behind", "track", "done", "total", "name", "date", "title", "label", "page", "undefined",
    };

    /// <summary>Names that are not translated.</summary>
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "Loa", "Zalo", "Word", "Excel", "PowerPoint", "WebP", "PDF", "Email", "Facebook", "YouTube", "TikTok", "QR", "PAR", "SIPAS", "PAPI", "CSV", "JSON", "edXML",
    };

    /// <summary>Doubled words that are Vietnamese (reduplication).</summary>
    private static readonly HashSet<string> Reduplications = new(StringComparer.OrdinalIgnoreCase) { "dần", "từ", "thường", "đâu", "nhiều", "vi" };

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Every_page_says_things_once_and_in_vietnamese(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        await TenantWalk.AddReportsAsync(app, s);
        await using (var db = app.SystemDb())
        {
            // One unit's report sent back with a comment; the commune's report sent to the province on time.
            var returned = await db.UnitReports.SingleAsync(r => r.CommuneId == s.Commune.Id && r.UnitId == s.ServiceCentre.Id);
            returned.Status = UnitReportStatus.Returned;
            returned.ReturnComment = "Bổ sung số liệu tháng 3.";
            var report = await db.CommuneReports.SingleAsync(r => r.CommuneId == s.Commune.Id);
            report.Status = CommuneReportStatus.Sent;
            report.Number = "12/BC-UBND";
            report.ApprovedAt = report.SentAt = new DateTime(2026, 3, 14, 3, 0, 0, DateTimeKind.Utc);
            await db.SaveChangesAsync();
        }

        var problems = new List<string>();
        var objects = TenantWalk.ObjectsOf(s);
        foreach (var user in new[] { s.Coordinator, s.Leader, s.Officer, s.ProvinceOfficer })
        {
            using var session = app.Session();
            await session.LoginAsync(user.UserName!);
            foreach (var target in TenantWalk.Targets(app, objects))
            {
                await CheckAsync(session, target.Url, $"{user.Role} {target.Url}", problems);
            }
        }

        // The unit whose report was sent back, and the period whose report went to the province on time.
        using (var coordinator = app.Session())
        {
            await coordinator.LoginAsync(s.Coordinator.UserName!);
            var returnedUrl = $"/reports/unit?plan={s.Plan.Id}&period=q1&unit={s.ServiceCentre.Id}";
            await CheckAsync(coordinator, returnedUrl, $"Coordinator {returnedUrl}", problems);
            var returnedPage = await coordinator.GetPageAsync(returnedUrl);
            Assert.Contains("Bị trả lại", returnedPage.Text(), StringComparison.Ordinal);
            Assert.DoesNotContain("gửi lúc", returnedPage.Text(), StringComparison.Ordinal);

            var periods = await coordinator.GetPageAsync("/reports");
            var state = periods.QuerySelector("tr[data-period=q1] td[data-label='Tình trạng kỳ']")!.TextContent.Trim();
            Assert.Equal("Đã gửi đúng hạn", state);
        }

        using (var visitor = app.Session())
        {
            var pages = new[] { "/", $"/x/{s.Commune.Code}", $"/x/{s.Commune.Code}/feedback", $"/x/{s.Commune.Code}/plan", $"/x/{s.Commune.Code}/news" };
            foreach (var url in pages)
            {
                await CheckAsync(visitor, url, $"visitor {url}", problems);
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems.Distinct()));
    }

    private static async Task CheckAsync(WebSession session, string url, string where, List<string> problems)
    {
        using var response = await session.Client.GetAsync(url);
        if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return;
        }

        var page = WebSession.Parse(await response.Content.ReadAsStringAsync(), url);
        foreach (var element in page.QuerySelectorAll("script, style, template").ToList())
        {
            element.Remove();
        }

        problems.AddRange(Problems(Visible(page)).Select(p => $"{where}: {p}"));
    }

    /// <summary>Elements whose text stands on its own: a word at the end of one and the start of the next is not doubled.</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "tr", "option", "nav", "section", "header", "footer", "main", "label",
        "button", "a", "dt", "dd", "legend", "fieldset", "summary", "details", "form", "table", "ul", "ol", "br", "figcaption", "caption",
    };

    /// <summary>The page's text, blocks set apart by "¶" (inline elements such as badges run on, as a reader reads them, with a space).</summary>
    private static string Visible(IDocument page)
    {
        var builder = new System.Text.StringBuilder();
        Walk(page.Body!, builder);
        var text = WhiteSpace().Replace(builder.ToString(), " ");
        var attributes = page.QuerySelectorAll("[title], [placeholder], [aria-label], input[type=submit][value]")
            .SelectMany(e => new[] { e.GetAttribute("title"), e.GetAttribute("placeholder"), e.GetAttribute("aria-label"), e.GetAttribute("value") })
            .Where(a => !string.IsNullOrWhiteSpace(a));
        return text + " | " + string.Join(" | ", attributes);
    }

    private static void Walk(INode node, System.Text.StringBuilder builder)
    {
        if (node is IText textNode)
        {
            builder.Append(textNode.Data);
            return;
        }

        // Code shown as code (the open data's field names and types) is meant to be read as written, not in Vietnamese.
        if (node is IElement { LocalName: "code" })
        {
            builder.Append(' ');
            return;
        }

        // Every element boundary is at least a space (CSS often sets inline spans apart: "Nghệ An" | "UBND xã …").
        var edge = node is IElement element && Blocks.Contains(element.LocalName) ? " ¶ " : " ";
        builder.Append(edge);
        foreach (var child in node.ChildNodes)
        {
            Walk(child, builder);
        }

        builder.Append(edge);
    }

    /// <summary>What is wrong with a page's text, each with a little context.</summary>
    internal static IEnumerable<string> Problems(string text)
    {
        foreach (Match m in Doubled().Matches(text))
        {
            if (!Reduplications.Contains(m.Groups["w"].Value))
            {
                yield return $"doubled word \"{Context(text, m)}\"";
            }
        }

        foreach (Match m in YearTwice().Matches(text))
        {
            yield return $"year twice \"{Context(text, m)}\"";
        }

        foreach (Match m in AsciiWord().Matches(text))
        {
            var word = m.Value;
            if (Allowed.Contains(word))
            {
                continue;
            }

            if (English.Contains(word) || CamelCase().IsMatch(word))
            {
                yield return $"English \"{Context(text, m)}\"";
            }
        }
    }

    private static string Context(string text, Match m)
    {
        var start = Math.Max(0, m.Index - 40);
        return text[start..Math.Min(text.Length, m.Index + m.Length + 40)];
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<w>\p{L}+)[ ]+\k<w>(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex Doubled();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"năm \d{4}[ ]+năm \d{4}")]
    private static partial Regex YearTwice();

    [GeneratedRegex(@"(?<![\p{L}\p{N}@./_-])[A-Za-z]{3,}(?![\p{L}\p{N}@/_-])")]
    private static partial Regex AsciiWord();

    [GeneratedRegex(@"^[A-Z]?[a-z]+[A-Z][A-Za-z]*$")]
    private static partial Regex CamelCase();
}
