using System.Data.Common;
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

    public string Summary => "Sinh dữ liệu trình diễn cho mọi xã, phường của một tỉnh, thành phố hoặc cả nước";

    public string Help => """
        loa demo generate — sinh dữ liệu trình diễn cho cả một tỉnh, thành phố

        Cách dùng:
          loa demo generate --province MÃ_HOẶC_TÊN[,MÃ…] | --all  [--year NĂM] [--seed SỐ] [--scale full|small]
                            [--today NGÀY] [--limit SỐ_XÃ] [--data THƯ_MỤC] [--provider Sqlite|Postgres]
                            [--connection CHUỖI_KẾT_NỐI]

        Với mỗi xã, phường của tỉnh chưa có kế hoạch năm đó: tạo 6–10 đơn vị (Văn phòng HĐND và UBND,
        Phòng Văn hóa – Xã hội, Phòng Kinh tế, Trung tâm Phục vụ hành chính công, Mặt trận, đoàn thể, khu phố,
        thôn), 3 tài khoản (daumoi.<mã xã>, lanhdao.<mã xã>, donvi.<mã xã>; mật khẩu Loa-demo-2026, chỉ đăng
        nhập được khi bật chế độ trình diễn) và kế hoạch dựng từ một trong ba kế hoạch thật, đổi sang tên xã.
        Khoảng 8% xã không có kế hoạch; các xã khác có kế hoạch ban hành đúng hạn (trước 17/02), ban hành
        muộn (tháng 3–4), còn dự thảo hoặc đang chờ duyệt. Kế hoạch đã ban hành có hoạt động đã ghi nhận đến
        hôm nay và báo cáo của các kỳ đã quá hạn (phần lớn đúng hạn, một số muộn, đang soạn hoặc chưa có);
        tỉnh và một số xã có kết quả Chỉ số PAR INDEX, SIPAS 2023–2025. Tỉnh chưa có cán bộ tỉnh thì có thêm
        tài khoản tinh.<mã tỉnh>. Nếu cơ sở dữ liệu chưa có, trước hết dựng 3 xã, phường có kế hoạch thật như bản
        trình diễn trên web, để sau đó mở được bằng ứng dụng web ở chế độ trình diễn.
        Mỗi xã có thêm 4 tin bài và 5 phản ánh, kiến nghị của người dân trên trang thông tin của xã.
        Cùng --seed cho cùng dữ liệu; chạy lại không tạo trùng (xã đã có kế hoạch được bỏ qua).
        Các xã được ghi theo từng lô, mỗi lô trọn vẹn hoặc không có gì: dừng giữa chừng (Ctrl-C, tắt máy) rồi
        chạy lại đúng lệnh đó thì làm tiếp từ chỗ đã dừng. Khi in ra màn hình có thanh tiến độ (số tỉnh, số xã
        đã xong, tốc độ, thời gian còn lại); khi ghi ra tệp thì in từng dòng.

          --province    mã 2 chữ số (79) hoặc tên tỉnh, không cần dấu ("dong nai", "ho chi minh"); nhiều tỉnh
                        cách nhau bằng dấu phẩy (12,11)
          --all         mọi tỉnh, thành phố (34 tỉnh, 3.321 xã, phường)
          --limit       dừng sau chừng ấy xã, phường (để thử; chạy lại để làm tiếp)
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
        string[] valued = ["--province", "--year", "--seed", "--scale", "--today", "--data", "--provider", "--connection", "--limit"];
        if (!CommandOptions.TryParse(args, valued, ["--all"], out var options, out var error))
        {
            await context.Error.WriteLineAsync($"loa demo generate: {error}");
            return CommandRouter.Usage;
        }

        var all = options.ContainsKey("--all");
        var provinceText = options.GetValueOrDefault("--province");
        if (all == provinceText is { Length: > 0 })
        {
            await context.Error.WriteLineAsync(all
                ? "loa demo generate: dùng --all hoặc --province, không dùng cả hai."
                : "loa demo generate: thiếu --province (mã hoặc tên tỉnh, thành phố) hoặc --all (cả nước); xem --help.");
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

        if (!Number(options, "--limit", 0, out var limit) || limit < 0)
        {
            await context.Error.WriteLineAsync("loa demo generate: --limit là số xã, phường sinh trong lần chạy này, ví dụ 100.");
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
        List<Province> chosen = all ? provinces : [];
        foreach (var text in all ? [] : provinceText!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var matches = Find(provinces, text);
            if (matches.Count != 1)
            {
                await context.Error.WriteLineAsync(matches.Count == 0
                    ? $"loa demo generate: không có tỉnh, thành phố \"{text}\"."
                    : $"loa demo generate: \"{text}\" khớp nhiều tỉnh: {string.Join(", ", matches.Select(p => $"{p.Code} {p.Name}"))}.");
                return CommandRouter.Usage;
            }

            chosen.Add(matches[0]);
        }

        var what = chosen.Count == 1 ? chosen[0].Name : all ? "cả nước" : $"{chosen.Count} tỉnh, thành phố";
        if (await DemoSeeder.SeedRealCommunesAsync(db, today))
        {
            await context.Out.WriteLineAsync("Đã dựng 3 xã, phường có kế hoạch thật (Phước Tân, Canh Vinh, Hưng Phú) như bản trình diễn.");
        }

        await context.Out.WriteLineAsync($"Đang sinh dữ liệu trình diễn năm {year} cho {what} trong {database.Describe()} …");
        var terminal = ReferenceEquals(context.Out, Console.Out) && !Console.IsOutputRedirected;
        var bar = new GenerationProgressBar(context.Out, terminal);
        using var stop = new CancellationTokenSource();
        NationalProgress? last = null;
        var limited = false;
        var progress = new Watch(p =>
        {
            last = p;
            bar.Report(p);
            if (limit > 0 && p.CommunesThisRun >= limit && !stop.IsCancellationRequested)
            {
                limited = true;
                stop.Cancel();
            }
        });
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            stop.Cancel();
        }

        Console.CancelKeyPress += OnCancel;
        try
        {
            var codes = chosen.Select(p => p.Code).Distinct().ToList();
            var result = await DemoNationGenerator.GenerateAsync(db, codes, year, today, seed, scale, progress, stop.Token);
            bar.Finish();
            await context.Out.WriteAsync(Describe(result));
            await context.Out.WriteAsync(Size(database));
            return CommandRouter.Ok;
        }
        catch (Exception e) when (stop.IsCancellationRequested && e is OperationCanceledException or DbException or InvalidOperationException)
        {
            bar.Finish();
            var done = last is null
                ? ""
                : $" Đã có dữ liệu: {last.CommunesDone.ToString("#,0", Vietnamese)}/{last.Communes.ToString("#,0", Vietnamese)} xã, phường.";
            await context.Out.WriteLineAsync(
                $"{(limited ? $"Dừng theo --limit sau {last!.CommunesThisRun.ToString("#,0", Vietnamese)} xã, phường." : "Đã dừng theo yêu cầu.")}{done} "
                + "Chạy lại đúng lệnh này để làm tiếp: các xã, phường đã xong được giữ nguyên, không tạo trùng.");
            return limited ? CommandRouter.Ok : CommandRouter.Failure;
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
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
              Kết quả Chỉ số: {N(result.IndexResults)}    Tin bài: {N(result.Articles)}    Phản ánh, kiến nghị: {N(result.Feedback)}
              Mật khẩu chung của tài khoản trình diễn: {DemoData.Password} (đăng nhập được khi bật chế độ trình diễn)

            """;
    }

    /// <summary>"Cơ sở dữ liệu: 412,5 MB" for a SQLite file (with its write-ahead log); nothing for PostgreSQL.</summary>
    private static string Size(CliDatabase database)
    {
        if (database.Options.IsPostgres)
        {
            return "";
        }

        var file = Path.Combine(database.DataDirectory, "loa.db");
        var bytes = new[] { file, file + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
        return $"  Cơ sở dữ liệu: {(bytes / 1048576.0).ToString("#,0.0", Vietnamese)} MB\n";
    }

    /// <summary>Reports at once on the generating thread.</summary>
    private sealed class Watch(Action<NationalProgress> report) : IProgress<NationalProgress>
    {
        public void Report(NationalProgress value) => report(value);
    }

    private static bool Number(Dictionary<string, string?> options, string name, int fallback, out int value)
    {
        value = fallback;
        return !options.TryGetValue(name, out var text) || int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }
}
