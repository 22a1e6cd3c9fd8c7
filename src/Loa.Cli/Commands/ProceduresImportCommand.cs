using Loa.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Loa.Cli.Commands;

/// <summary><c>loa procedures import</c>: loads a province's catalogue of administrative procedures from an export of the national database.</summary>
public sealed class ProceduresImportCommand : ICommand
{
    public IReadOnlyList<string> Verb => ["procedures", "import"];

    public string Summary => "Nhập danh mục thủ tục hành chính của một tỉnh từ tệp .xlsx/.csv xuất từ CSDL quốc gia về TTHC";

    public string Help => """
        loa procedures import — nhập danh mục thủ tục hành chính của một tỉnh

        Cách dùng:
          loa procedures import --province MÃ_TỈNH TỆP [--data THƯ_MỤC] [--provider Sqlite|Postgres] [--connection CHUỖI_KẾT_NỐI]

        Đọc tệp Excel (.xlsx) hoặc CSV (UTF-8, dấu phẩy hoặc chấm phẩy) xuất từ Cơ sở dữ liệu quốc gia về thủ tục
        hành chính, nhận các cột theo tiêu đề tiếng Việt ("Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện",
        "Thời hạn giải quyết", "Phí, lệ phí", "Thành phần hồ sơ", "Nơi tiếp nhận", "Mức độ dịch vụ công", "Đường dẫn" …)
        theo thứ tự bất kỳ. Thủ tục đã có (cùng mã, cùng tỉnh) được cập nhật, thủ tục mới được thêm; chạy lại với
        cùng tệp không thay đổi gì. Tệp có lỗi thì không nhập thủ tục nào và liệt kê lỗi theo dòng.

          --province    mã tỉnh, thành phố (2 chữ số, vd: 75 là Đồng Nai)
          --data        thư mục dữ liệu (mặc định .loa ở gốc mã nguồn, hoặc biến LOA_DATA)
          --provider    Sqlite (mặc định) hoặc Postgres
          --connection  chuỗi kết nối (bắt buộc với Postgres)

        Mã thoát: 0 đã nhập; 1 tệp có lỗi hoặc không đọc được; 2 sai cách dùng.
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        var files = new List<string>();
        var options = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                options.Add(args[i]);
                if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    options.Add(args[++i]);
                }
            }
            else
            {
                files.Add(args[i]);
            }
        }

        if (!CommandOptions.TryParse(options, ["--province", "--data", "--provider", "--connection"], [], out var parsed, out var error))
        {
            await context.Error.WriteLineAsync($"loa procedures import: {error}");
            return CommandRouter.Usage;
        }

        if (files.Count != 1 || parsed.GetValueOrDefault("--province") is not { Length: > 0 } provinceCode)
        {
            await context.Error.WriteLineAsync("loa procedures import: cần --province MÃ_TỈNH và đúng một tệp (xem --help).");
            return CommandRouter.Usage;
        }

        var path = files[0];
        if (!File.Exists(path))
        {
            await context.Error.WriteLineAsync($"loa procedures import: không tìm thấy tệp {path}.");
            return CommandRouter.Usage;
        }

        if (new FileInfo(path).Length > ProcedureImport.MaxBytes)
        {
            await context.Error.WriteLineAsync($"loa procedures import: tệp quá lớn; tối đa {ProcedureImport.MaxBytes / (1024 * 1024)} MB.");
            return CommandRouter.Failure;
        }

        var file = ProcedureImport.Read(await File.ReadAllBytesAsync(path));
        foreach (var note in file.Notes)
        {
            await context.Error.WriteLineAsync($"Lưu ý: {note}");
        }

        if (!file.Ok)
        {
            foreach (var problem in file.Problems)
            {
                await context.Error.WriteLineAsync(problem);
            }

            await context.Error.WriteLineAsync($"loa procedures import: tệp có {file.Problems.Count} lỗi; chưa nhập thủ tục nào.");
            return CommandRouter.Failure;
        }

        var database = CliDatabase.From(parsed);
        await using var db = database.Open();
        await Loa.Data.DatabaseInitializer.InitializeAsync(db);
        var province = await db.Provinces.FirstOrDefaultAsync(p => p.Code == provinceCode);
        if (province is null)
        {
            await context.Error.WriteLineAsync($"loa procedures import: không có tỉnh, thành phố mã {provinceCode}.");
            return CommandRouter.Usage;
        }

        var summary = await ProcedureImport.ApplyAsync(db, province.Id, file.Rows, DateTime.UtcNow);
        await context.Out.WriteLineAsync($"Đã nhập {summary.Total} thủ tục cho {province.Name} vào {database.Describe()}: {summary.Created} mới, {summary.Updated} cập nhật, {summary.Unchanged} không đổi.");
        return CommandRouter.Ok;
    }
}
