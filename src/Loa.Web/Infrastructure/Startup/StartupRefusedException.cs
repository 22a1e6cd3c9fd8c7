using Loa.Hosting;

namespace Loa.Web.Infrastructure.Startup;

/// <summary>The start-up checks found settings unsafe to run with; the reasons are in the log, and the process exits with code 1.</summary>
public sealed class StartupRefusedException(IReadOnlyList<StartupProblem> problems)
    : Exception("Loa refused to start: " + string.Join(" ", problems.Select(p => p.English)))
{
    public IReadOnlyList<StartupProblem> Problems { get; } = problems;
}
