namespace Loa.IntegrationTests.Performance;

/// <summary>
/// How many SQL commands each hot page may send to answer one request, caches warm (decision record 37): each a
/// little above what the page sends today. A page that grows past its budget fails <see cref="QueryBudgetTests"/>:
/// find the query added (a view component, a loop, a lazy list) and fold it into what the page loads — or, when the
/// page truly needs more, raise its budget here and say why in the commit.
/// </summary>
public static class QueryBudgets
{
    public static readonly IReadOnlyList<(string Page, int Budget)> Pages =
    [
        ("portal home", 99),
        ("portal home of a generated commune", 99),
        ("portal article", 99),
        ("portal procedure search", 99),
        ("portal plan", 99),
        ("plan page", 99),
        ("dashboard", 99),
        ("my tasks (unit officer)", 99),
        ("commune report", 99),
        ("unit report", 99),
    ];

    public static int For(string page) => Pages.Single(p => p.Page == page).Budget;
}
