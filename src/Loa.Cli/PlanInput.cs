using Loa.Plans;

namespace Loa.Cli;

/// <summary>
/// Reads a plan from a file of any form the tool accepts, deciding by the content and not by the file name:
/// plan JSON (<c>loa.plan/1</c>), plan text or Markdown, and Word (.docx).
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

    /// <summary>Dispatches by content through the importer: Word (.docx), plan JSON, text or Markdown.</summary>
    public static PlanDocument Read(byte[] bytes) => Loa.Plans.Import.PlanImporter.Import(bytes, null).Plan;
}
