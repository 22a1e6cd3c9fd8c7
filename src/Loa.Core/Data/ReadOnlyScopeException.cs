namespace Loa.Data;

/// <summary>
/// A save of communes' or provinces' data asked for by a scope that only reads (the national officer): refused by the save
/// pipeline before anything is written, whatever page asked for it. The web app answers it with 403.
/// </summary>
public sealed class ReadOnlyScopeException(string entityType)
    : InvalidOperationException($"A read-only scope (national officer) may not change {entityType}: nothing was saved.")
{
    public string EntityType { get; } = entityType;
}
