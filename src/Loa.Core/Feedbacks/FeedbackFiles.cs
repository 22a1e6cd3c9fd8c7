using Loa.Feedbacks;

namespace Loa.Feedbacks;

/// <summary>Where feedback attachments live: the data folder's "feedback/{commune}/{random name}", outside the web root and apart from evidence.</summary>
public static class FeedbackFiles
{
    public static string Folder(string dataDirectory, int? communeId) =>
        Path.Combine(dataDirectory, "feedback", (communeId ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static string PathOf(
        string dataDirectory, FeedbackAttachment attachment) => Path.Combine(Folder(dataDirectory, attachment.CommuneId), attachment.StoredName);
}
