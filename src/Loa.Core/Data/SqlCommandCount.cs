using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Loa.Data;

/// <summary>
/// Counts the SQL commands sent to the database within a counted flow (a request, a test's step): <see cref="Begin"/>
/// starts a count for the code that runs after it (and what it awaits), and every command EF Core sends then adds one.
/// Always registered (<see cref="DatabaseRegistration"/>) and cheap when nothing counts: one read of an async-local per
/// command. The query budgets of the hot pages (decision record 37) are held with it.
/// </summary>
public sealed class SqlCommandCount : DbCommandInterceptor
{
    public static readonly SqlCommandCount Interceptor = new();

    private static readonly AsyncLocal<Counter?> Current = new();

    private SqlCommandCount()
    {
    }

    /// <summary>Starts counting the commands of this flow; the count holds every command sent since.</summary>
    public static Counter Begin()
    {
        var counter = new Counter();
        Current.Value = counter;
        return counter;
    }

    /// <summary>A command sent on a plain connection, outside EF Core, counts too (the portal stamp's read).</summary>
    public static void Sent() => Current.Value?.Add();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Current.Value?.Add();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Current.Value?.Add();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Current.Value?.Add();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Current.Value?.Add();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Current.Value?.Add();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Current.Value?.Add();
        return ValueTask.FromResult(result);
    }

    /// <summary>The commands counted in one flow.</summary>
    public sealed class Counter
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        internal void Add() => Interlocked.Increment(ref count);
    }
}
