using Loa.Activities;
using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Domain.Geography;
using Loa.Plans;
using Loa.Units;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Infrastructure;

/// <summary>
/// One commune of its own for one test: units, one account per role, and a plan with two tasks, built
/// behind the app's back. Each scenario takes a commune no other scenario of the run uses.
/// </summary>
public sealed class Scenario
{
    public const string Password = "Mat-khau-thu-nghiem-2026";

    private static int nextCommune = 100;

    public required Commune Commune { get; init; }

    public required Unit Culture { get; init; }

    public required Unit ServiceCentre { get; init; }

    public required Unit Neighbourhood { get; init; }

    public required User Leader { get; init; }

    public required User Coordinator { get; init; }

    public required User Officer { get; init; }

    public required User ProvinceOfficer { get; init; }

    public required Plan Plan { get; init; }

    public required KeyTask ArticlesTask { get; init; }

    public required KeyTask ClipsTask { get; init; }

    public Activity? Activity { get; private set; }

    public EvidenceFile? File { get; private set; }

    public IEnumerable<User> Users => [Leader, Coordinator, Officer];

    /// <summary>
    /// Builds the scenario; the plan is issued unless another status is asked for; its commune is in another province than one scenario,
    /// or in the same as another; it is in service (its portal takes feedback and surveys) unless asked otherwise.
    /// </summary>
    public static async Task<Scenario> CreateAsync(
        LoaAppFactory app,
        PlanStatus status = PlanStatus.Issued,
        bool withActivity = true,
        Scenario? otherProvinceThan = null,
        Scenario? sameProvinceAs = null,
        bool inService = true)
    {
        await using var db = app.SystemDb();
        Commune commune;
        do
        {
            var index = Interlocked.Add(ref nextCommune, 37);
            commune = await db.Communes.OrderBy(c => c.Id).Skip(index % 3300).FirstAsync();
        }
        while ((otherProvinceThan is not null && commune.ProvinceId == otherProvinceThan.Commune.ProvinceId)
            || (sameProvinceAs is not null && (commune.ProvinceId != sameProvinceAs.Commune.ProvinceId || commune.Id == sameProvinceAs.Commune.Id)));
        var tag = commune.Code;
        (commune.InService, commune.ServiceChangedAt, commune.ServiceChangedBy) = (inService, DateTime.UtcNow, "test");
        Unit NewUnit(string name, UnitKind kind, bool coordinator = false) =>
            new() { ProvinceId = commune.ProvinceId, CommuneId = commune.Id, Name = name, Kind = kind, IsCoordinator = coordinator };
        var culture = NewUnit("Phòng Văn hóa – Xã hội", UnitKind.Office, coordinator: true);
        var centre = NewUnit("Trung tâm Phục vụ hành chính công", UnitKind.Centre);
        var neighbourhood = NewUnit("Khu phố 1", UnitKind.Neighbourhood);
        db.Units.AddRange(culture, centre, neighbourhood);
        await db.SaveChangesAsync();

        User NewUser(string prefix, UserRole role, int? unitId, bool province = false) =>
            LocalAccounts.Create($"{prefix}.{tag}", $"Người thử {prefix} {tag}", role, Password, commune.ProvinceId, province ? null : commune.Id, unitId);

        var leader = NewUser("lanhdao", UserRole.Leader, null);
        var coordinatorUser = NewUser("daumoi", UserRole.Coordinator, culture.Id);
        var officer = NewUser("donvi", UserRole.UnitOfficer, centre.Id);
        var provinceOfficer = NewUser("tinh", UserRole.ProvinceOfficer, null, province: true);
        db.Users.AddRange(leader, coordinatorUser, officer, provinceOfficer);

        var plan = new Plan
        {
            ProvinceId = commune.ProvinceId,
            CommuneId = commune.Id,
            Year = 2026,
            Status = status,
            IssuerName = commune.GovernmentName,
            IssuerKind = commune.Kind.Word(),
            IssuerLocality = commune.Locality,
            Place = commune.Locality,
            Title = $"Thông tin, tuyên truyền cải cách hành chính {commune.Name} năm 2026",
            Number = status == PlanStatus.Issued ? "07/KH-UBND" : null,
            IssuedOn = status == PlanStatus.Issued ? new DateOnly(2026, 2, 1) : null,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
            Recipients = ["Sở Nội vụ", "Lưu: VT"],
        };
        var point = new Section { Label = "a", Paragraphs = ["Điểm a."] };
        var item = new Section { Label = "1", Heading = "Mục đích", Paragraphs = ["Nâng cao nhận thức."], Children = [point] };
        var part = new Section
        {
            Label = "I",
            Heading = "MỤC ĐÍCH, YÊU CẦU",
            Role = "purpose",
            Paragraphs = [$"Mục đích riêng của {commune.Name}."],
            Children = [item],
        };
        plan.Sections = [part, item, point];
        KeyTask NewTask(int order, string name, string quantity, int value, string unitWord, Unit lead, Unit? partner) => new()
        {
            ProvinceId = commune.ProvinceId,
            CommuneId = commune.Id,
            Order = order,
            Label = (order + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Name = name,
            Timeframe = "Trong năm 2026",
            QuantityValue = value,
            QuantityUnit = unitWord,
            QuantityText = quantity,
            Units =
            [
                new KeyTaskUnit { Role = TaskUnitRole.Lead, Name = lead.Name, UnitId = lead.Id },
                .. partner is null
                    ? Array.Empty<KeyTaskUnit>()
                    : [new KeyTaskUnit { Role = TaskUnitRole.Partner, Name = partner.Name, UnitId = partner.Id, Order = 0 }],
            ],
        };
        var articles = NewTask(0, $"Đăng tin, bài về cải cách hành chính của {commune.Name}", "04 tin, bài", 4, "tin, bài", culture, null);
        var clips = NewTask(1, $"Xây dựng video clip hướng dẫn dịch vụ công ({tag})", "02 clip", 2, "clip", centre, culture);
        plan.Tasks = [articles, clips];
        db.Plans.Add(plan);
        await db.SaveChangesAsync();

        var scenario = new Scenario
        {
            Commune = commune,
            Culture = culture,
            ServiceCentre = centre,
            Neighbourhood = neighbourhood,
            Leader = leader,
            Coordinator = coordinatorUser,
            Officer = officer,
            ProvinceOfficer = provinceOfficer,
            Plan = plan,
            ArticlesTask = articles,
            ClipsTask = clips,
        };
        if (withActivity && status == PlanStatus.Issued)
        {
            await scenario.AddActivityAsync(app, db);
        }

        return scenario;
    }

    /// <summary>A system administrator of its own, for tests of the administration pages.</summary>
    public static async Task<User> CreateAdminAsync(LoaAppFactory app)
    {
        await using var db = app.SystemDb();
        var admin = LocalAccounts.Create("quantri." + Guid.NewGuid().ToString("N")[..8], "Quản trị thử nghiệm", UserRole.SystemAdmin, Password);
        db.Users.Add(admin);
        await db.SaveChangesAsync();
        return admin;
    }

    /// <summary>An officer of one of the scenario's units (besides <see cref="Officer"/>, who works at the service centre).</summary>
    public async Task<User> AddUnitOfficerAsync(LoaAppFactory app, Unit unit)
    {
        await using var db = app.SystemDb();
        var user = LocalAccounts.Create(
            $"donvi{unit.Id}.{Commune.Code}", $"Cán bộ {unit.Name}", UserRole.UnitOfficer, Password, Commune.ProvinceId, Commune.Id, unit.Id);
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }

    /// <summary>
    /// An activity of <paramref name="unit"/> for <paramref name="task"/>, with one photo as evidence, recorded by
    /// <paramref name="recordedBy"/>.
    /// </summary>
    public async Task<(Activity Activity, EvidenceFile File)> AddActivityAsync(LoaAppFactory app, Unit unit, KeyTask task, User recordedBy, string title)
    {
        await using var db = app.SystemDb();
        return await AddActivityAsync(app, db, unit, task, recordedBy, title);
    }

    private async Task AddActivityAsync(LoaAppFactory app, LoaDbContext db) =>
        (Activity, File) = await AddActivityAsync(
            app, db, ServiceCentre, ClipsTask, Officer, $"Video hướng dẫn nộp hồ sơ trực tuyến ({Commune.Code})");

    private async Task<(Activity Activity, EvidenceFile File)> AddActivityAsync(
        LoaAppFactory app, LoaDbContext db, Unit unit, KeyTask task, User recordedBy, string title)
    {
        var stored = Guid.NewGuid().ToString("N");
        var folder = Path.Combine(app.DataPath, "uploads", Commune.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        await System.IO.File.WriteAllBytesAsync(Path.Combine(folder, stored), TestFiles.Png);
        var file = new EvidenceFile
        {
            ProvinceId = Commune.ProvinceId,
            CommuneId = Commune.Id,
            FileName = "anh-minh-chung.png",
            StoredName = stored,
            ContentType = "image/png",
            Length = TestFiles.Png.Length,
            Sha256 = "",
            UploadedAt = DateTime.UtcNow,
            UploadedById = recordedBy.Id,
        };
        var activity = new Activity
        {
            ProvinceId = Commune.ProvinceId,
            CommuneId = Commune.Id,
            PlanId = Plan.Id,
            TaskId = task.Id,
            UnitId = unit.Id,
            Date = new DateOnly(2026, 3, 10),
            Title = title,
            Quantity = 1,
            Channel = ChannelKind.Video,
            Views = 1200,
            RecordedById = recordedBy.Id,
            RecordedAt = DateTime.UtcNow,
            Files = [file],
        };
        db.Activities.Add(activity);
        await db.SaveChangesAsync();
        return (activity, file);
    }
}
