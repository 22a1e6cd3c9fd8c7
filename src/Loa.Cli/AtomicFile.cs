namespace Loa.Cli;

/// <summary>Writes a file through a temporary file in the same folder, moved into place only when complete.</summary>
internal static class AtomicFile
{
    /// <summary>Returns null on success, else a Vietnamese reason; the temporary file never stays behind.</summary>
    public static async Task<string?> WriteAsync(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        if (Directory.Exists(full))
        {
            return "đó là một thư mục.";
        }

        if (!Directory.Exists(folder))
        {
            return $"không có thư mục \"{folder}\".";
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllBytesAsync(temporary, bytes);
            File.Move(temporary, full, overwrite: true);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex.Message;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
