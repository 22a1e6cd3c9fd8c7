using Loa.Documents;
using Loa.Reports;

namespace Loa.Cli.Commands;

/// <summary>
/// <c>loa report pdf</c>: the report <c>loa report docx</c> writes, as PDF/A-2b through LibreOffice; exit 3 with a
/// Vietnamese message when LibreOffice is missing, and nothing written.
/// </summary>
public sealed class ReportPdfCommand : ICommand
{
    private const string Name = "loa report pdf";

    public IReadOnlyList<string> Verb => ["report", "pdf"];

    public string Summary => "Xuất báo cáo định kỳ của một xã, phường ra tệp PDF (PDF/A); cần LibreOffice";

    public string Help => """
        loa report pdf — xuất báo cáo kết quả thông tin, tuyên truyền CCHC của xã, phường ra tệp PDF (PDF/A-2b)

        Cách dùng:
          loa report pdf --commune MÃ --year NĂM --period q1|h1|q3|year -o BÁO_CÁO.pdf
                         [--data THƯ_MỤC] [--provider Sqlite|Postgres] [--connection CHUỖI_KẾT_NỐI] [--office SOFFICE]

          --commune     mã xã, phường theo danh mục hành chính (ví dụ 26041)
          --year        năm của kế hoạch (ví dụ 2026)
          --period      kỳ báo cáo: q1 (quý I), h1 (6 tháng), q3 (9 tháng), year (năm)
          -o            tệp .pdf sẽ ghi (ghi qua tệp tạm, không bao giờ để lại tệp dở dang)
        """ + PdfTool.OfficeHelp + """

        Báo cáo giống hệt tệp của loa report docx: đã duyệt thì đúng như khi duyệt, chưa duyệt thì tính đến ngày chốt số liệu.
        Mã thoát: 0 thành công; 1 không có báo cáo hoặc không ghi được tệp; 2 dùng sai lệnh; 3 chưa có LibreOffice.
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        if (!CommandOptions.TryParse(
            args, ["--commune", "--year", "--period", "-o", "--data", "--provider", "--connection", "--office"], [], out var options, out var error))
        {
            return await UsageAsync(context, error!);
        }

        if (options.GetValueOrDefault("--commune") is not { Length: > 0 } code)
        {
            return await UsageAsync(context, "thiếu --commune (mã xã, phường).");
        }

        if (!int.TryParse(options.GetValueOrDefault("--year"), out var year) || year is < 2000 or > 2100)
        {
            return await UsageAsync(context, "thiếu hoặc sai --year (ví dụ 2026).");
        }

        if (ReportPeriodKindText.FromCode(options.GetValueOrDefault("--period")) is not { } kind)
        {
            return await UsageAsync(context, "thiếu hoặc sai --period (q1, h1, q3 hoặc year).");
        }

        if (options.GetValueOrDefault("-o") is not { Length: > 0 } output)
        {
            return await UsageAsync(context, "thiếu -o TỆP.pdf.");
        }

        // Before the database: without LibreOffice there is nothing to do.
        using var converter = PdfTool.Converter(options.GetValueOrDefault("--office"));
        if (!converter.IsAvailable)
        {
            await context.Error.WriteLineAsync($"{Name}: {Loa.Documents.Pdf.LibreOfficePdfConverter.Missing}");
            return PdfTool.Unavailable;
        }

        await using var db = CliDatabase.From(options).Open();
        var found = await ReportDocxCommand.FindAsync(db, code, year, kind, Name, context);
        if (found.Document is not { } document)
        {
            return CommandRouter.Failure;
        }

        if (await PdfTool.ConvertAsync(converter, ReportDocxWriter.Write(document), Name, context) is not { } pdf)
        {
            return PdfTool.Unavailable;
        }

        if (await AtomicFile.WriteAsync(output, pdf) is { } problem)
        {
            await context.Error.WriteLineAsync($"{Name}: không ghi được \"{output}\": {problem}");
            return CommandRouter.Failure;
        }

        await context.Out.WriteLineAsync($"Đã ghi {output}: {found.Said}.");
        return CommandRouter.Ok;
    }

    private static async Task<int> UsageAsync(CommandContext context, string message)
    {
        await context.Error.WriteLineAsync($"{Name}: {message}");
        await context.Error.WriteLineAsync("Cách dùng: loa report pdf --commune MÃ --year NĂM --period q1|h1|q3|year -o BÁO_CÁO.pdf   (xem: loa report pdf --help)");
        return CommandRouter.Usage;
    }
}
