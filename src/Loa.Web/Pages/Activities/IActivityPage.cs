using Loa.Activities;

namespace Loa.Web.Pages.Activities;

/// <summary>What the shared activity fields need from the record and edit pages.</summary>
public interface IActivityPage
{
    ActivityForm Activity { get; }

    ActivityRecording Recording { get; }

    IReadOnlyList<EvidenceFile> ExistingFiles { get; }
}

/// <summary>How much one request may upload (the per-file limit is in the configuration, "Loa:MaxUploadBytes").</summary>
public static class UploadLimits
{
    public const long RequestBytes = 60L * 1024 * 1024;
}
