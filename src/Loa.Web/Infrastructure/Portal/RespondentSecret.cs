using System.Security.Cryptography;

namespace Loa.Web.Infrastructure.Portal;

/// <summary>
/// The installation's secret for hashing survey and contest respondents (phone numbers, device tokens): 32 random
/// bytes in <c>keys/respondents.key</c> of the data folder — shared by every instance like the uploads, kept by
/// backups with the files, and not in the database, so a copy of the database alone cannot turn the hashes back into
/// phone numbers by trying them all.
/// </summary>
public sealed class RespondentSecret(LoaPaths paths)
{
    private byte[]? secret;

    public ReadOnlySpan<byte> Value => secret ??= LoadOrCreate();

    private byte[] LoadOrCreate()
    {
        var path = Path.Combine(paths.Data, "keys", "respondents.key");
        if (File.Exists(path) && File.ReadAllBytes(path) is { Length: 32 } existing)
        {
            return existing;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var fresh = RandomNumberGenerator.GetBytes(32);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temporary, fresh);
        try
        {
            // The first instance to put its key in place wins; the others read it.
            File.Move(temporary, path, overwrite: false);
            return fresh;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return File.ReadAllBytes(path);
        }
    }
}
