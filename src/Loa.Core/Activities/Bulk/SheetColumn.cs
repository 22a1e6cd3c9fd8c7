using Loa.Text;

namespace Loa.Activities.Bulk;

/// <summary>The columns of the activity sheet (docs/decisions/0028), in the order the downloaded sheet has them.</summary>
public enum SheetColumn
{
    Task,
    Unit,
    Date,
    Channel,
    Title,
    Quantity,
    Reach,
    Place,
    Note,
}

/// <summary>The header of each column, and the words (folded) by which a header names it in a sheet whose columns were moved.</summary>
public static class SheetColumns
{
    private static readonly (SheetColumn Column, string Header, string[] Words)[] All =
    [
        (SheetColumn.Task, "Nhiệm vụ (chọn trong danh sách)", ["nhiem vu"]),
        (SheetColumn.Unit, "Đơn vị thực hiện (để trống: đơn vị của bạn)", ["don vi"]),
        (SheetColumn.Date, "Ngày thực hiện (ngày/tháng/năm)", ["ngay"]),
        (SheetColumn.Channel, "Hình thức (chọn trong danh sách)", ["hinh thuc"]),
        (SheetColumn.Title, "Đã làm gì (tên hoạt động)", ["da lam gi", "ten hoat dong", "hoat dong", "noi dung"]),
        (SheetColumn.Quantity, "Số lượng tính vào chỉ tiêu", ["so luong"]),
        (SheetColumn.Reach, "Số người tham dự, lượt xem, số bản", ["so nguoi", "luot", "tiep can", "so ban"]),
        (SheetColumn.Place, "Địa điểm", ["dia diem", "noi thuc hien"]),
        (SheetColumn.Note, "Ghi chú", ["ghi chu", "mo ta"]),
    ];

    public static IReadOnlyList<SheetColumn> InOrder { get; } = All.Select(c => c.Column).ToList();

    public static IReadOnlyList<string> Headers { get; } = All.Select(c => c.Header).ToList();

    /// <summary>The short name of a column, for messages ("Cột Ngày thực hiện").</summary>
    public static string Name(this SheetColumn column) => column switch
    {
        SheetColumn.Task => "Nhiệm vụ",
        SheetColumn.Unit => "Đơn vị thực hiện",
        SheetColumn.Date => "Ngày thực hiện",
        SheetColumn.Channel => "Hình thức",
        SheetColumn.Title => "Đã làm gì",
        SheetColumn.Quantity => "Số lượng",
        SheetColumn.Reach => "Số người, lượt, bản",
        SheetColumn.Place => "Địa điểm",
        _ => "Ghi chú",
    };

    /// <summary>The column a header cell names, or null.</summary>
    public static SheetColumn? Recognise(string? header)
    {
        var folded = VietnameseText.FoldWords(header);
        if (folded.Length == 0)
        {
            return null;
        }

        foreach (var (column, _, words) in All)
        {
            if (words.Any(w => folded == w || folded.StartsWith(w + " ", StringComparison.Ordinal)))
            {
                return column;
            }
        }

        return null;
    }
}
