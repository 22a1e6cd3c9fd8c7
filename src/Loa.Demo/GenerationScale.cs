namespace Loa.Demo;

/// <summary>
/// How much a generated commune holds: how many units (between <see cref="MinUnits"/> and <see cref="MaxUnits"/>),
/// key tasks (top-level rows of the appendix) and recorded activities (about, over a whole year; fewer for a
/// plan issued late or a commune that lags), and how many communes are written per transaction.
/// </summary>
public sealed record GenerationScale(int MinUnits, int MaxUnits, int Tasks, int ActivitiesPerCommune, int CommunesPerBatch)
{
    /// <summary>A realistic province: about 8 units, 10 tasks and 150 activities a commune (the command line).</summary>
    public static GenerationScale Full { get; } = new(6, 10, 10, 150, 8);

    /// <summary>Enough to show every state without slowing the web demo's first start.</summary>
    public static GenerationScale Small { get; } = new(6, 7, 7, 30, 32);

    /// <summary>"full" or "small" (the command line's --scale).</summary>
    public static GenerationScale? FromName(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "full" or "day-du" or "đầy đủ" => Full,
        "small" or "nho" or "nhỏ" => Small,
        _ => null,
    };
}
