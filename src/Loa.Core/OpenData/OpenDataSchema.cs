namespace Loa.OpenData;

/// <summary>
/// One kind of open dataset: its stable identifier (the schema name in the JSON, <c>loa.opendata.{Id}/1</c>), its Vietnamese
/// title and description, and its columns. The catalogue, both file formats and docs/open-data.md follow it.
/// </summary>
public sealed record OpenDataSchema(string Id, string Title, string Description, IReadOnlyList<OpenDataColumn> Columns)
{
    public const int Version = 1;

    /// <summary>"loa.opendata.commune-progress/1".</summary>
    public string Name => $"loa.opendata.{Id}/{Version}";
}
