using System.Globalization;

namespace Loa.Data;

/// <summary>
/// What the first start is doing, for the console: building the database, loading the communes, generating the demo.
/// <see cref="Total"/> is 0 for a step that has no count; otherwise <see cref="Done"/> of <see cref="Total"/> is done.
/// </summary>
public sealed record SetupStep(string Message, int Done = 0, int Total = 0)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>For a caller that does not listen.</summary>
    public static IProgress<SetupStep> Nobody { get; } = new NoListener();

    /// <summary>The share done, 0–100, or null for a step without a count.</summary>
    public int? Percent => Total > 0 ? (int)Math.Round(100.0 * Math.Clamp(Done, 0, Total) / Total) : null;

    /// <summary>"Đang sinh dữ liệu … : 20/94 (21%)", or the message alone.</summary>
    public override string ToString() => Total > 0
        ? string.Create(Vietnamese, $"{Message}: {Done:N0}/{Total:N0} ({Percent}%)")
        : Message;

    private sealed class NoListener : IProgress<SetupStep>
    {
        public void Report(SetupStep value)
        {
        }
    }
}
