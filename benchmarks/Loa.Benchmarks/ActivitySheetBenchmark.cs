using System.Globalization;
using BenchmarkDotNet.Attributes;
using Loa.Activities;
using Loa.Activities.Bulk;
using Loa.Data;
using Loa.Domain;
using Loa.Domain.Accounts;
using Loa.Plans;
using Loa.Units;
using Microsoft.EntityFrameworkCore;

namespace Loa.Benchmarks;

/// <summary>
/// A coordinator uploads a sheet of 500 activities (docs/decisions/0028), with exactly the work of
/// /activities/bulk/review/{id} (Pages/Activities/Bulk): <see cref="Review"/> reads the held .xlsx, loads the plan, its tasks
/// and units and checks every row; <see cref="Save"/> does the same again (the page re-checks on confirmation) and saves the
/// 500 rows and the confirmation in one transaction. On a SQLite database of its own (every commune of the country, one
/// commune with 6 units and an issued plan of 12 tasks), so that it needs no generated province. Targets (issue 13): under
/// 2 s each.
/// </summary>
[MemoryDiagnoser]
public class ActivitySheetBenchmark
{
    public const int Rows = 500;

    private static DbContextOptions<LoaDbContext> _options = null!;
    private static TenantScope _scope = null!;
    private static int _planId;
    private static byte[] _sheet = [];
    private static string _userId = "";

    /// <summary>Builds the database once per process (the state is static: the in-process toolchain ran the second benchmark without its setup).</summary>
    [GlobalSetup]
    public async Task Setup()
    {
        if (_sheet.Length > 0)
        {
            return;
        }

        var directory = Path.Combine(Path.GetTempPath(), $"loa-bench-sheet-{Environment.ProcessId}");
        Directory.CreateDirectory(directory);
        var builder = new DbContextOptionsBuilder<LoaDbContext>();
        DatabaseRegistration.Configure(builder, new DatabaseOptions { Provider = "Sqlite" }, directory);
        _options = builder.Options;
        var year = VietnamTime.Today(TimeProvider.System).Year;
        await using (var db = Open(TenantScope.System))
        {
            await DatabaseInitializer.InitializeAsync(db);
            var commune = await db.Communes.OrderBy(c => c.Id).FirstAsync();
            var units = Enumerable.Range(1, 6).Select(i => new Unit
            {
                ProvinceId = commune.ProvinceId,
                CommuneId = commune.Id,
                Name = $"Đơn vị thứ {i}",
                Kind = UnitKind.Office,
                IsCoordinator = i == 1,
            }).ToList();
            db.Units.AddRange(units);
            await db.SaveChangesAsync();
            var coordinator = LocalAccounts.Create("daumoi.bench", "Cán bộ đầu mối", UserRole.Coordinator, "Mat-khau-benchmark-2026", commune.ProvinceId, commune.Id, units[0].Id);
            db.Users.Add(coordinator);
            var plan = new Plan
            {
                ProvinceId = commune.ProvinceId,
                CommuneId = commune.Id,
                Year = year,
                Status = PlanStatus.Issued,
                Title = "Kế hoạch thông tin, tuyên truyền CCHC",
                IssuerName = commune.GovernmentName,
                IssuerKind = "xã",
                IssuerLocality = commune.Locality,
                Place = commune.Locality,
                CreatedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
                Tasks = Enumerable.Range(0, 12).Select(i => new KeyTask
                {
                    ProvinceId = commune.ProvinceId,
                    CommuneId = commune.Id,
                    Order = i,
                    Label = (i + 1).ToString(CultureInfo.InvariantCulture),
                    Name = $"Nhiệm vụ tuyên truyền số {i + 1} về cải cách thủ tục hành chính và chuyển đổi số",
                    QuantityValue = 12,
                    QuantityText = "12 lần",
                    Units = [new KeyTaskUnit { Role = TaskUnitRole.Lead, Name = units[i % 6].Name, UnitId = units[i % 6].Id }],
                }).ToList(),
            };
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            (_planId, _userId, _scope) = (plan.Id, coordinator.Id, TenantScope.ForUser(coordinator));
        }

        var check = await LoadAsync();
        var tasks = check.TaskChoices;
        var channels = Enum.GetValues<ChannelKind>();
        var today = VietnamTime.Today(TimeProvider.System);
        var rows = Enumerable.Range(0, Rows).Select(i => (IReadOnlyList<object?>)
        [
            tasks[i % tasks.Count],
            "",
            new DateOnly(today.Year, 1, 1).AddDays(i % today.DayOfYear).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            channels[i % channels.Length].Label(),
            $"Hoạt động số {i + 1}: tuyên truyền cải cách hành chính tại khu phố {(i % 12) + 1}",
            1,
            100 + i,
            $"Nhà văn hóa khu phố {(i % 12) + 1}",
            i % 3 == 0 ? "Có ảnh minh chứng" : "",
        ]).ToList();
        _sheet = ActivitySheetTemplate.Create(tasks, check.UnitChoices, rows);
        var accepted = (await Review()).Count(r => r.Accepted);
        Console.WriteLine($"// Activity sheet: {Rows} rows, {accepted} accepted, {tasks.Count} tasks, {_sheet.Length / 1024} KB, database in {directory}");
    }

    [Benchmark]
    public async Task<IReadOnlyList<CheckedRow>> Review()
    {
        var sheet = ActivitySheetReader.Read(_sheet);
        var check = await LoadAsync();
        return check.Check(sheet.Rows);
    }

    [Benchmark]
    public async Task<bool> Save()
    {
        await using var db = Open(_scope);
        var now = DateTime.UtcNow;
        var plan = await db.Plans.AsNoTracking().FirstAsync(p => p.Id == _planId);
        var batch = new ActivityBatch
        {
            ProvinceId = plan.ProvinceId,
            CommuneId = plan.CommuneId,
            PlanId = plan.Id,
            FileName = "bench.xlsx",
            StoredName = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()),
            UploadedById = _userId,
            UploadedAt = now,
            ExpiresAt = now.AddDays(1),
        };
        db.ActivityBatches.Add(batch);
        await db.SaveChangesAsync();
        var rows = (await Review()).Where(r => r.Accepted).Select(r => r.Draft!).ToList();
        return await ActivityBatchSave.SaveAsync(db, batch, plan, rows, _userId, now);
    }

    /// <summary>The queries of ActivitySheetQuery.LoadAsync (Loa.Web), as the coordinator.</summary>
    private static async Task<ActivitySheetCheck> LoadAsync()
    {
        await using var db = Open(_scope);
        var plan = await db.Plans.AsNoTracking().FirstAsync(p => p.Id == _planId);
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.PlanId == _planId)
            .Include(t => t.Units).Include(t => t.Parent!).ThenInclude(p => p.Units).AsSplitQuery().ToListAsync();
        var units = await db.Units.AsNoTracking().Where(u => !u.IsArchived).ToListAsync();
        return new ActivitySheetCheck(db.Scope, plan, tasks, units, VietnamTime.Today(TimeProvider.System));
    }

    private static LoaDbContext Open(TenantScope scope) => new(_options, new FixedTenantScope(scope));
}
