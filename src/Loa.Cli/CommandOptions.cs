namespace Loa.Cli;

/// <summary>Reads "--name value" options and "--flag" switches; anything else is an error.</summary>
public static class CommandOptions
{
    public static bool TryParse(
        IReadOnlyList<string> args,
        IReadOnlyCollection<string> valued,
        IReadOnlyCollection<string> flags,
        out Dictionary<string, string?> options,
        out string? error)
    {
        options = [];
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (flags.Contains(arg))
            {
                options[arg] = null;
            }
            else if (valued.Contains(arg))
            {
                if (i + 1 >= args.Count)
                {
                    error = $"thiếu giá trị sau {arg}.";
                    return false;
                }

                options[arg] = args[++i];
            }
            else
            {
                error = $"không hiểu tham số \"{arg}\" (xem --help).";
                return false;
            }
        }

        return true;
    }
}
