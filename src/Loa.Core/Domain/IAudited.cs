namespace Loa.Domain;

/// <summary>
/// A record whose every creation, change and deletion is written to the audit log, in the same transaction as the
/// save, as one line naming the record (see <c>Loa.Data.SaveChangesPipeline</c>). Parts of a plan or a survey are
/// logged as a change of their plan or survey instead and do not carry the marker.
/// </summary>
public interface IAudited;
