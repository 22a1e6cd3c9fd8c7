using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Loa.Web.Infrastructure.Exchange;

/// <summary>
/// The mock exchange hub's memory: the packages it took, for whom, and what became of them (pending until the receiver
/// confirms or rejects). Kept in memory: it is for tests and the demo only, and forgets everything when the app stops.
/// </summary>
public sealed class MockHub
{
    private readonly ConcurrentDictionary<string, Entry> packages = new(StringComparer.Ordinal);

    public sealed class Entry(string receiver, byte[] content)
    {
        public string Receiver { get; } = receiver;

        public byte[] Content { get; } = content;

        public string Status { get; set; } = "pending";

        public string? Reason { get; set; }
    }

    public string Take(string receiver, byte[] content)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        packages[id] = new Entry(receiver, content);
        return id;
    }

    public Entry? Find(string id) => packages.GetValueOrDefault(id);

    public IReadOnlyList<string> WaitingFor(string receiver) =>
        packages.Where(p => p.Value.Receiver == receiver && p.Value.Status == "pending").Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
}
