using System.Globalization;
using Loa.Demo;
using Loa.Domain;
using Loa.Domain.Geography;
using Loa.Text;
using Microsoft.EntityFrameworkCore;

namespace Loa.Cli.Commands;

/// <summary><c>loa demo generate</c>: fills every commune of a province with realistic demo data.</summary>
public sealed class DemoGenerateCommand : ICommand
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public IReadOnlyList<string> Verb => ["demo", "generate"];

    public string Summary => "Sinh dữ liệu trình diễn cho mọi xã, phường của một tỉnh, thành phố";

    public string Help => """
        loa demo generate — sinh dữ liệu trình diễn cho cả một tỉnh, thành phố

        Cách dùng:
          loa demo generate --province MÃ_HOẶC_TÊN [--year NĂM] [--seed SỐ] [--scale full|small] [--today NGÀY]
                            [--data THƯ_MỤC] [--provider Sqlite|Postgres] [--connection CHUỖI_KẾT_NỐI]

        Với mỗi xã, phường của tỉnh chưa có kế hoạch năm đó: tạo 6–10 đơn vị (Văn phòng HĐND và UBND,
        Phòng Văn hóa – Xã hội, Phòng Kinh tế, Trung tâm Phục vụ hành chính công, Mặt trận, đoàn thể, khu phố,
        thôn), 3 tài khoản (daumoi.<mã xã>, lanhdao.<mã xã>, donvi.<mã xã>; mật khẩu Loa-demo-2026, chỉ đăng
        nhập được khi bật chế độ trình diễn) và kế hoạch dựng từ một trong ba kế hoạch thật, đổi sang tên xã.
        Khoảng 8% xã không có kế hoạch; các xã khác có kế hoạch ban hành đúng hạn (trước 17/02), ban hành
        muộn (tháng 3–4), còn dự thảo hoặc đang chờ duyệt. Kế hoạch đã ban hành có hoạt động đã ghi nhận đến
        hôm nay và báo cáo của các kỳ đã quá hạn (phần lớn đúng hạn, một số muộn, đang soạn hoặc chưa có);
        tỉnh và một số xã có kết quả Chỉ số PAR INDEX, SIPAS 2023–2025. Tỉnh chưa có cán bộ tỉnh thì có thêm
        tài khoản tinh.<mã tỉnh>.
        Cùng --seed cho cùng dữ liệu; chạy lại không tạo trùng (xã đã có kế hoạch được bỏ qua).

          --province    mã 2 chữ số (79) hoặc tên tỉnh, không cần dấu ("dong nai", "ho chi minh")
          --year        năm kế hoạch (mặc định 2026)
          --seed        số khởi tạo ngẫu nhiên (mặc định 1)
          --scale       full (mặc định: ~8 đơn vị, ~10 nhiệm vụ, ~150 hoạt động mỗi xã) hoặc small
          --today       ngày coi là hôm nay, dạng 2026-11-21 (mặc định hôm nay theo giờ Việt Nam)
          --data        thư mục dữ liệu (mặc định .loa ở gốc mã nguồn, hoặc biến LOA_DATA)
          --provider    Sqlite (mặc định) hoặc Postgres
          --connection  chuỗi kết nối (bắt buộc với Postgres)
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        string[] valued = ["--province", "--year", "--seed", "--scale", "--today", "--data", "--provider", "--connection"];
        if (!CommandOptions.TryParse(args, valued, [], out var options, out var error))
        {
            await context.Error.WriteLineAsync($"loa demo generate: {error}");
            return CommandRouter.Usage;
        }

        if (options.GetValueOrDefault("--province") is not { Length: > 0 } provinceText)
        {
            await context.Error.WriteLineAsync("loa demo generate: thiếu --province (mã hoặc tên tỉnh, thành phố; xem --help).");
            return CommandRouter.Usage;
        }

        if (!Number(options, "--year", DemoData.Year, out var year) || year is < 2020 or > 2100)
        {
            await context.Error.WriteLineAsync("loa demo generate: --year phải là một năm, ví dụ 2026.");
            return CommandRouter.Usage;
        }

        if (!Number(options, "--seed", 1, out var seed))
        {
            await context.Error.WriteLineAsync("loa demo generate: --seed phải là một số nguyên.");
            return CommandRouter.Usage;
        }

        var scale = options.TryGetValue("--scale", out var scaleName) ? GenerationScale.FromName(scaleName) : GenerationScale.Full;
        if (scale is null)
        {
            await context.Error.WriteLineAsync("loa demo generate: --scale là full hoặc small.");
            return CommandRouter.Usage;
        }

        var today = VietnamTime.Today(TimeProvider.System);
        if (options.TryGetValue("--today", out var todayText)
            && !DateOnly.TryParseExact(todayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
        {
            await context.Error.WriteLineAsync("loa demo generate: --today viết dạng năm-tháng-ngày, ví dụ 2026-11-21.");
            return CommandRouter.Usage;
        }

        var database = CliDatabase.From(options);
        await using var db = database.Open();
        await Loa.Data.DatabaseInitializer.InitializeAsync(db);
        var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Code).ToListAsync();
        var matches = Find(provinces, provinceText);
        if (matches.Count != 1)
        {
            await context.Error.WriteLineAsync(matches.Count == 0
                ? $"loa demo generate: không có tỉnh, thành phố \"{provinceText}\"."
                : $"loa demo generate: \"{provinceText}\" khớp nhiều tỉnh: {string.Join(", ", matches.Select(p => $"{p.Code} {p.Name}"))}.");
            return CommandRouter.Usage;
        }

        await context.Out.WriteLineAsync($"Đang sinh dữ liệu trình diễn năm {year} cho {matches[0].Name} trong {database.Describe()} …");
        var result = await DemoProvinceGenerator.GenerateAsync(db, matches[0].Code, year, today, seed, scale);
        await context.Out.WriteAsync(Describe(result));
        return CommandRouter.Ok;
    }

    /// <summary>A province by its code ("79", "7" too) or its name folded ("dong nai", "tinh dong nai", "ho chi minh").</summary>
    public static List<Province> Find(IReadOnlyList<Province> provinces, string text)
    {
        var trimmed = text.Trim();
        if (trimmed.All(char.IsAsciiDigit) && trimmed.Length is 1 or 2)
        {
            return provinces.Where(p => p.Code == trimmed.PadLeft(2, '0')).ToList();
        }

        var folded = VietnameseText.FoldWords(trimmed);
        var exact = provinces.Where(p => VietnameseText.FoldWords(p.Locality) == folded || VietnameseText.FoldWords(p.Name) == folded).ToList();
        return exact.Count > 0
            ? exact
            : provinces.Where(p => VietnameseText.FoldWords(p.Name).Contains(folded, StringComparison.Ordinal)).ToList();
    }

    public static string Describe(GenerationResult result)
    {
        string N(int n) => n.ToString("#,0", Vietnamese);
        var states = result.PlanStates;
        var reports = result.CommuneReportStates;
        var units = result.UnitReportStates;
        return $"""
            Xong trong {result.Elapsed.TotalSeconds.ToString("0.0", Vietnamese)} giây: {result.ProvinceName}, năm {result.Year}, {N(result.CommunesInProvince)} xã, phường.
              Xã, phường được sinh dữ liệu: {N(result.Communes)} (bỏ qua {N(result.Skipped)} xã đã có kế hoạch hoặc đã đủ dữ liệu)
              Đơn vị: {N(result.Units)}    Tài khoản: {N(result.Accounts)}
              Kế hoạch: {N(result.Plans)} — ban hành đúng hạn {N(states[DemoPlanState.IssuedOnTime])}, ban hành muộn {N(states[DemoPlanState.IssuedLate])}, chờ duyệt {N(states[DemoPlanState.Submitted])}, dự thảo {N(states[DemoPlanState.Draft])}; chưa có kế hoạch {N(states[DemoPlanState.Missing])}
              Nhiệm vụ: {N(result.Tasks)}    Hoạt động: {N(result.Activities)}
              Báo cáo của xã (các kỳ đã quá hạn): {N(result.CommuneReports)} — đúng hạn {N(reports[DemoReportState.OnTime])}, muộn {N(reports[DemoReportState.Late])}, đang làm {N(reports[DemoReportState.InProgress])}; chưa có {N(reports[DemoReportState.Missing])}
              Báo cáo của đơn vị: {N(result.UnitReports)} — đúng hạn {N(units[DemoReportState.OnTime])}, muộn {N(units[DemoReportState.Late])}, đang làm {N(units[DemoReportState.InProgress])}; chưa có {N(units[DemoReportState.Missing])}
              Kết quả Chỉ số: {N(result.IndexResults)}
              Mật khẩu chung của tài khoản trình diễn: {DemoData.Password} (đăng nhập được khi bật chế độ trình diễn)

            """;
    }

    private static bool Number(Dictionary<string, string?> options, string name, int fallback, out int value)
    {
        value = fallback;
        return !options.TryGetValue(name, out var text) || int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }
}
