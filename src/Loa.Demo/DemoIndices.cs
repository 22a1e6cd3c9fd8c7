using System.Globalization;
using Loa.Indices;

namespace Loa.Demo;

/// <summary>
/// Index results for demo data: PAR INDEX and SIPAS of the province (ranked among the 63 provinces until
/// 2024, the 34 after the 2025 reorganisation) and of some of its communes (ranked among those assessed),
/// 2023–2025, with component scores. Marked as demo figures in their note.
/// </summary>
internal static class DemoIndices
{
    public const int FirstYear = 2023;
    public const int LastYear = 2025;

    private const string Note = "Số liệu trình diễn, không phải kết quả công bố chính thức.";

    private static readonly (string Name, decimal Max)[] ParComponents =
    [
        ("Công tác chỉ đạo, điều hành cải cách hành chính", 9),
        ("Cải cách thể chế", 9.5m),
        ("Cải cách thủ tục hành chính", 13),
        ("Cải cách tổ chức bộ máy hành chính nhà nước", 7.5m),
        ("Cải cách chế độ công vụ", 15),
        ("Cải cách tài chính công", 8.5m),
        ("Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", 12.5m),
        ("Tác động của cải cách hành chính", 25),
    ];

    private static readonly string[] SipasComponents =
    [
        "Tiếp cận dịch vụ",
        "Thủ tục hành chính",
        "Công chức giải quyết công việc",
        "Kết quả giải quyết thủ tục hành chính",
        "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị",
    ];

    /// <summary>A PAR INDEX result whose components add up to its score (of 100).</summary>
    public static IndexResult Par(int provinceId, int? communeId, int year, double level, Random random, int? rank, int? rankOf)
    {
        var components = ParComponents
            .Select(c => (c.Name, c.Max, Score: Math.Round(c.Max * (decimal)Math.Clamp(level + ((random.NextDouble() - 0.5) * 0.12), 0.5, 0.99), 2)))
            .ToList();
        return new IndexResult
        {
            ProvinceId = provinceId,
            CommuneId = communeId,
            Year = year,
            Kind = IndexKind.ParIndex,
            Score = components.Sum(c => c.Score),
            MaxScore = 100,
            Rank = rank,
            RankOf = rankOf,
            Components = components.Select(c => $"{c.Name}: {Number(c.Score)}/{Number(c.Max)}").ToList(),
            Note = Note,
        };
    }

    /// <summary>A SIPAS result: the share of satisfied people, in percent, with one share per aspect.</summary>
    public static IndexResult Sipas(int provinceId, int? communeId, int year, double level, Random random, int? rank, int? rankOf)
    {
        var components = SipasComponents
            .Select(c => (Name: c, Score: Math.Round((decimal)Math.Clamp((level * 100) + ((random.NextDouble() - 0.5) * 6), 60, 99.5), 2)))
            .ToList();
        return new IndexResult
        {
            ProvinceId = provinceId,
            CommuneId = communeId,
            Year = year,
            Kind = IndexKind.Sipas,
            Score = Math.Round(components.Average(c => c.Score), 2),
            MaxScore = 100,
            Rank = rank,
            RankOf = rankOf,
            Components = components.Select(c => $"{c.Name}: {Number(c.Score)}%").ToList(),
            Note = Note,
        };
    }

    /// <summary>Among how many provinces a province was ranked that year.</summary>
    public static int Provinces(int year) => year >= 2025 ? 34 : 63;

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN"));
}
