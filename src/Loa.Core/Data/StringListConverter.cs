using System.Text.Encodings.Web;
using System.Text.Json;
using Loa.Text;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Loa.Data;

/// <summary>Stores an ordered list of texts (paragraphs, recipients, links) as one JSON array column, in NFC.</summary>
public sealed class StringListConverter() : ValueConverter<List<string>, string>(
    list => JsonSerializer.Serialize(list.Select(VietnameseText.Nfc).ToList(), Options),
    json => JsonSerializer.Deserialize<List<string>>(json, Options) ?? new List<string>())
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

/// <summary>Compares the lists by content, so that editing an item marks the entity changed.</summary>
public sealed class StringListComparer() : ValueComparer<List<string>>(
    (a, b) => (a == null && b == null) || (a != null && b != null && a.SequenceEqual(b)),
    list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode(StringComparison.Ordinal))),
    list => list.ToList());
