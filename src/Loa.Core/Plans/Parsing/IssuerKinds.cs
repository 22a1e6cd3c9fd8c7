namespace Loa.Plans.Parsing;

/// <summary>The kinds of issuing body a plan can have, and how its full name is built.</summary>
internal static class IssuerKinds
{
    /// <summary>Folded spelling → kind as written in a name. Longest first, so "dac khu" is tried before shorter words.</summary>
    public static readonly (string Fold, string Kind)[] All =
    [
        ("thanh pho", "thành phố"),
        ("dac khu", "đặc khu"),
        ("phuong", "phường"),
        ("tinh", "tỉnh"),
        ("xa", "xã"),
    ];

    public static PlanIssuer Make(string kind, string locality) => new()
    {
        Name = $"Ủy ban nhân dân {kind} {locality}",
        Kind = kind,
        Locality = locality,
    };
}
