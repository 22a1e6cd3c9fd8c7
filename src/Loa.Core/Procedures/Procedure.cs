using Loa.Domain;
namespace Loa.Procedures;

/// <summary>
/// One administrative procedure of a province's catalogue, as the national procedure database publishes it
/// (imported from its CSV/XLSX export). A province-level record: <see cref="CommuneId"/> is always null, so every
/// commune of the province sees it through the tenant filter; which of them a commune handles is
/// <see cref="CommuneProcedure"/>. The national <see cref="Code"/> is unique within the province.
/// </summary>
public sealed class Procedure : ICommuneOwned, IAudited, IVersioned
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    /// <summary>Always null: the catalogue belongs to the province.</summary>
    public int? CommuneId { get; set; }

    /// <summary>The national code, e.g. "1.001193".</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>Lĩnh vực: "Hộ tịch", "Chứng thực" …</summary>
    public required string Field { get; set; }

    /// <summary>Cấp thực hiện: "Cấp xã", "Cấp tỉnh, Cấp xã" …</summary>
    public string? Level { get; set; }

    /// <summary>Thời hạn giải quyết: "Ngay trong ngày tiếp nhận hồ sơ …".</summary>
    public string? ProcessingTime { get; set; }

    /// <summary>Phí, lệ phí: "Miễn lệ phí", "8.000 đồng/việc" …</summary>
    public string? Fees { get; set; }

    /// <summary>Thành phần hồ sơ, one document per line.</summary>
    public string? Documents { get; set; }

    /// <summary>Trình tự thực hiện / cách thức thực hiện, one step per line.</summary>
    public string? Steps { get; set; }

    /// <summary>Nơi tiếp nhận hồ sơ.</summary>
    public string? Where { get; set; }

    /// <summary>Cơ quan thực hiện.</summary>
    public string? Agency { get; set; }

    public OnlineLevel OnlineLevel { get; set; }

    /// <summary>The public-service portal's address of the online service, when there is one.</summary>
    public string? OnlineUrl { get; set; }

    /// <summary>Căn cứ pháp lý, one document per line.</summary>
    public string? LegalBasis { get; set; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    /// <summary>True when the procedure is carried out at commune level (by the level text).</summary>
    public static bool IsCommuneLevel(string? level) =>
        level is not null && Text.VietnameseText.FoldWords(level).Contains("cap xa", StringComparison.Ordinal);
}

/// <summary>How much of a procedure can be done online (mức độ dịch vụ công trực tuyến).</summary>
public enum OnlineLevel
{
    /// <summary>Only at the one-stop desk (or by post).</summary>
    None = 0,

    /// <summary>Dịch vụ công trực tuyến một phần.</summary>
    Partial = 1,

    /// <summary>Dịch vụ công trực tuyến toàn trình.</summary>
    Full = 2,
}

public static class OnlineLevelText
{
    public static string Label(this OnlineLevel level) => level switch
    {
        OnlineLevel.Full => "Trực tuyến toàn trình",
        OnlineLevel.Partial => "Trực tuyến một phần",
        _ => "Nộp trực tiếp",
    };
}
