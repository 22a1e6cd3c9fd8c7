using System.ComponentModel.DataAnnotations;
using Loa.Indices;

namespace Loa.Web.Pages.Indices;

/// <summary>One year's result of an index as the form holds it: scores as typed ("85,32"), components one per line.</summary>
public sealed class IndexForm
{
    public int Version { get; set; }

    public IndexKind Kind { get; set; } = IndexKind.ParIndex;

    [Range(2010, 2100, ErrorMessage = "Năm phải từ 2010 đến năm nay.")]
    public int Year { get; set; }

    [Required(ErrorMessage = "Hãy nhập điểm (chỉ số).")]
    [StringLength(20, ErrorMessage = "Điểm dài quá 20 ký tự.")]
    public string Score { get; set; } = "";

    [StringLength(20, ErrorMessage = "Điểm tối đa dài quá 20 ký tự.")]
    public string? MaxScore { get; set; } = "100";

    [Range(1, 10000, ErrorMessage = "Thứ hạng phải từ 1 trở lên.")]
    public int? Rank { get; set; }

    [Range(1, 10000, ErrorMessage = "Số đơn vị được xếp hạng phải từ 1 trở lên.")]
    public int? RankOf { get; set; }

    [StringLength(6000, ErrorMessage = "Phần điểm thành phần dài quá 6000 ký tự.")]
    public string? Components { get; set; }

    [StringLength(1000, ErrorMessage = "Ghi chú dài quá 1000 ký tự.")]
    public string? Note { get; set; }

    public static IndexForm From(IndexResult result) => new()
    {
        Version = result.Version,
        Kind = result.Kind,
        Year = result.Year,
        Score = IndexScores.Format(result.Score),
        MaxScore = result.MaxScore is { } max ? IndexScores.Format(max) : null,
        Rank = result.Rank,
        RankOf = result.RankOf,
        Components = string.Join('\n', result.Components),
        Note = result.Note,
    };

    /// <summary>What the attributes cannot check, in Vietnamese, keyed by field name.</summary>
    public IEnumerable<(string Field, string Message)> Problems(int currentYear)
    {
        if (!IndexKindText.All.Contains(Kind))
        {
            yield return (nameof(Kind), "Hãy chọn một chỉ số trong danh sách.");
        }

        if (Year > currentYear)
        {
            yield return (nameof(Year), $"Kết quả năm {Year} chưa thể có: năm nay là {currentYear}.");
        }

        var scoreOk = IndexScores.TryParse(Score, out var score);
        if (!scoreOk)
        {
            yield return (nameof(Score), $"Điểm “{Score}” không phải là một số (vd: 85,32).");
        }

        if (!IndexScores.TryParse(MaxScore, out var max))
        {
            yield return (nameof(MaxScore), $"Điểm tối đa “{MaxScore}” không phải là một số (vd: 100).");
        }
        else if (scoreOk && score is { } s && max is { } m && s > m)
        {
            yield return (nameof(Score), $"Điểm {IndexScores.Format(s)} lớn hơn điểm tối đa {IndexScores.Format(m)}.");
        }

        if (Rank is { } rank && RankOf is { } of && rank > of)
        {
            yield return (nameof(Rank), $"Thứ hạng {rank} lớn hơn số đơn vị được xếp hạng ({of}).");
        }

        var lines = IndexScores.Lines(Components);
        if (lines.Count > 40)
        {
            yield return (nameof(Components), "Nhiều nhất 40 điểm thành phần.");
        }
        else if (lines.FirstOrDefault(l => l.Length > 300) is { } longLine)
        {
            yield return (nameof(Components), $"Dòng “{longLine[..40]}…” dài quá 300 ký tự.");
        }
    }

    public void ApplyTo(IndexResult result)
    {
        _ = IndexScores.TryParse(Score, out var score);
        _ = IndexScores.TryParse(MaxScore, out var max);
        result.Kind = Kind;
        result.Year = Year;
        result.Score = score ?? 0;
        result.MaxScore = max;
        result.Rank = Rank;
        result.RankOf = RankOf;
        result.Components = IndexScores.Lines(Components);
        result.Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
    }
}
