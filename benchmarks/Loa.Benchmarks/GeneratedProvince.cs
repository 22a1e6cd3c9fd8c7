using Loa.Data;
using Loa.Demo;
using Loa.Domain;
using Loa.Domain.Accounts;
using Loa.Domain.Geography;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.Benchmarks;

/// <summary>
/// Hồ Chí Minh (province 79, 168 communes) filled by <c>loa demo generate</c>'s code, in a SQLite database
/// the web app would use. Set LOA_BENCH_DATA to the data folder of a database already generated to skip the ~30 s
/// of generation: Hồ Chí Minh alone (<c>loa demo generate --province 79 --data /tmp/hcm</c>) or the whole country
/// (<c>loa demo generate --all --data /tmp/national</c>: the same province, now among 3,321 communes, as a national
/// deployment holds it); otherwise it is generated once per process into a temporary folder. Every benchmark opens a
/// new DbContext per operation, as the web app does per request, scoped to the user the page would serve.
/// </summary>
public sealed class GeneratedProvince
{
    public const string ProvinceCode = "79";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static GeneratedProvince? shared;

    private readonly DbContextOptions<LoaDbContext> options;

    private GeneratedProvince(string dataDirectory)
    {
        DataDirectory = dataDirectory;
        var builder = new DbContextOptionsBuilder<LoaDbContext>();
        DatabaseRegistration.Configure(builder, new DatabaseOptions { Provider = "Sqlite" }, dataDirectory);
        options = builder.Options;
    }

    public string DataDirectory { get; }

    /// <summary>Today as the web app sees it (Vietnam time): the dashboards judge every task against it.</summary>
    public static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    public static async Task<GeneratedProvince> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return shared ??= await CreateAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    public LoaDbContext Open(TenantScope scope) => new(options, new FixedTenantScope(scope));

    public async Task<Province> ProvinceAsync()
    {
        await using var db = Open(TenantScope.System);
        return await db.Provinces.AsNoTracking().SingleAsync(p => p.Code == ProvinceCode);
    }

    /// <summary>The scope of a user of the province, as the web app builds it at sign-in.</summary>
    public async Task<TenantScope> ScopeOfAsync(string userName)
    {
        await using var db = Open(TenantScope.System);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        return TenantScope.ForUser(user);
    }

    /// <summary>
    /// A typical commune: of the communes with an issued plan, the one whose number of activities is the median
    /// (ties broken by commune code), so that neither an idle nor the busiest commune sets the figure.
    /// </summary>
    public async Task<(Commune Commune, int PlanId, int Activities)> TypicalCommuneAsync(int year)
    {
        await using var db = Open(TenantScope.System);
        var province = await ProvinceAsync();
        var plans = await db.Plans.AsNoTracking()
            .Where(p => p.ProvinceId == province.Id && p.Year == year && p.CommuneId != null && p.UnitId == null && p.Status == PlanStatus.Issued)
            .Select(p => new { p.Id, CommuneId = p.CommuneId!.Value, Activities = db.Activities.Count(a => a.PlanId == p.Id) })
            .ToListAsync();
        var communes = await db.Communes.AsNoTracking().Where(c => c.ProvinceId == province.Id).ToDictionaryAsync(c => c.Id);
        var ordered = plans.OrderBy(p => p.Activities).ThenBy(p => communes[p.CommuneId].Code, StringComparer.Ordinal).ToList();
        var median = ordered[ordered.Count / 2];
        return (communes[median.CommuneId], median.Id, median.Activities);
    }

    private static async Task<GeneratedProvince> CreateAsync()
    {
        var given = Environment.GetEnvironmentVariable("LOA_BENCH_DATA");
        if (!string.IsNullOrWhiteSpace(given))
        {
            if (!File.Exists(Path.Combine(given, "loa.db")))
            {
                throw new InvalidOperationException(
                    $"LOA_BENCH_DATA={given} holds no loa.db; run loa demo generate --province 79 (or --all) --data {given} first.");
            }

            var reused = new GeneratedProvince(given);
            await using var check = reused.Open(TenantScope.System);
            var planned = await check.Plans.Where(p => p.CommuneId != null && p.UnitId == null).Select(p => new { p.ProvinceId, p.CommuneId }).Distinct().ToListAsync();
            var activities = await check.Activities.CountAsync();
            Console.WriteLine($"// Generated province: reusing {given} ({planned.Select(p => p.ProvinceId).Distinct().Count()} provinces, " +
                $"{planned.Count} communes with a plan, {activities} activities in the database)");
            return reused;
        }

        var directory = Path.Combine(Path.GetTempPath(), $"loa-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(directory);
        var province = new GeneratedProvince(directory);
        await using var db = province.Open(TenantScope.System);
        await DatabaseInitializer.InitializeAsync(db);
        var result = await DemoProvinceGenerator.GenerateAsync(db, ProvinceCode, DemoData.Year, Today, seed: 1, GenerationScale.Full);
        Console.WriteLine($"// Generated province: {result.ProvinceName}, {result.Communes} communes, {result.Plans} plans, {result.Activities} activities in {result.Elapsed.TotalSeconds:0.0} s, into {directory}");
        return province;
    }

    /// <summary>The first user of a role in a commune (the demo gives each commune one coordinator and one leader).</summary>
    public async Task<string> UserNameAsync(int communeId, UserRole role)
    {
        await using var db = Open(TenantScope.System);
        return await db.Users.AsNoTracking().Where(u => u.CommuneId == communeId && u.Role == role).OrderBy(u => u.UserName).Select(u => u.UserName!).FirstAsync();
    }
}
