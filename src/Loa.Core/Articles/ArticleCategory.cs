using Loa.Domain;
namespace Loa.Articles;

/// <summary>A section of the commune's news ("Thủ tục hành chính mới", "Chuyển đổi số" …), chosen by the commune.</summary>
public sealed class ArticleCategory : ICommuneOwned, IAudited, IVersioned
{
    public const int NameMax = 100;

    /// <summary>What a commune starts with.</summary>
    public static readonly IReadOnlyList<string> Defaults =
    [
        "Tin cải cách hành chính",
        "Thủ tục hành chính mới",
        "Chuyển đổi số",
        "Hỏi – đáp",
    ];

    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public string Name { get; set; } = "";

    public int Order { get; set; }

    public int Version { get; set; }
}
