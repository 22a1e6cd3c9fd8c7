using System.Globalization;
using System.Text;
using Loa.Activities;
using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Domain.Geography;
using Loa.Indices;
using Loa.Plans;
using Loa.Units;
using Microsoft.EntityFrameworkCore;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace Loa.Demo;

/// <summary>
/// Fills a whole province with realistic demo data, so that its dashboards show communes in every state:
/// each commune without a plan for the year gets units, three accounts (coordinator, leader, unit officer)
/// and — except about 8% that have none — a plan built from one of the three real plan texts, moved to the
/// commune; issued on time, issued late, still a draft or waiting for approval. Issued plans get a year of
/// recorded activities up to <c>today</c> and the periodic reports of the periods already past; some communes
/// and the province get index results. Everything is decided by the seed and the commune's code, so a second
/// run makes the same choices and adds nothing to communes already generated. Communes are written in
/// batches, one transaction each, with the change tracker cleared in between so memory stays flat.
/// </summary>
public static class DemoProvinceGenerator
{
    /// <summary>The province's deadline for the communes' plans ("ban hành kế hoạch chậm nhất trước ngày 17/02").</summary>
    public static DateOnly IssueDeadline(int year) => new(year, 2, 17);

    private static readonly (string File, PlanPlace Place)[] Templates =
    [
        ("canh-vinh-2026.txt", new PlanPlace("xã", "Canh Vinh", "tỉnh", "Gia Lai")),
        ("hung-phu-2026.txt", new PlanPlace("phường", "Hưng Phú", "thành phố", "Cần Thơ")),
        ("phuoc-tan-2026.txt", new PlanPlace("phường", "Phước Tân", "tỉnh", "Đồng Nai")),
    ];

    public static Task<GenerationResult> GenerateAsync(
        LoaDbContext db,
        string provinceCode,
        int year,
        DateOnly today,
        int seed,
        GenerationScale scale,
        CancellationToken cancellationToken = default) => GenerateAsync(db, provinceCode, year, today, seed, scale, SetupStep.Nobody, cancellationToken);

    /// <summary>As above, saying on <paramref name="progress"/> how many communes are done.</summary>
    public static async Task<GenerationResult> GenerateAsync(
        LoaDbContext db,
        string provinceCode,
        int year,
        DateOnly today,
        int seed,
        GenerationScale scale,
        IProgress<SetupStep> progress,
        CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var province = await db.Provinces.AsNoTracking().SingleOrDefaultAsync(p => p.Code == provinceCode, cancellationToken)
            ?? throw new ArgumentException($"Không có tỉnh, thành phố mã {provinceCode}.", nameof(provinceCode));
        var communes = await db.Communes.AsNoTracking().Where(c => c.ProvinceId == province.Id).OrderBy(c => c.Code).ToListAsync(cancellationToken);
        var result = new GenerationResult { ProvinceName = province.Name, Year = year, CommunesInProvince = communes.Count };
        await UseDemoDeadlineAsync(db, province, year, cancellationToken);

        var planned = (await db.Plans.IgnoreQueryFilters()
            .Where(p => p.ProvinceId == province.Id && p.Year == year && p.CommuneId != null && p.UnitId == null)
            .Select(p => p.CommuneId!.Value)
            .ToListAsync(cancellationToken)).ToHashSet();
        var fates = Fates(province, communes, year, seed);
        var context = new GenerationContext(db, province, year, today, scale, result) { Seed = seed };

        var todo = communes.Where(c => !planned.Contains(c.Id)).ToList();

        // Progress counts the communes generated for the first time: those left without a plan on purpose are looked at again.
        var started = (await db.Units.IgnoreQueryFilters()
            .Where(u => u.ProvinceId == province.Id && u.CommuneId != null)
            .Select(u => u.CommuneId!.Value)
            .Distinct()
            .ToListAsync(cancellationToken)).ToHashSet();
        var fresh = todo.Count(c => !started.Contains(c.Id));
        var message = $"Đang sinh dữ liệu trình diễn cho các xã, phường khác của {province.Name}";
        var done = 0;
        foreach (var batch in todo.Chunk(scale.CommunesPerBatch))
        {
            var freshInBatch = batch.Count(c => !started.Contains(c.Id));
            if (freshInBatch > 0)
            {
                progress.Report(new SetupStep(message, done, fresh));
            }

            await GenerateBatchAsync(context, batch, fates, cancellationToken);
            done += freshInBatch;
        }

        if (fresh > 0)
        {
            progress.Report(new SetupStep(message, done, fresh));
        }

        result.Skipped = communes.Count - result.Communes;
        await AddProvinceLevelAsync(context, seed, cancellationToken);
        await DemoService.TurnOnFilledCommunesAsync(db, cancellationToken);
        result.Elapsed = clock.Elapsed;
        return result;
    }

    /// <summary>The province's own deadline for plans becomes the one the generated plans were issued against, unless the province set one.</summary>
    private static async Task UseDemoDeadlineAsync(LoaDbContext db, Province province, int year, CancellationToken cancellationToken)
    {
        var deadline = IssueDeadline(year);
        if (province.PlanDueMonth != 3 || province.PlanDueDay != 31)
        {
            return;
        }

        var tracked = await db.Provinces.SingleAsync(p => p.Id == province.Id, cancellationToken);
        tracked.PlanDueMonth = province.PlanDueMonth = deadline.Month;
        tracked.PlanDueDay = province.PlanDueDay = deadline.Day;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>What becomes of each commune: decided for the whole province at once, by quota, so that every state is present.</summary>
    private static Dictionary<int, CommuneFate> Fates(Province province, List<Commune> communes, int year, int seed)
    {
        var order = communes.OrderBy(c => Seed(seed, year, c.Code, "order")).ToList();
        var n = order.Count;
        int Quota(double share) => n == 0 ? 0 : Math.Max(1, (int)Math.Round(n * share));
        var quotas = new (DemoPlanState State, int Count)[]
        {
            (DemoPlanState.Missing, Quota(0.08)),
            (DemoPlanState.Draft, Quota(0.05)),
            (DemoPlanState.Submitted, Quota(0.04)),
            (DemoPlanState.IssuedLate, Quota(0.18)),
        };
        var states = quotas.SelectMany(q => Enumerable.Repeat(q.State, q.Count)).ToList();

        var fates = new Dictionary<int, CommuneFate>();
        foreach (var (commune, i) in order.Select((c, i) => (c, i)))
        {
            var random = new Random(Seed(seed, year, commune.Code, "fate"));
            var state = i < states.Count ? states[i] : DemoPlanState.IssuedOnTime;
            var d = random.NextDouble();
            var diligence = state switch
            {
                DemoPlanState.IssuedOnTime => d < 0.70 ? Diligence.Good : d < 0.92 ? Diligence.Average : Diligence.Poor,
                DemoPlanState.IssuedLate => d < 0.30 ? Diligence.Good : d < 0.65 ? Diligence.Average : Diligence.Poor,
                _ => Diligence.Poor,
            };
            fates[commune.Id] = new CommuneFate(state, diligence, random.Next(Templates.Length), random.NextDouble() < 0.3);
        }

        // Index results of the communes that were assessed, ranked among them each year by score.
        var assessed = order.Where(c => fates[c.Id].Assessed).ToList();
        for (var y = DemoIndices.FirstYear; y <= Math.Min(DemoIndices.LastYear, year); y++)
        {
            var results = assessed.Select(c =>
            {
                var random = new Random(Seed(seed, y, c.Code, "index"));
                var level = 0.78 + (random.NextDouble() * 0.16) + ((y - DemoIndices.FirstYear) * 0.015);
                var par = DemoIndices.Par(province.Id, c.Id, y, level, random, null, null);
                var sipas = DemoIndices.Sipas(province.Id, c.Id, y, level + 0.02, random, null, null);
                return (Commune: c, Par: par, Sipas: sipas);
            }).ToList();
            foreach (var (r, rank) in results.OrderByDescending(r => r.Par.Score).Select((r, i) => (r, i + 1)))
            {
                (r.Par.Rank, r.Par.RankOf) = (rank, results.Count);
                fates[r.Commune.Id].Indices.Add(r.Par);
            }

            foreach (var (r, rank) in results.OrderByDescending(r => r.Sipas.Score).Select((r, i) => (r, i + 1)))
            {
                (r.Sipas.Rank, r.Sipas.RankOf) = (rank, results.Count);
                fates[r.Commune.Id].Indices.Add(r.Sipas);
            }
        }

        return fates;
    }

    private static async Task GenerateBatchAsync(
        GenerationContext context,
        Commune[] batch,
        Dictionary<int, CommuneFate> fates,
        CancellationToken cancellationToken)
    {
        var db = context.Db;
        var ids = batch.Select(c => c.Id).ToList();
        var existingUnits = (await db.Units
                .IgnoreQueryFilters()
                .Where(u => u.CommuneId != null && ids.Contains(u.CommuneId.Value))
                .ToListAsync(cancellationToken))
            .ToLookup(u => u.CommuneId!.Value);
        var names = batch.SelectMany(c => Roles.Select(r => UserName(r.Prefix, c))).ToList();
        var existingUsers = (await db.Users.Where(u => names.Contains(u.UserName!)).ToListAsync(cancellationToken)).ToDictionary(u => u.UserName!);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // 1. Units: their ids are needed by tasks, activities, reports and accounts.
        var work = new List<CommuneWork>();
        foreach (var commune in batch)
        {
            var random = new Random(Seed(context.Seed, context.Year, commune.Code, "commune"));
            var item = new CommuneWork(commune, fates[commune.Id], random);
            if (existingUnits[commune.Id].Any())
            {
                item.Units.AddRange(existingUnits[commune.Id]);
            }
            else
            {
                var count = random.Next(context.Scale.MinUnits, context.Scale.MaxUnits + 1);
                item.Units.AddRange(DemoWords.Units(commune, context.Province.Code, count, random).Select(u => new Unit
                {
                    ProvinceId = commune.ProvinceId,
                    CommuneId = commune.Id,
                    Name = u.Name,
                    Kind = u.Kind,
                    IsCoordinator = u.Name == DemoWords.Coordinator,
                }));
                db.Units.AddRange(item.Units);
                item.Created = true;
                context.Result.Units += item.Units.Count;
            }

            work.Add(item);
        }

        await db.SaveChangesAsync(cancellationToken);

        // 2. Accounts, the plan with its tasks and activities, index results.
        foreach (var item in work)
        {
            item.Staff = Accounts(context, item, existingUsers);
            if (item.Fate.State != DemoPlanState.Missing && item.Units.Any(u => u.IsCoordinator))
            {
                BuildPlan(context, item);
            }
            else
            {
                context.Result.PlanStates[DemoPlanState.Missing] += item.Created ? 1 : 0;
            }

            if (item.Created)
            {
                db.IndexResults.AddRange(item.Fate.Indices);
                context.Result.IndexResults += item.Fate.Indices.Count;
                AddPortal(context, item);
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        // 3. What needs the plan's id: its first version and the periodic reports.
        foreach (var item in work.Where(w => w.Plan is not null))
        {
            var plan = item.Plan!;
            db.PlanVersions.Add(new PlanVersion
            {
                PlanId = plan.Id,
                ProvinceId = plan.ProvinceId,
                CommuneId = plan.CommuneId,
                Number = 1,
                CreatedAt = plan.UpdatedAt,
                UserId = plan.Status == PlanStatus.Issued ? item.Staff!.LeaderId : item.Staff!.CoordinatorId,
                UserName = UserName(plan.Status == PlanStatus.Issued ? "lanhdao" : "daumoi", item.Commune),
                Summary = plan.Status switch
                {
                    PlanStatus.Issued => $"Ban hành, số {plan.Number}",
                    PlanStatus.Submitted => "Trình lãnh đạo duyệt",
                    _ => "Soạn từ kế hoạch mẫu",
                },
                Status = plan.Status,
                Snapshot = PlanJson.Serialize(PlanMapper.ToDocument(plan), indented: false),
            });
            if (plan.IssuedOn is { } issuedOn)
            {
                var reports = new DemoReports(item.Random, context.Province, item.Commune, context.Today);
                reports.For(plan, issuedOn, item.Staff!, item.Fate.Diligence, context.Result);
                db.UnitReports.AddRange(reports.UnitReports);
                db.CommuneReports.AddRange(reports.CommuneReports);
                context.Result.UnitReports += reports.UnitReports.Count;
                context.Result.CommuneReports += reports.CommuneReports.Count;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        context.Result.Communes += work.Count(w => w.Created || w.Plan is not null || w.NewAccounts);
    }

    /// <summary>A new commune's news and citizen feedback, from a random of its own so the rest of its data stays as it was.</summary>
    private static void AddPortal(GenerationContext context, CommuneWork item)
    {
        var random = new Random(Seed(context.Seed, context.Year, item.Commune.Code, "portal"));
        var articles = DemoCommunePortal.Articles(item.Commune, item.Staff!.CoordinatorId, item.CoordinatorName ?? "", context.Today, random);
        var feedback = DemoCommunePortal.Feedback(item.Commune, item.Units, item.Staff, context.Today, random);
        context.Db.Articles.AddRange(articles);
        context.Db.Feedback.AddRange(feedback);
        context.Result.Articles += articles.Count;
        context.Result.Feedback += feedback.Count;
    }

    private static readonly (string Prefix, UserRole Role)[] Roles =
    [
        ("daumoi", UserRole.Coordinator),
        ("lanhdao", UserRole.Leader),
        ("donvi", UserRole.UnitOfficer),
    ];

    /// <summary>"daumoi.26299": the role's prefix and the commune's code.</summary>
    public static string UserName(string prefix, Commune commune) => $"{prefix}.{commune.Code}";

    private static DemoStaff Accounts(GenerationContext context, CommuneWork item, Dictionary<string, User> existing)
    {
        var coordinatorUnit = item.Units.FirstOrDefault(u => u.IsCoordinator) ?? item.Units.First();
        var officerUnit = item.Units.FirstOrDefault(u => u.Name == DemoWords.ServiceCentre) ?? coordinatorUnit;
        string Account(string prefix, UserRole role, int? unitId)
        {
            var userName = UserName(prefix, item.Commune);
            if (existing.TryGetValue(userName, out var user))
            {
                item.CoordinatorName = role == UserRole.Coordinator ? user.FullName : item.CoordinatorName;
                return user.Id;
            }

            user = LocalAccounts.CreateHashed(
                userName,
                DemoWords.PersonName(item.Random),
                role,
                context.PasswordHash,
                item.Commune.ProvinceId,
                item.Commune.Id,
                unitId,
                demo: true);
            user.Email = $"{userName}@demo.loa.vn";
            user.NormalizedEmail = user.Email.ToUpperInvariant();
            user.EmailConfirmed = true;
            context.Db.Users.Add(user);
            context.Result.Accounts++;
            item.NewAccounts = true;
            if (role == UserRole.Leader)
            {
                item.LeaderName = user.FullName;
            }

            item.CoordinatorName = role == UserRole.Coordinator ? user.FullName : item.CoordinatorName;

            return user.Id;
        }

        var coordinator = Account("daumoi", UserRole.Coordinator, coordinatorUnit.Id);
        var leader = Account("lanhdao", UserRole.Leader, null);
        var officer = Account("donvi", UserRole.UnitOfficer, officerUnit.Id);
        return new DemoStaff(leader, coordinator, officer, officerUnit.Id);
    }

    private static void BuildPlan(GenerationContext context, CommuneWork item)
    {
        var (commune, fate, random) = (item.Commune, item.Fate, item.Random);
        var year = context.Year;
        var word = commune.Kind.Word();
        var (template, place) = context.Template(fate.Template);
        var document = DemoPlanPlaces.Move(template, place, new PlanPlace(word, commune.Locality, context.Province.Kind, context.Province.Locality));
        document.Issuer = new PlanIssuer { Name = commune.GovernmentName, Kind = word, Locality = commune.Locality };
        document.Place = commune.Locality;
        document.Tasks = DemoExtraTasks.Complete(document.Tasks, context.Scale.Tasks, word, year, random);
        document.Signer.Name = item.LeaderName ?? DemoWords.PersonName(random);

        // When it happened: issued plans between mid-January and the deadline, or in March – April; a plan
        // that would be issued after today is still waiting for approval.
        var state = fate.State;
        var yearStart = new DateOnly(year, 1, 1);
        var issuedOn = state switch
        {
            DemoPlanState.IssuedOnTime => IssueDeadline(year).AddDays(-random.Next(1, 33)),
            DemoPlanState.IssuedLate => new DateOnly(year, 3, 1).AddDays(random.Next(0, 61)),
            _ => (DateOnly?)null,
        };
        if (issuedOn > context.Today)
        {
            (issuedOn, state) = (null, DemoPlanState.Submitted);
        }

        var last = Earlier(context.Today, new DateOnly(year, 12, 31));
        var created = Earlier(last, Later(yearStart.AddDays(2), (issuedOn ?? last).AddDays(-random.Next(8, 30))));
        var plan = new Plan
        {
            ProvinceId = commune.ProvinceId,
            CommuneId = commune.Id,
            Year = year,
            CreatedAt = DemoClock.At(created, 9),
        };
        PlanMapper.Fill(plan, document, new UnitMatcher(item.Units, commune.Locality));
        plan.Year = year;
        plan.Status = state switch
        {
            DemoPlanState.Draft => PlanStatus.Draft,
            DemoPlanState.Submitted => PlanStatus.Submitted,
            _ => PlanStatus.Issued,
        };
        plan.Number = null;
        (plan.DateDay, plan.DateMonth, plan.DateYear) = (null, null, year);
        if (issuedOn is { } on)
        {
            plan.Number = $"{random.Next(5, 80).ToString(CultureInfo.InvariantCulture)}/KH-UBND";
            plan.IssuedOn = on;
            (plan.DateDay, plan.DateMonth) = (on.Day, on.Month);
            plan.SubmittedAt = DemoClock.At(Later(created, on.AddDays(-random.Next(3, 8))), 14);
            plan.ApprovedAt = DemoClock.At(Later(created, on.AddDays(-random.Next(0, 3))), 10);
            plan.ApprovedById = item.Staff!.LeaderId;
            plan.UpdatedAt = DemoClock.At(on, 16);
        }
        else if (state == DemoPlanState.Submitted)
        {
            var submitted = Earlier(last, created.AddDays(random.Next(3, 20)));
            plan.SubmittedAt = DemoClock.At(submitted, 15);
            plan.UpdatedAt = plan.SubmittedAt.Value;
        }
        else
        {
            plan.UpdatedAt = DemoClock.At(Earlier(last, created.AddDays(random.Next(0, 15))), 11);
        }

        context.Db.Plans.Add(plan);
        item.Plan = plan;
        context.Result.Plans++;
        context.Result.PlanStates[state]++;
        context.Result.Tasks += plan.Tasks.Count;

        if (issuedOn is { } issued)
        {
            var coordinatorUnit = item.Units.First(u => u.IsCoordinator).Id;
            var factor = fate.Diligence switch
            {
                Diligence.Good => 1.1,
                Diligence.Average => 0.85,
                _ => 0.55,
            };
            var budget = (int)Math.Round(context.Scale.ActivitiesPerCommune * factor);
            var everyDays = DemoActivities.EveryDaysFor(plan, issued, context.Today, budget);
            var activities = DemoActivities.For(plan, item.Staff!.RecorderFor, coordinatorUnit, issued, context.Today, random, everyDays);
            context.Db.Activities.AddRange(activities);
            item.Activities.AddRange(activities);
            context.Result.Activities += activities.Count;
        }
    }

    /// <summary>The province's own index results (if it has none for those years) and an officer account if it has none.</summary>
    private static async Task AddProvinceLevelAsync(GenerationContext context, int seed, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var province = context.Province;
        var known = await db.IndexResults.IgnoreQueryFilters()
            .Where(r => r.ProvinceId == province.Id && r.CommuneId == null)
            .Select(r => new { r.Kind, r.Year })
            .ToListAsync(cancellationToken);
        for (var year = DemoIndices.FirstYear; year <= Math.Min(DemoIndices.LastYear, context.Year); year++)
        {
            var random = new Random(Seed(seed, year, province.Code, "province-index"));
            var level = 0.8 + (random.NextDouble() * 0.12) + ((year - DemoIndices.FirstYear) * 0.01);
            var of = DemoIndices.Provinces(year);
            if (!known.Any(k => k.Kind == IndexKind.ParIndex && k.Year == year))
            {
                db.IndexResults.Add(DemoIndices.Par(province.Id, null, year, level, random, random.Next(1, (of / 2) + 1), of));
                context.Result.IndexResults++;
            }

            if (!known.Any(k => k.Kind == IndexKind.Sipas && k.Year == year))
            {
                db.IndexResults.Add(DemoIndices.Sipas(province.Id, null, year, level + 0.03, random, random.Next(1, (of / 2) + 1), of));
                context.Result.IndexResults++;
            }
        }

        if (!await db.Users.AnyAsync(u => u.Role == UserRole.ProvinceOfficer && u.ProvinceId == province.Id, cancellationToken))
        {
            var userName = $"tinh.{province.Code}";
            var officerName = DemoWords.PersonName(new Random(Seed(seed, context.Year, province.Code, "officer")));
            var officer = LocalAccounts.CreateHashed(
                userName,
                officerName,
                UserRole.ProvinceOfficer,
                context.PasswordHash,
                province.Id,
                demo: true);
            officer.Email = $"{userName}@demo.loa.vn";
            officer.NormalizedEmail = officer.Email.ToUpperInvariant();
            db.Users.Add(officer);
            context.Result.Accounts++;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>A seed that depends only on its parts (string.GetHashCode differs between runs): FNV-1a of the text.</summary>
    private static int Seed(int seed, int year, string code, string purpose)
    {
        var hash = 2166136261;
        foreach (var b in Encoding.UTF8.GetBytes($"{seed}|{year}|{code}|{purpose}"))
        {
            hash = unchecked((hash ^ b) * 16777619);
        }

        return unchecked((int)hash);
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    private sealed record CommuneFate(DemoPlanState State, Diligence Diligence, int Template, bool Assessed)
    {
        public List<IndexResult> Indices { get; } = [];
    }

    private sealed class CommuneWork(Commune commune, CommuneFate fate, Random random)
    {
        public Commune Commune { get; } = commune;

        public CommuneFate Fate { get; } = fate;

        public Random Random { get; } = random;

        public List<Unit> Units { get; } = [];

        public bool Created { get; set; }

        public bool NewAccounts { get; set; }

        public string? LeaderName { get; set; }

        public string? CoordinatorName { get; set; }

        public DemoStaff? Staff { get; set; }

        public Plan? Plan { get; set; }

        public List<Activity> Activities { get; } = [];
    }

    /// <summary>What every commune of one run shares: the database, the province, the day, the parsed model plans, the password's hash.</summary>
    private sealed class GenerationContext(LoaDbContext db, Province province, int year, DateOnly today, GenerationScale scale, GenerationResult result)
    {
        private readonly Dictionary<int, (string Json, PlanPlace Place)> templates = [];
        private string? passwordHash;

        public LoaDbContext Db { get; } = db;

        public Province Province { get; } = province;

        public int Year { get; } = year;

        public DateOnly Today { get; } = today;

        public GenerationScale Scale { get; } = scale;

        public GenerationResult Result { get; } = result;

        public int Seed { get; init; }

        public string PasswordHash => passwordHash ??= LocalAccounts.Hash(DemoData.Password);

        /// <summary>A model plan, parsed once and moved to the generated year; each call gives a fresh copy.</summary>
        public (PlanDocument Document, PlanPlace Place) Template(int index)
        {
            if (!templates.TryGetValue(index, out var template))
            {
                var (file, place) = Templates[index];
                var document = Plans.Parsing.PlanTextParser.Parse(DemoPlanTexts.Read(file));
                if (document.Tasks.Count == 0)
                {
                    document.Tasks = PhuocTanAppendix.Tasks();
                }

                document = PlanYearShift.Shift(document, document.Year ?? DemoData.Year, Year);
                template = (PlanJson.Serialize(document, indented: false), place);
                templates[index] = template;
            }

            return (PlanJson.Deserialize(template.Json), template.Place);
        }
    }
}
