using System.Text.Json.Nodes;
using Loa.Plans;

namespace Loa.UnitTests.Plans;

/// <summary>Compares two plans through their whole JSON, so a difference shows as the first differing path.</summary>
internal static class PlanAssert
{
    public static void Same(PlanDocument expected, PlanDocument actual)
    {
        var difference = FirstDifference(expected, actual);
        Assert.True(difference is null, difference);
    }

    /// <summary>The first path at which the two plans differ, with both values; null when they are the same.</summary>
    public static string? FirstDifference(PlanDocument expected, PlanDocument actual) =>
        FirstDifference(JsonNode.Parse(PlanJson.Serialize(expected)), JsonNode.Parse(PlanJson.Serialize(actual)), "$");

    private static string? FirstDifference(JsonNode? left, JsonNode? right, string path)
    {
        switch (left, right)
        {
            case (null, null):
                return null;
            case (JsonObject l, JsonObject r):
                foreach (var (key, value) in l)
                {
                    var inner = FirstDifference(value, r[key], $"{path}.{key}");
                    if (inner is not null)
                    {
                        return inner;
                    }
                }

                return null;
            case (JsonArray l, JsonArray r):
                for (var i = 0; i < Math.Max(l.Count, r.Count); i++)
                {
                    if (i >= l.Count || i >= r.Count)
                    {
                        return $"{path}: {l.Count} items expected, {r.Count} found; first extra: {(i < l.Count ? l[i] : r[i])?.ToJsonString()}";
                    }

                    var inner = FirstDifference(l[i], r[i], $"{path}[{i}]");
                    if (inner is not null)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                var a = left?.ToJsonString();
                var b = right?.ToJsonString();
                return a == b ? null : $"{path}:\n expected {a}\n actual   {b}";
        }
    }
}
