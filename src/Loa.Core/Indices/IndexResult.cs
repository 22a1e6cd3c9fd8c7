using Loa.Domain;
namespace Loa.Indices;

/// <summary>One year's result of an index for a commune (or, with no commune, for the province), with its component scores.</summary>
public sealed class IndexResult : ICommuneOwned, IAudited, IVersioned
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public int Year { get; set; }

    public IndexKind Kind { get; set; }

    /// <summary>The score as published (e.g. 85.32, or 0.8532 for a rate).</summary>
    public decimal Score { get; set; }

    /// <summary>The largest possible score, when the index has one (100, 10 …).</summary>
    public decimal? MaxScore { get; set; }

    /// <summary>Rank among its peers, and how many peers were ranked.</summary>
    public int? Rank { get; set; }

    public int? RankOf { get; set; }

    /// <summary>Component scores, one per line: "Tên thành phần: điểm".</summary>
    public List<string> Components { get; set; } = [];

    public string? Note { get; set; }

    public int Version { get; set; }
}
