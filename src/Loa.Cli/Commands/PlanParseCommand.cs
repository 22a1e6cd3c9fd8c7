using Loa.Plans;
using Loa.Plans.Import;

namespace Loa.Cli.Commands;

/// <summary>
/// <c>loa plan parse FILE</c>: reads a plan (Word .docx, text, Markdown, or plan JSON) and prints it as
/// <c>loa.plan/1</c> JSON; <c>--jsonl FILE...</c> prints one compact object per line, one per file.
/// </summary>
public sealed class PlanParseCommand(Func<Stream>? openStandardInput = null) : ICommand
{
    private const string Name = "loa plan parse";
    private const string StandardInputName = "(đầu vào chuẩn)";

    private readonly Func<Stream> _openStandardInput = openStandardInput ?? Console.OpenStandardInput;

    public IReadOnlyList<string> Verb { get; } = ["plan", "parse"];

    public string Summary => "Đọc kế hoạch (.docx, .pdf, .txt, .md, .json) thành JSON loa.plan/1";

    public string Help => """
        loa plan parse — đọc kế hoạch thông tin, tuyên truyền CCHC thành JSON loa.plan/1

        Cách dùng:
          loa plan parse TỆP                 in kế hoạch dạng JSON (thụt lề) ra đầu ra chuẩn
          loa plan parse --jsonl TỆP...      mỗi tệp một dòng JSON gọn, theo thứ tự các tệp
          loa plan parse -                   đọc từ đầu vào chuẩn

        TỆP được nhận biết theo nội dung, không theo tên:
          - tài liệu Word .docx: đọc đoạn văn, đánh số tự động của Word, bảng (kể cả bảng khối đầu văn bản,
            bảng nhiệm vụ có dòng tiêu đề lặp lại, dòng bị ngắt trang, ô gộp) và bảng nơi nhận/chữ ký;
          - văn bản thuần (UTF-8 có hoặc không có BOM, UTF-16 có BOM; tệp không phải UTF-8 được đọc theo
            bảng mã Windows-1258) chuyển từ Word/PDF: chấp nhận dấu Markdown, bảng phân cách bằng tab hoặc
            bảng Markdown "| … |", dòng bị ngắt cứng và dấu ngắt trang;
          - JSON loa.plan/1.
          - tệp PDF có lớp chữ (xuất từ Word): đọc dòng và bảng theo vị trí chữ trên trang; bản chụp (chỉ có
            hình ảnh) không đọc được.
        Tệp .doc cũ hoặc có mật khẩu: hãy lưu lại thành .docx. Tệp tối đa 20 MB.

        Tùy chọn:
          --jsonl      in mỗi kế hoạch trên một dòng (JSON Lines); xử lý hết các tệp, báo lỗi từng tệp
          -h, --help   in hướng dẫn này

        Mã thoát: 0 thành công (các lưu ý khi đọc, nếu có, in ra stderr); 1 có tệp không đọc được hoặc
        không phải kế hoạch (lỗi in ra stderr, kèm tên tệp); 2 dùng sai lệnh.

        Ví dụ:
          loa plan parse ke-hoach-2026.docx
          loa plan parse hung-phu-2026.txt > hung-phu-2026.json
          loa plan parse --jsonl ke-hoach/*.docx ke-hoach/*.txt > ke-hoach.jsonl
          loa plan parse ke-hoach.pdf
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        var jsonLines = false;
        var files = new List<string>();
        var optionsEnded = false;
        foreach (var arg in args)
        {
            if (!optionsEnded && arg == "--")
            {
                optionsEnded = true;
            }
            else if (!optionsEnded && arg == "--jsonl")
            {
                jsonLines = true;
            }
            else if (!optionsEnded && arg.StartsWith('-') && arg != "-")
            {
                return await UsageError(context, $"không có tùy chọn \"{arg}\".");
            }
            else
            {
                files.Add(arg);
            }
        }

        if (files.Count == 0)
        {
            return await UsageError(context, "thiếu tên tệp kế hoạch.");
        }

        if (files.Count > 1 && !jsonLines)
        {
            return await UsageError(context, "nhiều tệp thì dùng --jsonl (mỗi tệp một dòng JSON).");
        }

        var failed = false;
        foreach (var file in files)
        {
            var (result, error) = await ImportAsync(file);
            if (result is null)
            {
                failed = true;
                await context.Error.WriteLineAsync($"{Name}: {DisplayName(file)}: {error}");
                continue;
            }

            foreach (var warning in result.Warnings)
            {
                await context.Error.WriteLineAsync($"{Name}: {DisplayName(file)}: lưu ý: {warning}");
            }

            await context.Out.WriteLineAsync(PlanJson.Serialize(result.Plan, indented: !jsonLines));
        }

        return failed ? CommandRouter.Failure : CommandRouter.Ok;
    }

    private static async Task<int> UsageError(CommandContext context, string message)
    {
        await context.Error.WriteLineAsync($"{Name}: {message}");
        await context.Error.WriteLineAsync("Cách dùng: loa plan parse TỆP | loa plan parse --jsonl TỆP...   (xem: loa plan parse --help)");
        return CommandRouter.Usage;
    }

    private async Task<(ImportResult? Result, string? Error)> ImportAsync(string file)
    {
        try
        {
            byte[] bytes;
            if (file == "-")
            {
                using var input = _openStandardInput();
                bytes = await ReadLimitedAsync(input);
            }
            else if (Directory.Exists(file))
            {
                return (null, "là một thư mục, không phải tệp.");
            }
            else if (!File.Exists(file))
            {
                return (null, "không tìm thấy tệp.");
            }
            else
            {
                PlanImporter.EnsureSize(new FileInfo(file).Length); // before reading a huge file into memory
                bytes = await File.ReadAllBytesAsync(file);
            }

            return (PlanImporter.Import(bytes, file == "-" ? null : Path.GetFileName(file)), null);
        }
        catch (PlanFormatException ex)
        {
            return (null, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"không đọc được tệp ({ex.Message}).");
        }
    }

    /// <summary>Standard input up to one byte over the limit, so that an over-long input gets the size message.</summary>
    private static async Task<byte[]> ReadLimitedAsync(Stream input)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            PlanImporter.EnsureSize(buffer.Length);
        }

        return buffer.ToArray();
    }

    private static string DisplayName(string file) => file == "-" ? StandardInputName : $"\"{file}\"";
}
