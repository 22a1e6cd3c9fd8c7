namespace Loa.Data;

/// <summary>A public form's anti-automation stamp that has been sent once, kept until the stamp would expire anyway.</summary>
public sealed class UsedFormStamp
{
    /// <summary>The stamp's random part (hex).</summary>
    public string Nonce { get; set; } = "";

    /// <summary>When the stamp expires, in seconds since 1970 (UTC); the row may be deleted after it.</summary>
    public long ExpiresAt { get; set; }
}
