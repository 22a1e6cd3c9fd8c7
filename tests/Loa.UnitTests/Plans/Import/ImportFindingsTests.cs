using Loa.Plans.Import;

namespace Loa.UnitTests.Plans.Import;

/// <summary>What was lost or partly understood is said with its source lines, never quietly.</summary>
public sealed class ImportFindingsTests
{
    private const string Head = "UBND XÃ AN BÌNH\nKẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2026\n\nI. NỘI DUNG\n\n";

    [Fact]
    public void Rows_without_a_header_row_are_named_with_their_lines()
    {
        var text = Head + "1\tTuyên truyền trên loa truyền thanh\tVăn phòng\tHằng tháng\n2\tPano, áp phích\tVăn phòng\tQuý II\n\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\n";
        var result = PlanImporter.ImportText(text);

        var finding = Assert.Single(ImportFindings.Find(result.Plan, result.SourceLines));
        Assert.StartsWith("Không tìm thấy bảng nhiệm vụ trong tệp: 2 đoạn văn trông như một hàng của bảng", finding.Message, StringComparison.Ordinal);
        Assert.Equal(["1\tTuyên truyền trên loa truyền thanh\tVăn phòng\tHằng tháng", "2\tPano, áp phích\tVăn phòng\tQuý II"],
            finding.Lines.Select(i => result.SourceLines[i]));
    }

    [Fact]
    public void A_plan_whose_task_table_is_missing_is_told_so()
    {
        var result = PlanImporter.ImportText(SamplePlans.Text(SamplePlans.PhuocTan));

        var finding = Assert.Single(ImportFindings.Find(result.Plan, result.SourceLines));
        Assert.StartsWith("Không tìm thấy bảng nhiệm vụ trong tệp: kế hoạch sẽ chưa có nhiệm vụ", finding.Message, StringComparison.Ordinal);
        Assert.Empty(finding.Lines);
    }

    [Theory]
    [InlineData("hung-phu-2026.libreoffice.docx")]
    [InlineData("canh-vinh-2026.table.pdf")]
    [InlineData("hung-phu-2026.table.docx")]
    public void A_plan_read_whole_has_no_finding(string file)
    {
        var result = PlanImporter.Import(PlanFixtures.Bytes(file), file);

        Assert.Empty(ImportFindings.Find(result.Plan, result.SourceLines));
    }

    [Fact]
    public void Numbered_rows_that_became_no_task_are_named()
    {
        // Row 3 stands in another part, without the header row: it is not read as a task.
        var text = Head + "TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\n1\tLoa truyền thanh\tVăn phòng\tHằng tháng\n\nGhi chú\n\n2\tPano\tVăn phòng\tQuý II\n\n"
            + "II. TỔ CHỨC\n\n3\tBảng tin\tVăn phòng\tQuý III\n\nNơi nhận:\n- Lưu: VT.\n";
        var result = PlanImporter.ImportText(text);
        Assert.Equal(["1", "2"], result.Plan.Tasks.Select(t => t.Label));

        var finding = Assert.Single(ImportFindings.Find(result.Plan, result.SourceLines));
        Assert.StartsWith("Bảng nhiệm vụ chỉ đọc được một phần: 1 hàng", finding.Message, StringComparison.Ordinal);
        Assert.Equal("3\tBảng tin\tVăn phòng\tQuý III", result.SourceLines[Assert.Single(finding.Lines)]);
    }

    [Fact]
    public void Recipients_lost_or_cut_short_are_named()
    {
        var plan = PlanImporter.ImportText(SamplePlans.Text(SamplePlans.HungPhu));
        var cut = plan.Plan;
        cut.Recipients = [.. cut.Recipients.Take(2)];

        var finding = Assert.Single(ImportFindings.Find(cut, plan.SourceLines));
        Assert.StartsWith("Danh sách nơi nhận có thể chưa đủ: đọc được 2 nơi nhận, nhưng sau «Nơi nhận» có 7 dòng", finding.Message, StringComparison.Ordinal);
        Assert.Equal(8, finding.Lines.Count);

        cut.Recipients = [];
        Assert.StartsWith("Có dòng «Nơi nhận» nhưng không đọc được nơi nhận nào", Assert.Single(ImportFindings.Find(cut, plan.SourceLines)).Message, StringComparison.Ordinal);

        var withoutHeading = plan.SourceLines.Where(l => !l.Contains("Nơi nhận", StringComparison.Ordinal)).ToList();
        Assert.StartsWith("Không tìm thấy danh sách nơi nhận", Assert.Single(ImportFindings.Find(cut, withoutHeading)).Message, StringComparison.Ordinal);
    }
}
