using System.Globalization;
using Loa.Audit;
using Loa.Documents;
using Microsoft.EntityFrameworkCore;

namespace Loa.Audit;

/// <summary>
/// The audit log of a window as a file for an incident report: .csv (<see cref="CsvTable"/>: UTF-8 with a BOM, cells that
/// a spreadsheet would run as a formula made plain text) or .xlsx (<see cref="XlsxTable"/>), newest first like the page,
/// each time in UTC and in Vietnam time. A window holding more rows than a file may hold is refused, never cut short.
/// </summary>
public static class AuditExport
{
    /// <summary>The most rows one downloaded file holds unless configured otherwise (<c>Audit:ExportMaxRows</c>).</summary>
    public const int DefaultMaxRows = 50_000;

    /// <summary>The most rows of a .csv written by <c>loa audit export</c> (streamed as it is read).</summary>
    public const int CommandLineCsvMaxRows = 1_000_000;

    /// <summary>
    /// The most rows of an .xlsx, which is built in memory (about 16 KB a row at the peak: 10,000 rows take some 160 MB);
    /// a longer window goes to .csv.
    /// </summary>
    public const int XlsxMaxRows = 10_000;

    public const string SheetName = "Nhật ký hệ thống";

    public static IReadOnlyList<string> Headers { get; } =
    [
        "Số thứ tự", "Thời điểm (UTC)", "Thời điểm (giờ Việt Nam)", "Tên đăng nhập", "Tỉnh, thành phố", "Mã xã", "Xã, phường",
        "Địa chỉ IP", "Hành động", "Mã hành động", "Đối tượng", "Mã đối tượng", "Kết quả", "Chi tiết",
    ];

    private static readonly double[] Widths = [10, 22, 22, 24, 22, 8, 26, 18, 30, 20, 18, 14, 16, 60];

    public static string Result(AuditEntry entry) =>
        entry.Succeeded ? "Thành công" : entry.Action == "denied" ? "Bị từ chối" : "Không thành công";

    /// <summary>The cells of one entry, in the order of <see cref="Headers"/>; the entry's number stays a number in .xlsx.</summary>
    public static IReadOnlyList<object?> Cells(AuditEntry entry, AuditPlaces places)
    {
        var commune = places.Commune(entry.CommuneId);
        return
        [
            entry.Id,
            AuditWindow.IsoUtc(entry.At),
            AuditWindow.Display(entry.At),
            entry.UserName ?? "",
            places.Province(entry.ProvinceId)?.Name ?? "",
            commune?.Code ?? "",
            commune?.Name ?? "",
            entry.IpAddress ?? "",
            AuditActions.Label(entry.Action),
            entry.Action,
            AuditActions.RecordLabel(entry.EntityType),
            entry.EntityId ?? "",
            Result(entry),
            entry.Detail ?? "",
        ];
    }

    /// <summary>The most rows a file of the format holds: <paramref name="maxRows"/>, and never more than <see cref="XlsxMaxRows"/> in .xlsx.</summary>
    public static int MaxRows(string format, int maxRows) => format == "xlsx" ? Math.Min(maxRows, XlsxMaxRows) : maxRows;

    /// <summary>Null when the window fits in one file; else the Vietnamese message that says so and what to do.</summary>
    public static string? TooMany(int count, int maxRows) => count <= maxRows
        ? null
        : string.Create(
            CultureInfo.GetCultureInfo("vi-VN"),
            $"Điều kiện lọc này có {count:N0} dòng, quá {maxRows:N0} dòng mỗi tệp được tải. {Narrower}");

    private const string Narrower = "Hãy chọn khoảng thời gian ngắn hơn, hoặc lọc thêm theo xã, người dùng, hành động.";

    /// <summary>Writes the .csv row by row as the entries are read.</summary>
    public static async Task<int> WriteCsvAsync(
        IQueryable<AuditEntry> entries, AuditPlaces places, Stream output, CancellationToken cancellationToken = default)
    {
        var rows = 0;
        await using var writer = CsvTable.Writer(output);
        await writer.WriteLineAsync(CsvTable.Line(Headers));
        await foreach (var entry in entries.NewestFirst().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(CsvTable.Line(Cells(entry, places).Select(Text)));
            rows++;
        }

        return rows;
    }

    public static async Task<byte[]> CreateXlsxAsync(IQueryable<AuditEntry> entries, AuditPlaces places, CancellationToken cancellationToken = default)
    {
        var rows = await entries.NewestFirst().ToListAsync(cancellationToken);
        return XlsxTable.Create(SheetName, Headers, rows.Select(e => Cells(e, places)), Widths);
    }

    /// <summary>"nhat-ky-he-thong_2026-12-01_2026-12-03.csv": the window's days.</summary>
    public static string FileName(AuditWindow window, string extension) =>
        $"nhat-ky-he-thong_{AuditWindow.ForInput(window.FirstDay)}_{AuditWindow.ForInput(window.LastDay)}.{extension}";

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}
