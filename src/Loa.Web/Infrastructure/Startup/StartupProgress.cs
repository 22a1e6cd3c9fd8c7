using System.Diagnostics;
using System.Globalization;
using Loa.Data;

namespace Loa.Web.Infrastructure.Startup;

/// <summary>
/// Writes what the start is building to the log — the console of <c>dotnet run</c> — so that a first start on a fresh
/// clone (the database, the 3,321 communes, the demo) is not two silent minutes. A start that finds everything built
/// reports nothing.
/// </summary>
public sealed partial class StartupProgress(ILogger logger) : IProgress<SetupStep>
{
    private readonly Stopwatch clock = Stopwatch.StartNew();

    /// <summary>Whether anything was built (and so reported).</summary>
    public bool Reported { get; private set; }

    public void Report(SetupStep value)
    {
        Reported = true;
        Step(logger, value.ToString());
    }

    /// <summary>Says how long it took, if anything was built.</summary>
    public void Finish()
    {
        if (Reported)
        {
            Ready(logger, clock.Elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Step}")]
    private static partial void Step(ILogger logger, string step);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cơ sở dữ liệu đã sẵn sàng sau {Seconds} giây.")]
    private static partial void Ready(ILogger logger, string seconds);
}
