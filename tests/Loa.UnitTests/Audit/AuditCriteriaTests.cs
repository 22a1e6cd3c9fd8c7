using Loa.Audit;
using Loa.Documents;

namespace Loa.UnitTests.Audit;

/// <summary>The filters of the audit log as the page's address and the command line give them, and the files they export.</summary>
public sealed class AuditCriteriaTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Fact]
    public void Known_filters_are_read_and_described()
    {
        Assert.True(AuditCriteria.TryRead("2026-12-01", "2026-12-03", "dang-nhap-loi", " donvi ", "phuoc tan", "bi-tu-choi", Today, out var c, out var e), e);
        Assert.Equal(("dang-nhap-loi", "donvi", "phuoc tan", AuditOutcome.Denied), (c.Action, c.UserName, c.Commune, c.Outcome));
        Assert.Equal(
            "từ 01/12/2026 đến hết 03/12/2026 (giờ Việt Nam); hành động: Mọi lần đăng nhập không thành công; "
            + "người dùng: donvi; xã: phuoc tan; kết quả: Bị từ chối",
            c.Describe());
        Assert.True(AuditCriteria.TryRead(null, null, "login", null, null, "loi", Today, out c, out _));
        Assert.Equal(("login", AuditOutcome.Failed), (c.Action, c.Outcome));
    }

    [Theory]
    [InlineData("drop-table", null, null, "Không có hành động")]
    [InlineData(null, "maybe", null, "Không hiểu kết quả")]
    [InlineData(null, null, 101, "tối đa 100 ký tự")]
    public void Unknown_filters_give_a_Vietnamese_message(string? action, string? result, int? userLength, string expected)
    {
        var user = userLength is { } n ? new string('a', n) : null;
        Assert.False(AuditCriteria.TryRead(null, null, action, user, null, result, Today, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_action_the_filter_offers_has_a_Vietnamese_label_and_groups_resolve_to_known_actions()
    {
        Assert.All(AuditActions.Known, a => Assert.NotEqual(a, AuditActions.Label(a)));
        Assert.All(AuditActions.Groups.SelectMany(g => g.Actions), a => Assert.Contains(a, AuditActions.Known));
        Assert.Equal("Tải nhật ký hệ thống", AuditActions.Label(AuditActions.Export));
        Assert.Equal("some-new-action", AuditActions.Label("some-new-action"));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+84 912", "'+84 912")]
    [InlineData("-1+2", "'-1+2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("daumoi.phuoctan", "daumoi.phuoctan")]
    [InlineData("a, b", "\"a, b\"")]
    public void Csv_cells_that_a_spreadsheet_would_run_are_plain_text(string value, string expected) =>
        Assert.Equal(expected, CsvTable.Field(value));

    [Fact]
    public void A_window_holding_more_rows_than_a_file_may_is_refused_with_a_message()
    {
        Assert.Null(AuditExport.TooMany(50_000, 50_000));
        Assert.Contains("quá 50.000 dòng", AuditExport.TooMany(50_001, 50_000), StringComparison.Ordinal);
        Assert.Equal((50_000, 10_000, 3), (AuditExport.MaxRows("csv", 50_000), AuditExport.MaxRows("xlsx", 50_000), AuditExport.MaxRows("xlsx", 3)));
        var window = new AuditWindow(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 3));
        Assert.Equal("nhat-ky-he-thong_2026-12-01_2026-12-03.csv", AuditExport.FileName(window, "csv"));
    }
}
