using System.Security.Cryptography;
using Loa.Documents.Records;

namespace Loa.Exchange;

/// <summary>
/// Where the exchange keeps its files in the data folder: the packages it sent and received ("exchange/packages"), and
/// where it reads the PDF of an official document ("documents/{commune or p+province}/{stored name}").
/// </summary>
public static class ExchangeFiles
{
    public static string PackagesFolder(string dataPath) => Path.Combine(dataPath, "exchange", "packages");

    public static async Task<string> WritePackageAsync(string dataPath, byte[] package, CancellationToken cancellationToken)
    {
        var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        Directory.CreateDirectory(PackagesFolder(dataPath));
        await File.WriteAllBytesAsync(PackagePath(dataPath, name), package, cancellationToken);
        return name;
    }

    public static string PackagePath(string dataPath, string storedName) => Path.Combine(PackagesFolder(dataPath), Checked(storedName));

    /// <summary>The folder of an official document's PDFs: per commune, or the province's own.</summary>
    public static string DocumentsFolder(string dataPath, OfficialDocument document) =>
        OfficialDocumentFolder.Of(dataPath, OfficialDocumentFolder.Owner(document));

    public static string DocumentPath(string dataPath, OfficialDocument document, string storedName) =>
        Path.Combine(DocumentsFolder(dataPath, document), Checked(storedName));

    private static string Checked(string storedName) =>
        storedName.Length > 0 && storedName.All(char.IsAsciiHexDigitLower) ? storedName : throw new ArgumentException("not a stored file name", nameof(storedName));
}
