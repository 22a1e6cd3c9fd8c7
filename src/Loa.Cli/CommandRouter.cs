using System.Globalization;
using System.Text;
using Loa.Cli.Commands;

namespace Loa.Cli;

/// <summary>Finds the verb in the arguments, handles --help, and turns failures into messages and exit codes.</summary>
public sealed class CommandRouter(IReadOnlyList<ICommand> commands)
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        if (args.Count == 0 || args[0] is "--help" or "-h" or "help")
        {
            await context.Out.WriteAsync(Overview());
            return args.Count == 0 ? Usage : Ok;
        }

        var command = commands
            .Where(c => c.Verb.Count <= args.Count && c.Verb.Select((w, i) => w == args[i]).All(x => x))
            .MaxBy(c => c.Verb.Count);
        if (command is null)
        {
            var group = commands.Where(c => c.Verb[0] == args[0]).ToList();
            await context.Error.WriteLineAsync($"loa: không có lệnh \"{string.Join(' ', args.Take(2))}\".");
            await context.Error.WriteAsync(group.Count > 0 ? Overview(group) : Overview());
            return Usage;
        }

        var rest = args.Skip(command.Verb.Count).ToList();
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            await context.Out.WriteLineAsync(command.Help);
            return Ok;
        }

        try
        {
            return await command.RunAsync(rest, context);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException)
        {
            // A database that cannot be reached or read: say so plainly, without a stack trace.
            await context.Error.WriteLineAsync($"loa {string.Join(' ', command.Verb)}: không làm việc được với cơ sở dữ liệu: {ex.Message}");
            return Failure;
        }
    }

    private string Overview(IEnumerable<ICommand>? subset = null)
    {
        var text = new StringBuilder();
        text.AppendLine("loa — công cụ dòng lệnh của Loa (kế hoạch thông tin, tuyên truyền CCHC)");
        text.AppendLine();
        text.AppendLine("Cách dùng: loa <lệnh> [tùy chọn]   (mỗi lệnh có --help)");
        text.AppendLine();
        foreach (var command in subset ?? commands)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {string.Join(' ', command.Verb),-22} {command.Summary}");
        }

        return text.ToString();
    }
}
