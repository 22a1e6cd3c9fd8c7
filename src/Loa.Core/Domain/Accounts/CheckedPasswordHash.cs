namespace Loa.Domain.Accounts;

/// <summary>
/// A stored password hash (by its SHA-256) already checked at start not to be the demo password, so that the check,
/// slow on purpose (PBKDF2), runs once per password set rather than once per account on every start.
/// </summary>
public sealed class CheckedPasswordHash
{
    public string Digest { get; set; } = "";
}
