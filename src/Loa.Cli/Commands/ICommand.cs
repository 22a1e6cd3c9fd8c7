namespace Loa.Cli.Commands;

/// <summary>One verb of the <c>loa</c> tool ("plan parse", "demo seed").</summary>
public interface ICommand
{
    /// <summary>The words that select this verb, e.g. ["plan", "parse"].</summary>
    IReadOnlyList<string> Verb { get; }

    /// <summary>One line for the verb list.</summary>
    string Summary { get; }

    /// <summary>The full help text printed by <c>--help</c>.</summary>
    string Help { get; }

    /// <summary>Runs the verb with the arguments after the verb words; returns the exit code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context);
}

/// <summary>
/// Where a command writes and reads; tests give their own writers and reader. <paramref name="Input"/> is standard input
/// (null: nothing to read); <paramref name="Interactive"/> says a person types at a terminal, so a password can be asked
/// for without echo.
/// </summary>
public sealed record CommandContext(TextWriter Out, TextWriter Error, TextReader? Input = null, bool Interactive = false);
