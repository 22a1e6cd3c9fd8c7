using Microsoft.EntityFrameworkCore.Metadata;

namespace Loa.UnitTests.Architecture;

/// <summary>
/// A table that carries a commune or province id holds some commune's or province's data, so every query of it
/// must pass the tenant filter (reference/security.md 1–5). Forgetting <c>ICommuneOwned</c> on a new entity
/// fails here rather than leaking another commune's rows.
/// </summary>
public sealed class TenantFilterTests
{
    /// <summary>Tables with a commune or province id that are deliberately not filtered, and why.</summary>
    private static readonly Dictionary<string, string> Unfiltered = new(StringComparer.Ordinal)
    {
        // The geography itself: every user reads the names of all provinces and communes (pickers, the portal).
        ["Commune"] = "the list of communes, public",
        // Accounts are found by name at sign-in, before any scope exists; account pages check the scope themselves.
        ["User"] = "sign-in looks accounts up before a scope exists",
        // The audit log is read only by administrators and province officers through AuditAccess, which scopes it.
        ["AuditEntry"] = "read through AuditAccess, which applies the scope",
        // Personal: every read is by its UserId (Notifications page, unread count, dedup); the ids only say where it came from.
        ["Notification"] = "read only by its UserId",
        // Public certificates of CAs, not commune data: the signing upload (no session) reads a document's province's list;
        // the page that manages it filters by the user's province itself (Pages/Signing/Authorities).
        ["TrustedAuthority"] = "public CA certificates, read by the document's province",
    };

    [Fact]
    public void Every_entity_with_a_commune_or_province_id_has_a_query_filter_or_a_reason()
    {
        var unfiltered = TenantData()
            .Where(e => e.GetRootType().GetDeclaredQueryFilters().Count == 0)
            .Select(e => e.ClrType.Name)
            .Where(name => !Unfiltered.ContainsKey(name))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(unfiltered.Count == 0, "no tenant filter on: " + string.Join(", ", unfiltered));
    }

    [Fact]
    public void The_allow_list_names_only_unfiltered_entities_that_exist()
    {
        var names = TenantData().ToDictionary(e => e.ClrType.Name, e => e.GetRootType().GetDeclaredQueryFilters().Count > 0, StringComparer.Ordinal);

        Assert.All(Unfiltered.Keys, name => Assert.True(names.TryGetValue(name, out var filtered) && !filtered, $"{name} is on the allow-list but is filtered or has no commune id"));
    }

    [Fact]
    public void The_walk_sees_the_commune_owned_entities()
    {
        var names = TenantData().Select(e => e.ClrType.Name).ToList();

        Assert.Contains("Plan", names);
        Assert.Contains("Activity", names);
        Assert.Contains("Feedback", names);
        Assert.True(names.Count > 15, $"only {names.Count} entities with a commune or province id");
    }

    private static IEnumerable<IEntityType> TenantData() =>
        LoaModel.Build().GetEntityTypes()
            .Where(e => !e.IsOwned())
            .Where(e => e.FindProperty("CommuneId") is not null || e.FindProperty("ProvinceId") is not null);
}
