using Loa.Cli.Commands;
using Loa.Plans;
using Loa.Plans.Parsing;

namespace Loa.Cli;

/// <summary>
/// Reads a plan from a file of any form the tool accepts, deciding by the content and not by the file name:
/// plan JSON (<c>loa.plan/1</c>), plan text or Markdown (UTF-8), and — once the Word importer lands — .docx.
/// Every failure is a <see cref="PlanFormatException"/> with a Vietnamese message.
/// </summary>
public static class PlanInput
{
    public static async Task<PlanDocument> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                throw new PlanFormatException("là một thư mục, không phải tệp kế hoạch.");
            }

            if (!File.Exists(path))
            {
                throw new PlanFormatException("không tìm thấy tệp.");
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PlanFormatException($"không đọc được tệp ({ex.Message}).", ex);
        }

        return Read(bytes);
    }

    /// <summary>Dispatches by content: a ZIP package (Word), JSON with a "format" key, else text.</summary>
    public static PlanDocument Read(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            return ReadWord(bytes);
        }

        var (text, error) = PlanParseCommand.PlanFileText.Decode(bytes);
        if (text is null)
        {
            throw new PlanFormatException(error ?? "tệp không đọc được.");
        }

        return LooksLikeJson(text) ? PlanJson.Deserialize(text) : PlanTextParser.Parse(text);
    }

    /// <summary>
    /// A Word file. The .docx importer is being written separately; when it lands, this is the one place to
    /// call it from (every verb reading a plan goes through <see cref="ReadAsync"/>).
    /// </summary>
    private static PlanDocument ReadWord(byte[] bytes)
    {
        _ = bytes;
        throw new PlanFormatException(
            "tệp là tệp Word (.docx) hoặc tệp nén. Việc đọc kế hoạch từ Word sẽ do lệnh \"loa plan parse\" đảm nhận "
            + "khi tính năng nhập tệp Word hoàn thành; hiện hãy lưu kế hoạch thành văn bản .txt (UTF-8) hoặc dùng tệp JSON loa.plan/1.");
    }

    private static bool LooksLikeJson(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.StartsWith("{", StringComparison.Ordinal) && trimmed.Contains("\"format\"", StringComparison.Ordinal);
    }
}
