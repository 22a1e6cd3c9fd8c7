namespace Loa.Surveys;

/// <summary>The public ranking of a contest.</summary>
public static class ContestRanking
{
    /// <summary>
    /// The ranking of a contest: scored attempts (sent in time), best score first, then the quickest, then the
    /// earliest sent. Ties on score and time share a rank.
    /// </summary>
    public static IReadOnlyList<RankedResponse> Rank(IEnumerable<SurveyResponse> responses)
    {
        var ordered = responses
            .Where(r => r.SubmittedAt is not null && r.Score is not null && !r.OverTime)
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.DurationSeconds ?? int.MaxValue)
            .ThenBy(r => r.SubmittedAt)
            .ThenBy(r => r.Id)
            .ToList();
        var ranked = new List<RankedResponse>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var tied = i > 0 && ordered[i].Score == ordered[i - 1].Score && ordered[i].DurationSeconds == ordered[i - 1].DurationSeconds;
            ranked.Add(new RankedResponse(tied ? ranked[i - 1].Rank : i + 1, ordered[i]));
        }

        return ranked;
    }

    /// <summary>What the public ranking shows of a name: the given name only (the last word), or "Người tham gia".</summary>
    public static string PublicName(string? name)
    {
        var words = (name ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "Người tham gia" : words[^1];
    }
}

public sealed record RankedResponse(int Rank, SurveyResponse Response);
