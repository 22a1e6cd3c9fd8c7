using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Loa.IntegrationTests.Infrastructure;

/// <summary>
/// Keeps what the app logs at error level or above, for tests that prove a bad request is handled rather than crashed on
/// (an exception logged as an error for a user's bad input is a defect even when the answer looks right).
/// </summary>
public sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<string> errors = new();

    public IReadOnlyList<string> Errors => [.. errors];

    public void Clear() => errors.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    /// <summary>The first line of the app's own code in the exception's stack, innermost first.</summary>
    private static string Where(Exception exception)
    {
        var chain = new List<Exception>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            chain.Insert(0, e);
        }

        return chain.SelectMany(e => (e.StackTrace ?? "").Split('\n').Select(l => l.Trim()))
            .FirstOrDefault(l => l.StartsWith("at Loa.", StringComparison.Ordinal) || l.StartsWith("at AspNetCoreGeneratedDocument.", StringComparison.Ordinal))
            ?? "";
    }

    private sealed class Logger(LogCollector collector, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                var message = formatter(state, exception);
                collector.errors.Enqueue($"{logLevel} {category}: {(message.Length > 300 ? message[..300] : message)}"
                    + (exception is null ? "" : $" — {exception.GetType().Name}: {exception.Message} {Where(exception)}"));
            }
        }
    }
}
