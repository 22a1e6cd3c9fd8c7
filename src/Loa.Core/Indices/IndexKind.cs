namespace Loa.Indices;

/// <summary>The indices that measure administrative reform and how citizens see it.</summary>
[Flags]
public enum IndexKind
{
    None = 0,

    /// <summary>Chỉ số cải cách hành chính.</summary>
    ParIndex = 1,

    /// <summary>Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước.</summary>
    Sipas = 2,

    /// <summary>Chỉ số hiệu quả quản trị và hành chính công.</summary>
    Papi = 4,

    /// <summary>Chỉ số năng lực cạnh tranh cấp tỉnh.</summary>
    Pci = 8,

    /// <summary>Chỉ số chuyển đổi số.</summary>
    Dti = 16,
}

public static class IndexKindText
{
    public static readonly IndexKind[] All = [IndexKind.ParIndex, IndexKind.Sipas, IndexKind.Papi, IndexKind.Pci, IndexKind.Dti];

    public static string Abbreviation(this IndexKind kind) => kind switch
    {
        IndexKind.ParIndex => "PAR INDEX",
        IndexKind.Sipas => "SIPAS",
        IndexKind.Papi => "PAPI",
        IndexKind.Pci => "PCI",
        IndexKind.Dti => "DTI",
        _ => kind.ToString(),
    };

    public static string Label(this IndexKind kind) => kind switch
    {
        IndexKind.ParIndex => "Chỉ số cải cách hành chính (PAR INDEX)",
        IndexKind.Sipas => "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)",
        IndexKind.Papi => "Chỉ số hiệu quả quản trị và hành chính công (PAPI)",
        IndexKind.Pci => "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)",
        IndexKind.Dti => "Chỉ số chuyển đổi số (DTI)",
        _ => kind.ToString(),
    };

    /// <summary>The indices a task's words name ("… Chỉ số cải cách hành chính (PAR INDEX); … (SIPAS)").</summary>
    public static IndexKind Named(string? text)
    {
        var folded = " " + Loa.Text.VietnameseText.FoldWords(text) + " ";
        var kinds = IndexKind.None;
        if (folded.Contains(" par index ", StringComparison.Ordinal) || folded.Contains(" chi so cai cach hanh chinh ", StringComparison.Ordinal))
        {
            kinds |= IndexKind.ParIndex;
        }

        if (folded.Contains(" sipas ", StringComparison.Ordinal) || folded.Contains(" chi so hai long ", StringComparison.Ordinal))
        {
            kinds |= IndexKind.Sipas;
        }

        if (folded.Contains(" papi ", StringComparison.Ordinal))
        {
            kinds |= IndexKind.Papi;
        }

        if (folded.Contains(" pci ", StringComparison.Ordinal) || folded.Contains(" nang luc canh tranh ", StringComparison.Ordinal))
        {
            kinds |= IndexKind.Pci;
        }

        if (folded.Contains(" dti ", StringComparison.Ordinal) || folded.Contains(" chi so chuyen doi so ", StringComparison.Ordinal))
        {
            kinds |= IndexKind.Dti;
        }

        return kinds;
    }
}
