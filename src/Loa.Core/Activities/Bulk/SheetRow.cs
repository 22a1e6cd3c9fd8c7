namespace Loa.Activities.Bulk;

/// <summary>One filled row of an activity sheet: its line number in the sheet and its cells by column (trimmed, never null).</summary>
public sealed record SheetRow(int Line, IReadOnlyDictionary<SheetColumn, string> Cells)
{
    public string this[SheetColumn column] => Cells.TryGetValue(column, out var text) ? text : "";
}

/// <summary>What a sheet held: its rows, or why it cannot be read at all (in Vietnamese).</summary>
public sealed record SheetContent(IReadOnlyList<SheetRow> Rows, string? Problem)
{
    public static SheetContent Refused(string problem) => new([], problem);
}
