namespace Loa.Domain.Geography;

public enum CommuneKind
{
    Xa = 1,
    Phuong = 2,
    DacKhu = 3,
}

public static class CommuneKindWords
{
    /// <summary>The word as it stands inside a name: "xã", "phường", "đặc khu".</summary>
    public static string Word(this CommuneKind kind) => kind switch
    {
        CommuneKind.Xa => "xã",
        CommuneKind.Phuong => "phường",
        CommuneKind.DacKhu => "đặc khu",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Splits an official name ("Phường Phước Tân", "Đặc khu Côn Đảo") into kind and locality.</summary>
    public static (CommuneKind Kind, string Locality) SplitName(string name)
    {
        foreach (var kind in new[] { CommuneKind.DacKhu, CommuneKind.Phuong, CommuneKind.Xa })
        {
            var word = kind.Word();
            if (name.StartsWith(word, StringComparison.OrdinalIgnoreCase) && name.Length > word.Length && name[word.Length] == ' ')
            {
                return (kind, name[(word.Length + 1)..].Trim());
            }
        }

        throw new FormatException($"Tên đơn vị hành chính không rõ loại: {name}");
    }
}
