using Loa.Documents;
using Loa.Documents.Pdf;
using Loa.Plans;

namespace Loa.Cli.Commands;

/// <summary>
/// <c>loa plan pdf INPUT -o OUT.pdf [--appendix PHU_LUC.pdf] [--office SOFFICE]</c>: the plan as PDF/A-2b, the same
/// document as <c>loa plan docx</c>; with <c>--appendix</c>, the plan without its appendix and the appendix in a file of
/// its own (Decree 30/2020, Phụ lục I), as they are signed. Files are written only when every PDF is made.
/// </summary>
public sealed class PlanPdfCommand : ICommand
{
    private const string Name = "loa plan pdf";
    private const string Usage = "Cách dùng: loa plan pdf TỆP -o KẾ_HOẠCH.pdf [--appendix PHỤ_LỤC.pdf] [--office SOFFICE]   (xem: loa plan pdf --help)";

    public IReadOnlyList<string> Verb { get; } = ["plan", "pdf"];

    public string Summary => "Xuất kế hoạch thành tệp PDF (PDF/A) theo Nghị định 30/2020; cần LibreOffice";

    public string Help => """
        loa plan pdf — xuất kế hoạch thành tệp PDF (PDF/A-2b) đúng thể thức Nghị định 30/2020/NĐ-CP

        Cách dùng:
          loa plan pdf TỆP -o KẾ_HOẠCH.pdf [--appendix PHỤ_LỤC.pdf] [--office SOFFICE]

        TỆP như của loa plan docx (văn bản .txt, Markdown hoặc JSON loa.plan/1). Tệp PDF giống hệt văn bản Word:
        khổ A4, đánh số trang, Phụ lục nhiệm vụ khổ ngang.

        Tùy chọn:
          -o, --output TỆP       tệp PDF cần tạo
          --appendix TỆP         tách Phụ lục ra tệp PDF riêng (để ký số); khi đó -o chỉ có phần kế hoạch
        """ + PdfTool.OfficeHelp + """

        Mã thoát: 0 thành công; 1 không đọc được kế hoạch hoặc không ghi được tệp; 2 dùng sai lệnh;
        3 chưa có LibreOffice hoặc LibreOffice không chuyển được.

        Ví dụ:
          loa plan pdf hung-phu-2026.txt -o hung-phu-2026.pdf
          loa plan pdf hung-phu-2026.json -o ke-hoach.pdf --appendix phu-luc.pdf
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        string? input = null;
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var key = arg switch
            {
                "-o" or "--output" => "-o",
                "--appendix" or "--office" => arg,
                _ => null,
            };
            if (key is not null)
            {
                if (i + 1 >= args.Count || args[i + 1].Length == 0)
                {
                    return await UsageError(context, $"thiếu tên tệp sau {arg}.");
                }

                if (!options.TryAdd(key, args[++i]))
                {
                    return await UsageError(context, $"{arg} chỉ được dùng một lần.");
                }
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

        if (!options.TryGetValue("-o", out var output))
        {
            return await UsageError(context, "thiếu tệp cần tạo: dùng -o TỆP.pdf.");
        }

        var appendixPath = options.GetValueOrDefault("--appendix");
        var outputs = appendixPath is null ? [output] : new[] { output, appendixPath };
        if (outputs.Any(o => string.Equals(Path.GetFullPath(o), Path.GetFullPath(input), StringComparison.Ordinal)))
        {
            return await UsageError(context, "tệp cần tạo trùng với tệp kế hoạch đầu vào.");
        }

        if (appendixPath is not null && string.Equals(Path.GetFullPath(output), Path.GetFullPath(appendixPath), StringComparison.Ordinal))
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

        if (appendixPath is not null && plan.Tasks.Count == 0)
        {
            await context.Error.WriteLineAsync($"{Name}: kế hoạch không có bảng nhiệm vụ trọng tâm nên không có Phụ lục để tách.");
            return CommandRouter.Failure;
        }

        using var converter = PdfTool.Converter(options.GetValueOrDefault("--office"));
        var files = new List<(string Path, byte[] Bytes, string What)>();
        try
        {
            if (appendixPath is null)
            {
                files.Add((output, await PlanPdf.WholeAsync(plan, [], converter, CancellationToken.None), "kế hoạch (PDF)"));
            }
            else
            {
                var pdfs = await PlanPdf.WriteAsync(plan, [], converter, CancellationToken.None);
                files.Add((output, pdfs.Main, "kế hoạch không kèm Phụ lục (PDF)"));
                files.Add((appendixPath, pdfs.Appendix!, "Phụ lục (PDF)"));
            }
        }
        catch (PdfConversionException e)
        {
            await context.Error.WriteLineAsync($"{Name}: {e.Message}");
            return PdfTool.Unavailable;
        }

        foreach (var (path, bytes, what) in files)
        {
            if (await AtomicFile.WriteAsync(path, bytes) is { } error)
            {
                await context.Error.WriteLineAsync($"{Name}: không ghi được \"{path}\": {error}");
                return CommandRouter.Failure;
            }

            await context.Out.WriteLineAsync($"Đã ghi {what}: {path}");
        }

        return CommandRouter.Ok;
    }

    private static async Task<int> UsageError(CommandContext context, string message)
    {
        await context.Error.WriteLineAsync($"{Name}: {message}");
        await context.Error.WriteLineAsync(Usage);
        return CommandRouter.Usage;
    }
}
