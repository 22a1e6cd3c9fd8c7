using Loa.Documents;
using Loa.Plans;

namespace Loa.Cli.Commands;

/// <summary>
/// <c>loa plan docx INPUT -o OUT.docx [--xlsx OUT.xlsx] [--csv OUT.csv]</c>: writes a plan as an official
/// Word document (Decree 30/2020) and its key-task table as a spreadsheet. Each output is written to a
/// temporary file next to it and then moved into place, so a failure never leaves half a file.
/// </summary>
public sealed class PlanDocxCommand : ICommand
{
    private const string Name = "loa plan docx";

    public IReadOnlyList<string> Verb { get; } = ["plan", "docx"];

    public string Summary => "Xuất kế hoạch thành văn bản Word (.docx) theo Nghị định 30/2020";

    public string Help => """
        loa plan docx — xuất kế hoạch thành văn bản Word (.docx) đúng thể thức Nghị định 30/2020/NĐ-CP

        Cách dùng:
          loa plan docx TỆP -o KẾ_HOẠCH.docx [--xlsx NHIỆM_VỤ.xlsx] [--csv NHIỆM_VỤ.csv]

        TỆP là kế hoạch dạng văn bản (.txt, Markdown; UTF-8) hoặc JSON loa.plan/1 (nhận biết theo nội dung,
        không theo đuôi tệp). Văn bản Word có: phần đầu (cơ quan ban hành, Quốc hiệu, Tiêu ngữ, số, ngày),
        nội dung kế hoạch theo đúng thứ tự và số mục, nơi nhận, chữ ký; nếu kế hoạch có bảng nhiệm vụ trọng
        tâm thì có thêm Phụ lục khổ ngang, đánh số trang lại từ 1.

        Tùy chọn:
          -o, --output TỆP   tệp Word (.docx) cần tạo
          --xlsx TỆP         ghi bảng nhiệm vụ trọng tâm ra tệp Excel (.xlsx)
          --csv TỆP          ghi bảng nhiệm vụ trọng tâm ra tệp CSV (UTF-8, dấu phẩy)
          -h, --help         in hướng dẫn này
        Cần ít nhất một trong -o, --xlsx, --csv. Tệp đã có sẽ bị ghi đè.

        Mã thoát: 0 thành công; 1 không đọc được kế hoạch hoặc không ghi được tệp; 2 dùng sai lệnh.

        Ví dụ:
          loa plan docx hung-phu-2026.txt -o hung-phu-2026.docx
          loa plan docx hung-phu-2026.json -o ke-hoach.docx --xlsx nhiem-vu.xlsx --csv nhiem-vu.csv
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        string? input = null;
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var key = arg switch
            {
                "-o" or "--output" => "docx",
                "--xlsx" => "xlsx",
                "--csv" => "csv",
                _ => null,
            };
            if (key is not null)
            {
                if (i + 1 >= args.Count || args[i + 1].Length == 0)
                {
                    return await UsageError(context, $"thiếu tên tệp sau {arg}.");
                }

                if (outputs.ContainsKey(key))
                {
                    return await UsageError(context, $"{arg} chỉ được dùng một lần.");
                }

                outputs[key] = args[++i];
            }
            else if (arg.StartsWith('-') && arg.Length > 1)
            {
                return await UsageError(context, $"không có tùy chọn \"{arg}\".");
            }
            else if (input is null)
            {
                input = arg;
            }
            else
            {
                return await UsageError(context, $"chỉ xuất một kế hoạch mỗi lần (thừa \"{arg}\").");
            }
        }

        if (input is null)
        {
            return await UsageError(context, "thiếu tệp kế hoạch.");
        }

        if (outputs.Count == 0)
        {
            return await UsageError(context, "thiếu tệp cần tạo: dùng -o TỆP.docx (và/hoặc --xlsx, --csv).");
        }

        var inputPath = Path.GetFullPath(input);
        if (outputs.Values.Any(o => SamePath(o, inputPath)))
        {
            return await UsageError(context, "tệp cần tạo trùng với tệp kế hoạch đầu vào.");
        }

        if (outputs.Values.GroupBy(Path.GetFullPath, StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            return await UsageError(context, "các tệp cần tạo phải khác nhau.");
        }

        PlanDocument plan;
        try
        {
            plan = await PlanInput.ReadAsync(input);
        }
        catch (PlanFormatException ex)
        {
            await context.Error.WriteLineAsync($"{Name}: \"{input}\": {ex.Message}");
            return CommandRouter.Failure;
        }

        // Everything is built in memory first: a plan that cannot be written leaves no file at all.
        var files = new List<(string Path, byte[] Bytes, string What)>();
        if (outputs.TryGetValue("docx", out var docx))
        {
            files.Add((docx, PlanDocxWriter.Write(plan), "văn bản Word"));
        }

        if (outputs.TryGetValue("xlsx", out var xlsx))
        {
            files.Add((xlsx, TaskTableExport.Xlsx(plan), "bảng nhiệm vụ (Excel)"));
        }

        if (outputs.TryGetValue("csv", out var csv))
        {
            files.Add((csv, TaskTableExport.Csv(plan), "bảng nhiệm vụ (CSV)"));
        }

        foreach (var (path, bytes, what) in files)
        {
            var error = await AtomicFile.WriteAsync(path, bytes);
            if (error is not null)
            {
                await context.Error.WriteLineAsync($"{Name}: không ghi được \"{path}\": {error}");
                return CommandRouter.Failure;
            }

            await context.Out.WriteLineAsync($"Đã ghi {what}: {path}");
        }

        var taskRows = TaskTableExport.Flatten(plan.Tasks).Count();
        if (taskRows == 0 && (outputs.ContainsKey("xlsx") || outputs.ContainsKey("csv")))
        {
            await context.Out.WriteLineAsync("Lưu ý: kế hoạch không có bảng nhiệm vụ trọng tâm; bảng chỉ có dòng tiêu đề.");
        }

        return CommandRouter.Ok;
    }

    private static bool SamePath(string output, string inputFullPath) =>
        string.Equals(Path.GetFullPath(output), inputFullPath, StringComparison.Ordinal);

    private static async Task<int> UsageError(CommandContext context, string message)
    {
        await context.Error.WriteLineAsync($"{Name}: {message}");
        await context.Error.WriteLineAsync("Cách dùng: loa plan docx TỆP -o KẾ_HOẠCH.docx [--xlsx TỆP.xlsx] [--csv TỆP.csv]   (xem: loa plan docx --help)");
        return CommandRouter.Usage;
    }
}
