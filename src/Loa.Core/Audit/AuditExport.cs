using System.Globalization;
using Loa.Documents;
using Loa.Domain;
using Loa.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Loa.Audit;

/// <summary>
/// The audit log of a window as a file, for an incident report: .csv (<see cref="CsvTable"/>) or .xlsx
/// (<see cref="XlsxTable"/>), newest first like the page, each time in ISO 8601 UTC and in Vietnam time. Rows are read
/// and written one at a time, and at most <c>maxRows</c> of them: the result says when the window held more.
/// </summary>
public static class AuditExport
{
    /// <summary>The most rows one file holds unless configured otherwise (<c>Audit:ExportMaxRows</c>, <c>--max-rows</c>).</summary>
    public const int DefaultMaxRows = 100_000;

    /// <summary>What a spreadsheet holds at most, the header row aside.</summary>
    public const int LargestMaxRows = 1_048_575;

    public const string SheetName = "Nhật ký hệ thống";

    public static IReadOnlyList<string> Headers { get; } =
    [
        "Số dòng",
        "Thời điểm (UTC)",
        "Thời điểm (giờ Việt Nam)",
        "Tên đăng nhập",
        "Mã tài khoản",
        "Mã tỉnh",
        "Tỉnh, thành phố",
        "Mã xã",
        "Xã, phường",
        "Địa chỉ IP",
        "Hành động",
        "Mã hành động",
        "Đối tượng",
        "Mã đối tượng",
        "Kết quả",
        "Chi tiết",
    ];

    private static readonly double[] Widths = [10, 22, 26, 24, 20, 8, 22, 8, 26, 18, 30, 20, 18, 14, 16, 60];

    /// <summary>The cells of one entry, in the order of <see cref="Headers"/>; the row number stays a number in .xlsx.</summary>
    public static IReadOnlyList<object?> Cells(AuditEntry entry, AuditPlaces places)
    {
        var province = places.Province(entry.ProvinceId);
        var commune = places.Commune(entry.CommuneId);
        return
        [
            entry.Id,
            AuditWindow.IsoUtc(entry.At),
            AuditWindow.IsoVietnam(entry.At),
            entry.UserName ?? "",
            entry.UserId ?? "",
            province?.Code ?? "",
            province?.Name ?? "",
            commune?.Code ?? "",
            commune?.Name ?? "",
            entry.IpAddress ?? "",
            AuditActions.Label(entry.Action),
            entry.Action,
            AuditActions.RecordLabel(entry.EntityType),
            entry.EntityId ?? "",
            Result(entry.Succeeded),
            entry.Detail ?? "",
        ];
    }

    public static string Result(bool succeeded) => succeeded ? "Thành công" : "Không thành công";

    public static async Task<AuditExportResult> WriteCsvAsync(
        IQueryable<AuditEntry> entries, AuditPlaces places, Stream output, int maxRows, CancellationToken cancellationToken = default)
    {
        var rows = 0;
        var capped = false;
        await using (var writer = CsvTable.Writer(output))
        {
            await writer.WriteLineAsync(CsvTable.Line(Headers));
            await foreach (var entry in entries.NewestFirst().Take(maxRows + 1).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                if (rows == maxRows)
                {
                    capped = true;
                    break;
                }

                await writer.WriteLineAsync(CsvTable.Line(Cells(entry, places).Select(Text)));
                rows++;
            }
        }

        return new AuditExportResult(rows, capped);
    }

    /// <summary>Writes the .xlsx; its rows are read from the database as the workbook is written (synchronously, as the writer is).</summary>
    public static AuditExportResult WriteXlsx(IQueryable<AuditEntry> entries, AuditPlaces places, Stream output, int maxRows)
    {
        var tally = new Tally();
        XlsxTable.Write(output, SheetName, Headers, Rows(entries.NewestFirst().Take(maxRows + 1).AsEnumerable(), places, maxRows, tally), Widths);
        return new AuditExportResult(tally.Rows, tally.Capped);
    }

    /// <summary>"nhat-ky-he-thong_2026-12-01T0000_2026-12-02T0000.csv": the window in Vietnam time.</summary>
    public static string FileName(AuditWindow window, string extension)
    {
        static string End(DateTime? utc, string open) =>
            utc is { } at ? VietnamTime.Local(at).ToString("yyyy-MM-dd'T'HHmm", CultureInfo.InvariantCulture) : open;
        return $"nhat-ky-he-thong_{End(window.From, "tu-dau")}_{End(window.To, "den-nay")}.{extension}";
    }

    private static IEnumerable<IReadOnlyList<object?>> Rows(IEnumerable<AuditEntry> entries, AuditPlaces places, int maxRows, Tally tally)
    {
        foreach (var entry in entries)
        {
            if (tally.Rows == maxRows)
            {
                tally.Capped = true;
                yield break;
            }

            tally.Rows++;
            yield return Cells(entry, places);
        }
    }

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    private sealed class Tally
    {
        public int Rows { get; set; }

        public bool Capped { get; set; }
    }
}

/// <summary>How many rows a file holds, and whether the window held more than the most a file may hold.</summary>
public sealed record AuditExportResult(int Rows, bool Capped);
