using System.Text;
using Loa.Plans;
using Loa.Plans.Parsing;

namespace Loa.Cli.Commands;

/// <summary>
/// <c>loa plan parse FILE</c>: reads the text of a plan and prints it as <c>loa.plan/1</c> JSON;
/// <c>--jsonl FILE...</c> prints one compact object per line, one per file.
/// </summary>
public sealed class PlanParseCommand(Func<Stream>? openStandardInput = null) : ICommand
{
    private const string Name = "loa plan parse";
    private const string StandardInputName = "(đầu vào chuẩn)";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Func<Stream> _openStandardInput = openStandardInput ?? Console.OpenStandardInput;

    public IReadOnlyList<string> Verb { get; } = ["plan", "parse"];

    public string Summary => "Đọc văn bản kế hoạch (.txt) thành JSON loa.plan/1";

    public string Help => """
        loa plan parse — đọc văn bản kế hoạch thông tin, tuyên truyền CCHC thành JSON loa.plan/1

        Cách dùng:
          loa plan parse TỆP                 in kế hoạch dạng JSON (thụt lề) ra đầu ra chuẩn
          loa plan parse --jsonl TỆP...      mỗi tệp một dòng JSON gọn, theo thứ tự các tệp
          loa plan parse -                   đọc văn bản từ đầu vào chuẩn

        TỆP là văn bản thuần UTF-8 (có hoặc không có BOM) chuyển từ Word/PDF: chấp nhận dấu Markdown,
        bảng phân cách bằng tab hoặc bảng Markdown "| … |", dòng bị ngắt cứng và dấu ngắt trang.
        Tệp .docx/.pdf phải chuyển sang .txt trước.

        Tùy chọn:
          --jsonl      in mỗi kế hoạch trên một dòng (JSON Lines); xử lý hết các tệp, báo lỗi từng tệp
          -h, --help   in hướng dẫn này

        Mã thoát: 0 thành công; 1 có tệp không đọc được hoặc không phải kế hoạch (lỗi in ra stderr,
        kèm tên tệp); 2 dùng sai lệnh.

        Ví dụ:
          loa plan parse hung-phu-2026.txt
          loa plan parse hung-phu-2026.txt > hung-phu-2026.json
          loa plan parse --jsonl ke-hoach/*.txt > ke-hoach.jsonl
          pdftotext ke-hoach.pdf - | loa plan parse -
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
            var (plan, error) = await ReadPlanAsync(file);
            if (plan is null)
            {
                failed = true;
                await context.Error.WriteLineAsync($"{Name}: {DisplayName(file)}: {error}");
                continue;
            }

            await context.Out.WriteLineAsync(PlanJson.Serialize(plan, indented: !jsonLines));
        }

        return failed ? CommandRouter.Failure : CommandRouter.Ok;
    }

    private static async Task<int> UsageError(CommandContext context, string message)
    {
        await context.Error.WriteLineAsync($"{Name}: {message}");
        await context.Error.WriteLineAsync("Cách dùng: loa plan parse TỆP | loa plan parse --jsonl TỆP...   (xem: loa plan parse --help)");
        return CommandRouter.Usage;
    }

    private async Task<(PlanDocument? Plan, string? Error)> ReadPlanAsync(string file)
    {
        byte[] bytes;
        try
        {
            if (file == "-")
            {
                using var input = _openStandardInput();
                using var buffer = new MemoryStream();
                await input.CopyToAsync(buffer);
                bytes = buffer.ToArray();
            }
            else if (Directory.Exists(file))
            {
                return (null, "là một thư mục, không phải tệp văn bản.");
            }
            else if (!File.Exists(file))
            {
                return (null, "không tìm thấy tệp.");
            }
            else
            {
                bytes = await File.ReadAllBytesAsync(file);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"không đọc được tệp ({ex.Message}).");
        }

        var (text, decodeError) = PlanFileText.Decode(bytes);
        if (text is null)
        {
            return (null, decodeError);
        }

        try
        {
            return (PlanTextParser.Parse(text), null);
        }
        catch (PlanFormatException ex)
        {
            return (null, ex.Message);
        }
    }

    private static string DisplayName(string file) => file == "-" ? StandardInputName : $"\"{file}\"";

    /// <summary>Turns a file's bytes into text: UTF-8 only (BOM allowed), with a clear message for anything else.</summary>
    internal static class PlanFileText
    {
        public static (string? Text, string? Error) Decode(byte[] bytes)
        {
            var span = bytes.AsSpan();
            if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                span = span[3..];
            }
            else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            {
                return (null, "tệp là văn bản UTF-16, không phải UTF-8. Hãy lưu lại tệp với mã hóa UTF-8.");
            }

            if (span.Length == 0)
            {
                return (null, "tệp trống.");
            }

            if (span.StartsWith("%PDF"u8))
            {
                return (null, "tệp là PDF, không phải văn bản. Hãy chuyển sang .txt (ví dụ: pdftotext) trước.");
            }

            if (span.StartsWith("PK\u0003\u0004"u8))
            {
                return (null, "tệp là tệp nén (có thể là Word .docx), không phải văn bản. Hãy lưu thành .txt (UTF-8) trước.");
            }

            if (span.Contains((byte)0))
            {
                return (null, "tệp không phải văn bản (có byte NUL: tệp nhị phân). Hãy chuyển sang văn bản thuần UTF-8 trước.");
            }

            string text;
            try
            {
                text = StrictUtf8.GetString(span);
            }
            catch (DecoderFallbackException ex)
            {
                var at = ex.Index >= 0 ? $" (byte không hợp lệ ở vị trí {ex.Index + (bytes.Length - span.Length)})" : "";
                return (null, $"tệp không phải văn bản UTF-8{at}. Hãy lưu lại tệp với mã hóa UTF-8.");
            }

            return string.IsNullOrWhiteSpace(text) ? (null, "tệp trống (chỉ có khoảng trắng).") : (text, null);
        }
    }
}
