namespace Loa.Audit;

/// <summary>
/// One line of the append-only audit log: who, which commune, when (UTC), from where, what, result.
/// Never holds passwords, tokens or citizens' phone or ID numbers. Rows are never updated or deleted.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public int? ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public string? IpAddress { get; set; }

    /// <summary>login, login-failed, logout, denied, create, update, delete, or a workflow verb (submit, approve, issue …).</summary>
    public string Action { get; set; } = "";

    public string? EntityType { get; set; }

    public string? EntityId { get; set; }

    public bool Succeeded { get; set; }

    public string? Detail { get; set; }
}
