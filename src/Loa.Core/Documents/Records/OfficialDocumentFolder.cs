using System.Globalization;

namespace Loa.Documents.Records;

/// <summary>
/// Where an official document's PDFs lie under the data folder: <c>documents/{commune}</c>, or a province's own
/// <c>documents/p{province}</c>. The one rule for the signing upload store and the document exchange.
/// </summary>
public static class OfficialDocumentFolder
{
    /// <summary>The owner of a document's files: its commune's id, or minus its province's id for a province's own document.</summary>
    public static int Owner(OfficialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.CommuneId ?? -document.ProvinceId;
    }

    public static string Of(string dataPath, int owner) => Path.Combine(
        dataPath,
        "documents",
        owner >= 0 ? owner.ToString(CultureInfo.InvariantCulture) : "p" + (-owner).ToString(CultureInfo.InvariantCulture));
}
