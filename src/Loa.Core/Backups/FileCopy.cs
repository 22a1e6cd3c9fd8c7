using System.Security.Cryptography;

namespace Loa.Backups;

/// <summary>Copies and checks files by their SHA-256, reading each byte once.</summary>
internal static class FileCopy
{
    /// <summary>Copies a file into a new file (never over one), returning its size and SHA-256.</summary>
    public static async Task<(long Bytes, string Sha256)> CopyAsync(string from, string to, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(to)!);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var source = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920, useAsync: true);
        await using var target = new FileStream(to, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        var buffer = new byte[81920];
        long bytes = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            bytes += read;
        }

        await target.FlushAsync(cancellationToken);
        return (bytes, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    public static async Task<(long Bytes, string Sha256)> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        var sha = await SHA256.HashDataAsync(stream, cancellationToken);
        return (stream.Length, Convert.ToHexStringLower(sha));
    }

    /// <summary>Deletes a file or a folder if it is there; for clean-up, so it never throws.</summary>
    public static void DeleteQuietly(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next run's clean-up (temporary names start with ".loa-").
        }
    }
}
