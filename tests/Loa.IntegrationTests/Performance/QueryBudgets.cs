namespace Loa.IntegrationTests.Performance;

/// <summary>
/// How many SQL commands each hot page may send to answer one request, caches warm (decision record 37): each a
/// little above what the page sends today. A page that grows past its budget fails <see cref="QueryBudgetTests"/>:
/// find the query added (a view component, a loop, a lazy list) and fold it into what the page loads — or, when the
/// page truly needs more, raise its budget here and say why in the commit.
/// </summary>
public static class QueryBudgets
{
    // Measured December 2026 (before → after the work of decision record 37): portal home 11 → 7, portal plan 12 → 11,
    // plan page 18 → 16; the others unchanged (article 3, procedure search 1, dashboard 17, my tasks 7, reports 14 and 9).
    // Then the coordinator's dashboard 17 → 12: the first-run checklist's six facts in one query.
    // Then the portal homes 7 → 1 (decision record 41): what a home shows is built once per change of the commune's data
    // and a request reads only the commune's portal stamp.
    // Then the staff pages (decision record 42): what the plan page, the dashboard, the report and my tasks show of a
    // commune is kept per the commune's stamp; a request sends the session check, the access check where the page has
    // one, the stamp and the unread count. Plan page 16 → 4, dashboard 12 → 4, my tasks 7 → 3, commune report 14 → 4 (the
    // first request after a change builds the page again: the old counts).
    // A signed-in page's count includes the session check and the unread-notice count of the menu (2).
    public static readonly IReadOnlyList<(string Page, int Budget)> Pages =
    [
        ("portal home", 2),
        ("portal home of a generated commune", 2),
        ("portal article", 4),
        ("portal procedure search", 2),
        ("portal plan", 12),
        ("plan page", 5),
        ("dashboard", 5),
        ("my tasks (unit officer)", 4),
        ("commune report", 5),
        ("unit report", 10),
    ];

    public static int For(string page) => Pages.Single(p => p.Page == page).Budget;
}
