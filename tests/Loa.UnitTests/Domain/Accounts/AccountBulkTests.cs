using Loa.Documents;
using Loa.Domain.Accounts;

namespace Loa.UnitTests.Domain.Accounts;

/// <summary>The sheet of accounts: its template reads back, and each row is reviewed as it will be created or why not.</summary>
public sealed class AccountBulkTests
{
    private static readonly AccountHolder Coordinator = new("daumoi", UserRole.Coordinator, 1, 11);
    private static readonly (int Id, string Name)[] Units = [(101, "Trung tâm Phục vụ hành chính công"), (102, "Khu phố 1")];

    private static AccountSheetRow Row(int line, string name, string user, string role = "", string unit = "", string email = "", string phone = "") =>
        new(line, name, user, email, phone, role, unit);

    private static IReadOnlyList<AccountBulkRow> Review(params AccountSheetRow[] rows) =>
        AccountBulk.Review(rows, Coordinator, 1, 11, Units, new HashSet<string>(["DA.CO"], StringComparer.Ordinal));

    [Fact]
    public void A_good_row_takes_its_unit_by_name_without_marks()
    {
        var row = Assert.Single(Review(Row(2, " Lê Thị Lan ", "lan.kp1", "Cán bộ đơn vị", "khu pho 1", "lan@xa.gov.vn", "0912.345.678")));
        Assert.True(row.Accepted, string.Join(" ", row.Problems));
        Assert.Equal(
            ("Lê Thị Lan", "lan.kp1", UserRole.UnitOfficer, 102, "Khu phố 1", "0912345678"),
            (row.FullName, row.UserName, row.Role!.Value, row.UnitId!.Value, row.UnitName, row.Phone));
    }

    [Fact]
    public void Each_refusal_says_why()
    {
        var rows = Review(
            Row(2, "", "khongten"),
            Row(3, "Tên có dấu", "tên.có.dấu", unit: "Khu phố 1"),
            Row(4, "Trùng", "da.co", unit: "Khu phố 1"),
            Row(5, "Lặp A", "lap", unit: "Khu phố 1"),
            Row(6, "Lặp B", "LAP", unit: "Khu phố 1"),
            Row(7, "Không đơn vị", "khongdonvi"),
            Row(8, "Đơn vị lạ", "donvila", unit: "Phòng Không Có"),
            Row(9, "Lãnh đạo", "lanhdao", "Lãnh đạo"),
            Row(10, "Vai lạ", "vaila", "Giám đốc", "Khu phố 1"),
            Row(11, "Thư sai", "thusai", unit: "Khu phố 1", email: "khong-phai-thu"),
            Row(12, "Điện thoại sai", "dtsai", unit: "Khu phố 1", phone: "12345"));
        string Why(int line) => string.Join(" ", rows.Single(r => r.Line == line).Problems);
        Assert.Contains("Thiếu họ và tên", Why(2), StringComparison.Ordinal);
        Assert.Contains("chữ không dấu", Why(3), StringComparison.Ordinal);
        Assert.Contains("đã có người dùng", Why(4), StringComparison.Ordinal);
        Assert.True(rows.Single(r => r.Line == 5).Accepted);
        Assert.Contains("lặp lại", Why(6), StringComparison.Ordinal);
        Assert.Contains("Hãy chọn đơn vị", Why(7), StringComparison.Ordinal);
        Assert.Contains("không có đơn vị", Why(8), StringComparison.Ordinal);
        Assert.Contains("không được tạo", Why(9), StringComparison.Ordinal);
        Assert.Contains("không rõ", Why(10), StringComparison.Ordinal);
        Assert.Contains("thư điện tử", Why(11), StringComparison.Ordinal);
        Assert.Contains("điện thoại", Why(12), StringComparison.Ordinal);
        Assert.Single(rows, r => r.Accepted);
    }

    [Theory]
    [InlineData("", UserRole.UnitOfficer)]
    [InlineData("cán bộ đơn vị", UserRole.UnitOfficer)]
    [InlineData("Cán bộ đầu mối (Văn hóa – Xã hội)", UserRole.Coordinator)]
    [InlineData("LÃNH ĐẠO", UserRole.Leader)]
    [InlineData("Phó Chủ tịch", UserRole.Leader)]
    [InlineData("quản trị", null)]
    public void Roles_are_read_from_their_words(string text, UserRole? expected) => Assert.Equal(expected, AccountBulk.RoleOf(text));

    [Fact]
    public void The_template_reads_back_without_rows_and_a_filled_sheet_reads_in_any_column_order()
    {
        Assert.Empty(AccountSheet.Read(AccountSheet.Template(["Khu phố 1", "Khu phố 2"])));
        var sheet = XlsxTable.Create(
            "Tài khoản",
            ["Tên đăng nhập", "Đơn vị", "Họ và tên", "Số điện thoại"],
            [["lan.kp1", "Khu phố 1", "Lê Thị Lan", "0912345678"], ["", "", "", ""], ["binh", "", "Trần Bình", ""]],
            [20, 20, 20, 20]);
        var rows = AccountSheet.Read(sheet);
        Assert.Equal(2, rows.Count);
        Assert.Equal(new AccountSheetRow(2, "Lê Thị Lan", "lan.kp1", "", "0912345678", "", "Khu phố 1"), rows[0]);
        Assert.Equal((4, "binh"), (rows[1].Line, rows[1].UserName));
    }

    [Fact]
    public void A_file_that_is_not_a_sheet_is_refused_in_Vietnamese()
    {
        var csv = "Họ và tên,Tên đăng nhập"u8.ToArray();
        Assert.Contains(".xlsx", Assert.Throws<AccountSheetException>(() => AccountSheet.Read(csv)).Message, StringComparison.Ordinal);
        var noHeader = XlsxTable.Create("x", ["Cột A"], [["a"]], [10]);
        Assert.Contains("Tên đăng nhập", Assert.Throws<AccountSheetException>(() => AccountSheet.Read(noHeader)).Message, StringComparison.Ordinal);
    }
}
