using Loa.Audit;
using Loa.IntegrationTests.Infrastructure;

namespace Loa.IntegrationTests.Admin;

/// <summary>
/// Audit entries a test writes behind the app's back on a day of its own (a random day of the 2030s, so that no other test
/// writes there), each marked with a text of its own to be looked for on the page and in the files.
/// </summary>
public sealed class AuditEntries(DateOnly day, string marker)
{
    public DateOnly Day { get; } = day;

    public string Marker { get; } = marker;

    public string Query => $"from={Day:yyyy-MM-dd}&to={Day:yyyy-MM-dd}";

    /// <summary>Midnight at the start of the day in Vietnam, as UTC.</summary>
    public DateTime Start => DateTime.SpecifyKind(Day.ToDateTime(TimeOnly.MinValue).AddHours(-7), DateTimeKind.Utc);

    public static AuditEntries NewDay() =>
        new(new DateOnly(2031, 1, 1).AddDays(Random.Shared.Next(0, 3000)), "m" + Guid.NewGuid().ToString("N")[..10]);

    public string Mark(string name) => $"{Marker}-{name}";

    public async Task AddAsync(LoaAppFactory app, params (string Name, DateTime At, int? ProvinceId, int? CommuneId, string? UserName)[] entries)
    {
        await using var db = app.SystemDb();
        foreach (var (name, at, province, commune, user) in entries)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                At = at,
                UserName = user ?? "nguoi.thu",
                ProvinceId = province,
                CommuneId = commune,
                IpAddress = "203.0.113.9",
                Action = "update",
                EntityType = "Plan",
                EntityId = "1",
                Succeeded = true,
                Detail = name.StartsWith('=') || name.StartsWith('+') ? name : Mark(name),
            });
        }

        await db.SaveChangesAsync();
    }
}
