namespace Loa.OpenData;

/// <summary>The types a column of an open dataset may have, as written in docs/open-data.md.</summary>
public enum OpenDataType
{
    /// <summary>A whole number.</summary>
    WholeNumber,

    /// <summary>A decimal number, written with a dot.</summary>
    Number,

    /// <summary>Text (UTF-8, NFC); "string" in the documentation and JSON.</summary>
    Words,

    /// <summary>A day as YYYY-MM-DD (Vietnam time).</summary>
    Date,

    /// <summary>true or false.</summary>
    Boolean,
}

/// <summary>One column of an open dataset: its English field name, type, unit and meaning in Vietnamese; null values allowed or not.</summary>
public sealed record OpenDataColumn(string Name, OpenDataType Type, string Meaning, string? Unit = null, bool Nullable = false)
{
    public string TypeName => Type switch
    {
        OpenDataType.WholeNumber => "integer",
        OpenDataType.Number => "number",
        OpenDataType.Date => "date",
        OpenDataType.Boolean => "boolean",
        _ => "string",
    };
}

/// <summary>One dataset's rows, each holding one value per column in the schema's order.</summary>
public sealed record OpenDataTable(OpenDataSchema Schema, IReadOnlyList<object?[]> Rows);
