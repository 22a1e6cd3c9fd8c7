using Loa.Dashboards.Figures;
using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Domain.Geography;
using Loa.Plans;
using Loa.Plans.Parsing;
using Loa.Plans.Versions;
using Loa.Units;
using Microsoft.EntityFrameworkCore;

namespace Loa.Demo;

/// <summary>
/// Builds the demo: the three communes of the real plans with their units, one account per role, their
/// plans parsed from the bundled texts by the same parser (issued), and months of recorded activities;
/// plus a province officer for Đồng Nai and a system administrator. Then the other communes of Đồng Nai
/// are generated at a small scale (<see cref="DemoProvinceGenerator"/>), so that the province officer sees
/// communes in every state. The three communes are built once; the generation adds only what is missing,
/// so a start interrupted halfway is completed by the next. The web app in demo mode and
/// <c>loa demo seed</c> both use it.
/// </summary>
public static class DemoSeeder
{
    /// <summary>The province whose other communes the demo generates.</summary>
    public const string GeneratedProvinceCode = "75";

    /// <summary>The seed of the generated communes (the same demo on every machine).</summary>
    public const int GeneratedSeed = 1;

    /// <summary>True when the three communes were built now, false when they were there already.</summary>
    public static Task<bool> SeedAsync(LoaDbContext db, DateOnly today, CancellationToken cancellationToken = default) =>
        SeedAsync(db, today, SetupStep.Nobody, cancellationToken);

    /// <summary>As above, saying on <paramref name="progress"/> which commune it builds (the first start takes a while).</summary>
    public static async Task<bool> SeedAsync(LoaDbContext db, DateOnly today, IProgress<SetupStep> progress, CancellationToken cancellationToken = default)
    {
        var created = await SeedCommunesAsync(db, today, progress, cancellationToken);
        using (CommuneFiguresUpkeep.Suspend())
        {
            // The dashboards' figures of the generated communes are computed once below, not after every batch (decision 38).
            await DemoProvinceGenerator.GenerateAsync(
                db, GeneratedProvinceCode, DemoData.Year, today, GeneratedSeed, GenerationScale.Small, progress, cancellationToken);
        }

        var generated = await db.Provinces.AsNoTracking().Where(p => p.Code == GeneratedProvinceCode).Select(p => new[] { p.Id }).FirstAsync(cancellationToken);
        await DemoNationGenerator.AfterGenerationAsync(db, generated, DemoData.Year, today, cancellationToken);
        await DemoService.TurnOnFilledCommunesAsync(db, cancellationToken);
        await DemoInspections.SeedAsync(db, today, cancellationToken);
        await DemoMessages.SeedAsync(db, cancellationToken);
        await DemoNationalOfficer.SeedAsync(db, cancellationToken);
        return created;
    }

    /// <summary>
    /// Only the three communes of the real plans, the Đồng Nai officer and the administrator, when not built yet: what
    /// <c>loa demo generate</c> does first, so that a database generated before the web demo ever ran can be opened by
    /// the web app in demo mode without the three communes being built a second time over generated ones.
    /// </summary>
    public static Task<bool> SeedRealCommunesAsync(LoaDbContext db, DateOnly today, CancellationToken cancellationToken = default) =>
        SeedCommunesAsync(db, today, SetupStep.Nobody, cancellationToken);

    private static async Task<bool> SeedCommunesAsync(LoaDbContext db, DateOnly today, IProgress<SetupStep> progress, CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(u => u.IsDemo && u.UserName == DemoData.AdminUserName, cancellationToken))
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (demo, index) in DemoData.Communes.Select((c, i) => (c, i)))
        {
            var message = $"Đang dựng dữ liệu trình diễn: {DemoData.Communes.Count} xã, phường có kế hoạch thật (đang làm {demo.Locality})";
            progress.Report(new SetupStep(message, index, DemoData.Communes.Count));
            await SeedCommuneAsync(db, demo, DemoData.UnitOfficerNames[index], today, cancellationToken);
        }

        var dongNai = await db.Provinces.SingleAsync(p => p.Locality == "Đồng Nai", cancellationToken);
        await SeedProvincePlanAsync(db, dongNai, cancellationToken);
        db.Users.Add(NewUser(DemoData.ProvinceOfficerUserName, "Võ Thị Thanh Hương", UserRole.ProvinceOfficer, dongNai.Id, null, null));
        db.Users.Add(NewUser(DemoData.AdminUserName, "Quản trị hệ thống", UserRole.SystemAdmin, null, null, null));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }

    private static async Task SeedCommuneAsync(LoaDbContext db, DemoCommune demo, string unitOfficerName, DateOnly today, CancellationToken cancellationToken)
    {
        var commune = await db.Communes.Include(c => c.Province)
            .SingleAsync(c => c.Locality == demo.Locality && c.Province!.Locality == demo.ProvinceLocality, cancellationToken);
        var units = demo.Units.Select(u => new Unit
        {
            ProvinceId = commune.ProvinceId,
            CommuneId = commune.Id,
            Name = u.Name,
            Kind = u.Kind,
            IsCoordinator = u.Name.StartsWith("Phòng Văn hóa", StringComparison.Ordinal),
        }).ToList();
        db.Units.AddRange(units);
        await db.SaveChangesAsync(cancellationToken);

        User Staff(string prefix, UserRole role, string fullName, string? unitName) =>
            NewUser(demo.UserName(prefix), fullName, role, commune.ProvinceId, commune.Id, units.FirstOrDefault(u => u.Name == unitName)?.Id);
        var staff = demo.Staff.Select(s => Staff(s.Prefix, s.Role, s.FullName, s.Unit)).ToList();
        var officer = Staff("donvi", UserRole.UnitOfficer, unitOfficerName, demo.UnitOfficerUnit);
        db.Users.AddRange([.. staff, officer]);

        var plan = BuildPlan(commune, demo, units);
        db.Plans.Add(plan);
        await PlanVersioning.SaveAsync(db, plan, $"Nhập từ văn bản kế hoạch, ban hành số {plan.Number}", DateTime.UtcNow, cancellationToken);

        var coordinator = staff.First(u => u.Role == UserRole.Coordinator);
        var fallbackUnit = units.First(u => u.IsCoordinator).Id;
        string RecorderFor(int unitId) => unitId == officer.UnitId ? officer.Id : coordinator.Id;
        var activities = DemoActivities.For(plan, RecorderFor, fallbackUnit, demo.IssuedOn, today);
        db.Activities.AddRange(activities);
        var reports = new DemoReports(new Random(commune.Id), commune.Province!, commune, today);
        var leader = staff.First(u => u.Role == UserRole.Leader);
        reports.Scripted(plan, units, new DemoStaff(leader.Id, coordinator.Id, officer.Id, officer.UnitId ?? fallbackUnit), DemoData.Reports[demo.Slug]);
        db.UnitReports.AddRange(reports.UnitReports);
        db.CommuneReports.AddRange(reports.CommuneReports);
        db.PortalProfiles.Add(DemoPortal.Profile(commune, demo.ProvinceLocality switch { "Đồng Nai" => "0251", "Gia Lai" => "0256", _ => "0292" }, DateTime.UtcNow));
        var random = new Random(commune.Id);
        for (var year = DemoIndices.FirstYear; year <= Math.Min(DemoIndices.LastYear, today.Year - 1); year++)
        {
            var level = 0.8 + (random.NextDouble() * 0.1) + ((year - DemoIndices.FirstYear) * 0.02);
            db.IndexResults.Add(DemoIndices.Par(commune.ProvinceId, commune.Id, year, level, random, null, null));
            db.IndexResults.Add(DemoIndices.Sipas(commune.ProvinceId, commune.Id, year, level + 0.03, random, null, null));
        }

        DemoFeedback.Add(db, commune, demo.Slug, units, [.. staff, officer], today);
        await db.SaveChangesAsync(cancellationToken);
        await DemoArticles.SeedAsync(db, commune, plan, coordinator, today, cancellationToken);

        await DemoProcedures.SeedAsync(db, commune, cancellationToken);

        await DemoSurveys.SeedAsync(db, commune, plan, coordinator.Id, today, cancellationToken);

        await DemoDialogues.SeedAsync(db, commune, plan, leader, coordinator.Id, today, cancellationToken);
    }

    /// <summary>Đồng Nai's own plan, which Phước Tân's plan cites (Kế hoạch số 51/KH-UBND ngày 30/01/2026).</summary>
    private static async Task SeedProvincePlanAsync(LoaDbContext db, Province province, CancellationToken cancellationToken)
    {
        var issued = new DateOnly(DemoData.Year, 1, 30);
        var now = DateTime.UtcNow;
        var plan = new Plan { ProvinceId = province.Id, Year = DemoData.Year, CreatedAt = now, UpdatedAt = now };
        var document = PlanTemplate.Blank(province, DemoData.Year);
        document.Title = $"Thông tin, tuyên truyền cải cách hành chính tỉnh {province.Locality} năm {DemoData.Year}";
        document.Sections[0].Paragraphs = [$"Thực hiện Kế hoạch cải cách hành chính năm {DemoData.Year} của tỉnh; {province.GovernmentName} ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm {DemoData.Year} như sau:"];
        PlanMapper.Fill(plan, document, new UnitMatcher([]));
        plan.Status = PlanStatus.Issued;
        plan.Number = "51/KH-UBND";
        plan.IssuedOn = issued;
        (plan.DateDay, plan.DateMonth, plan.DateYear) = (issued.Day, issued.Month, issued.Year);
        plan.SignerName = "Võ Tấn Đức";
        db.Plans.Add(plan);
        await PlanVersioning.SaveAsync(db, plan, "Ban hành, số 51/KH-UBND", now, cancellationToken);
    }

    private static Plan BuildPlan(Commune commune, DemoCommune demo, List<Unit> units)
    {
        var document = PlanTextParser.Parse(DemoPlanTexts.Read(demo.PlanFile));
        if (document.Tasks.Count == 0 && demo.Locality == "Phước Tân")
        {
            document.Tasks = PhuocTanAppendix.Tasks();
        }

        var now = DateTime.UtcNow;
        var plan = new Plan
        {
            ProvinceId = commune.ProvinceId,
            CommuneId = commune.Id,
            Year = DemoData.Year,
            CreatedAt = now,
            UpdatedAt = now,
        };
        PlanMapper.Fill(plan, document, new UnitMatcher(units, commune.Locality));
        plan.Status = PlanStatus.Issued;
        plan.Number = demo.PlanNumber;
        plan.IssuedOn = demo.IssuedOn;
        plan.DateDay = demo.IssuedOn.Day;
        plan.DateMonth = demo.IssuedOn.Month;
        plan.DateYear = demo.IssuedOn.Year;
        plan.SubmittedAt = demo.IssuedOn.AddDays(-3).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        plan.ApprovedAt = demo.IssuedOn.AddDays(-1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return plan;
    }

    private static User NewUser(string userName, string fullName, UserRole role, int? provinceId, int? communeId, int? unitId) =>
        LocalAccounts.Create(userName, fullName, role, DemoData.Password, provinceId, communeId, unitId, demo: true);
}
