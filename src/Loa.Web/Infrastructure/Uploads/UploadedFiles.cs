using Loa.Files;
using Loa.Text;

namespace Loa.Web.Infrastructure.Uploads;

/// <summary>What every kind of upload (evidence, feedback attachments, article images) does with the file it receives.</summary>
public static class UploadedFiles
{
    /// <summary>
    /// The name by the rule for all text from outside (<see cref="InputText.Clean"/>: no control characters, no bidi
    /// controls such as the right-to-left override that shows "anh\u202Egnp.exe" as "anhexe.png"), without any folder
    /// part ("../../x.jpg" → "x.jpg"), line breaks or characters Windows refuses in names.
    /// </summary>
    public static string CleanFileName(string? name)
    {
        var justName = (InputText.Clean(name) ?? "").Replace('\\', '/').Split('/').Last();
        var clean = new string(justName.Where(
            c => !char.IsControl(c) && c is not '"' and not '<' and not '>' and not '|' and not ':' and not '*' and not '?').ToArray()).Trim(' ', '.');
        return clean.Length == 0 ? "tep" : InputText.Shorten(clean, 200)!;
    }

    /// <summary>The cleaned name, ending with the extension of the kind its content really is.</summary>
    public static string DownloadName(string? name, FileKind kind)
    {
        var clean = CleanFileName(name);
        var hasExtension = clean.EndsWith(kind.Extension, StringComparison.OrdinalIgnoreCase)
            || (kind.Extension == ".jpg" && clean.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase));
        return hasExtension
            ? clean
            : clean + kind.Extension;
    }

    /// <summary>The upload in memory, positioned at its start, so that its content can be checked and then written.</summary>
    public static async Task<MemoryStream> ReadAsync(IFormFile upload, CancellationToken cancellationToken)
    {
        var memory = new MemoryStream();
        await using (var source = upload.OpenReadStream())
        {
            await source.CopyToAsync(memory, cancellationToken);
        }

        memory.Position = 0;
        return memory;
    }
}
