using System.Text.Json;
using Loa.Plans;

namespace Loa.UnitTests.Plans;

/// <summary>The JSON is checked key by key by other tools: every key of the contract, in its order, nulls written out.</summary>
public sealed class PlanJsonContractTests
{
    private static readonly string[] TopLevel =
    [
        "format", "issuer", "number", "symbol", "place", "date", "year", "title", "basis", "sections", "contents", "channels",
        "tasks", "responsibilities", "reporting", "deadlines", "funding", "recipients", "signer", "unplaced",
    ];

    private static readonly Dictionary<string, string[]> Nested = new(StringComparer.Ordinal)
    {
        ["issuer"] = ["name", "kind", "locality"],
        ["date"] = ["day", "month", "year"],
        ["basis"] = ["kind", "number", "date", "issuer"],
        ["sections"] = ["label", "heading", "role", "paragraphs", "children"],
        ["contents"] = ["label", "text"],
        ["channels"] = ["label", "text"],
        ["tasks"] = ["label", "name", "lead", "partners", "timeframe", "quantity", "products", "children"],
        ["quantity"] = ["value", "unit", "text"],
        ["responsibilities"] = ["unit", "duties"],
        ["reporting"] = ["periods", "via"],
        ["deadlines"] = ["subject", "date"],
        ["signer"] = ["authority", "deputy", "position", "name"],
    };

    public static TheoryData<string> Names => [SamplePlans.PhuocTan, SamplePlans.CanhVinh, SamplePlans.HungPhu];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_key_in_contract_order(string name)
    {
        using var json = JsonDocument.Parse(PlanJson.Serialize(SamplePlans.Plan(name)));
        Assert.Equal(TopLevel, json.RootElement.EnumerateObject().Select(p => p.Name));
        foreach (var property in json.RootElement.EnumerateObject())
        {
            CheckKeys(property.Name, property.Value);
        }
    }

    [Fact]
    public void Nulls_are_written_not_omitted()
    {
        var text = PlanJson.Serialize(SamplePlans.Plan(SamplePlans.CanhVinh));
        Assert.Contains("\"number\": null", text, StringComparison.Ordinal);
        Assert.Contains("\"day\": null", text, StringComparison.Ordinal);
        Assert.Contains("\"quantity\": null", text, StringComparison.Ordinal);
        Assert.Contains("\"via\": null", text, StringComparison.Ordinal);
        Assert.Contains("\"heading\": null", text, StringComparison.Ordinal);
        Assert.Contains("\"deadlines\": []", text, StringComparison.Ordinal);
        Assert.Contains("\"format\": \"loa.plan/1\"", text, StringComparison.Ordinal);
        Assert.Contains("Ủy ban nhân dân xã Canh Vinh", text, StringComparison.Ordinal); // UTF-8, not \u escapes
    }

    [Fact]
    public void Round_trips_through_the_exchange_reader()
    {
        var plan = SamplePlans.Plan(SamplePlans.HungPhu);
        var again = PlanJson.Deserialize(PlanJson.Serialize(plan));
        Assert.Equal(PlanJson.Serialize(plan), PlanJson.Serialize(again));
    }

    private static void CheckKeys(string name, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                CheckKeys(name, item);
            }

            return;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        Assert.True(Nested.TryGetValue(name, out var keys), $"no contract keys for \"{name}\"");
        Assert.Equal(keys, value.EnumerateObject().Select(p => p.Name));
        foreach (var property in value.EnumerateObject())
        {
            // Sub-sections and sub-tasks have the keys of their parent.
            CheckKeys(property.Name == "children" ? name : property.Name, property.Value);
        }
    }
}
