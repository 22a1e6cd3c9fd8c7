namespace Loa.Domain.Geography;

/// <summary>A commune-level unit (xã, phường, đặc khu): 3,321 since 1 July 2025.</summary>
public sealed class Commune
{
    public int Id { get; set; }

    /// <summary>Five-digit national statistics code, e.g. "26299".</summary>
    public string Code { get; set; } = "";

    /// <summary>"Phường Phước Tân".</summary>
    public string Name { get; set; } = "";

    public CommuneKind Kind { get; set; }

    /// <summary>"Phước Tân".</summary>
    public string Locality { get; set; } = "";

    /// <summary>The name folded for diacritic-insensitive search ("phuong phuoc tan").</summary>
    public string SearchName { get; set; } = "";

    public int ProvinceId { get; set; }

    public Province? Province { get; set; }

    /// <summary>
    /// True once its province or an administrator has put the commune in service: its people use Loa, so its portal
    /// takes feedback, survey answers and contest entries. A commune not in service only shows what it has published.
    /// </summary>
    public bool InService { get; set; }

    /// <summary>When the service was last turned on or off (UTC).</summary>
    public DateTime? ServiceChangedAt { get; set; }

    /// <summary>Who last turned the service on or off (user name).</summary>
    public string? ServiceChangedBy { get; set; }

    /// <summary>
    /// Mã định danh of the commune's people's committee for the document exchange (QĐ 20/2020/QĐ-TTg), e.g. "000.12.31.H75";
    /// data that changes with mergers (Loa.Exchange.AgencyCodes derives the first one, an administrator edits it).
    /// </summary>
    public string? AgencyCode { get; set; }

    /// <summary>"Ủy ban nhân dân phường Phước Tân".</summary>
    public string GovernmentName => $"Ủy ban nhân dân {Kind.Word()} {Locality}";
}
