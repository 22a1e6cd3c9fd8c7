namespace Loa.Cli;

/// <summary>Writes a file through a temporary file in the same folder, moved into place only when complete.</summary>
internal static class AtomicFile
{
    /// <summary>Returns null on success, else a Vietnamese reason; the temporary file never stays behind.</summary>
    public static Task<string?> WriteAsync(string path, byte[] bytes) => WriteAsync(path, stream => stream.WriteAsync(bytes).AsTask());

    /// <summary>Streams the file through <paramref name="write"/> into the temporary file; null on success, else a Vietnamese reason.</summary>
    public static async Task<string?> WriteAsync(string path, Func<Stream, Task> write)
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
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await write(stream);
            }

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
