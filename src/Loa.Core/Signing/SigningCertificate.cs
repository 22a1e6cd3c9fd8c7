namespace Loa.Signing;

/// <summary>
/// A signing certificate an account registered (the .cer of the officer's USB token): a document this account must sign is
/// accepted only with a signature made with one of its certificates. The signature image (blue, transparent PNG) is the one
/// the agent draws for this person.
/// </summary>
public sealed class SigningCertificate
{
    public const int SubjectMax = 500;

    public int Id { get; set; }

    public string UserId { get; set; } = "";

    public string Subject { get; set; } = "";

    public string Issuer { get; set; } = "";

    /// <summary>SHA-256 of the certificate (DER), lower-case hex.</summary>
    public string Thumbprint { get; set; } = "";

    /// <summary>The certificate, DER in Base64.</summary>
    public string Certificate { get; set; } = "";

    /// <summary>The signature image, PNG in Base64, or null for the agent's own.</summary>
    public string? SignatureImage { get; set; }

    public DateTime NotAfter { get; set; }

    public DateTime AddedAt { get; set; }
}

/// <summary>
/// A certificate authority whose certificates Loa trusts for signatures (the root or intermediate of a licensed provider, or the
/// demo's test CA): kept as data, managed by a province for its communes (or by the system administrator for every province).
/// </summary>
public sealed class TrustedAuthority
{
    public int Id { get; set; }

    /// <summary>The province that trusts it; null: every province.</summary>
    public int? ProvinceId { get; set; }

    public string Name { get; set; } = "";

    public string Thumbprint { get; set; } = "";

    public string Certificate { get; set; } = "";

    public DateTime NotAfter { get; set; }

    public DateTime AddedAt { get; set; }

    public string? AddedById { get; set; }
}

/// <summary>
/// A one-time token the signing agent uses without a session: to download one issued PDF, or to upload it signed. Only the
/// token's SHA-256 is stored; it expires after a few minutes and is used once.
/// </summary>
public sealed class SigningToken
{
    public int Id { get; set; }

    public string TokenHash { get; set; } = "";

    public int DocumentId { get; set; }

    public int FileId { get; set; }

    public SigningTokenPurpose Purpose { get; set; }

    /// <summary>The account that asked for it (the expected signer).</summary>
    public string UserId { get; set; } = "";

    public DateTime ExpiresAt { get; set; }

    public DateTime? UsedAt { get; set; }
}

public enum SigningTokenPurpose
{
    Download = 1,
    Upload = 2,
}
