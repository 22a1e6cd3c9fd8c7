namespace Loa.Portal;

/// <summary>
/// How many times the data a public portal shows has changed: one row per commune ("c:{id}") and one for data every
/// portal shows ("*": the procedure catalogue, a province's profile). The save pipeline raises the rows a save touches,
/// in the save's transaction, so that every app instance can tell in one small read whether what it built for a
/// portal page is still current (<see cref="PortalStamps"/>, decision record 41).
/// </summary>
public sealed class PortalStamp
{
    public string Scope { get; set; } = "";

    public long Version { get; set; }
}
