using Loa.Audit;

namespace Loa.Web.Infrastructure.Audit;

/// <summary>Section "Audit": how the audit page reads the log.</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>Entries on one page of /admin/audit.</summary>
    public int PageSize { get; set; } = 50;

    /// <summary>The most rows one downloaded file holds; a window holding more is refused with a message.</summary>
    public int ExportMaxRows { get; set; } = AuditExport.DefaultMaxRows;
}
