using Loa.Plans;
using Loa.Plans.Parsing;

namespace Loa.UnitTests.Plans;

public sealed class DocumentCitationsTests
{
    private static readonly PlanIssuer Ward = new() { Name = "Ủy ban nhân dân phường Hưng Phú", Kind = "phường", Locality = "Hưng Phú" };

    [Fact]
    public void Reads_kind_number_date_and_issuer()
    {
        var found = DocumentCitations.Find(
            "Thực hiện Quyết định số 707/QĐ-UBND ngày 12/02/2026 của Ủy ban nhân dân thành phố Cần Thơ về việc ban hành Kế hoạch; Kế hoạch số 23/KH-UBND ngày 28 tháng 01 năm 2026 của UBND phường về việc thực hiện CCHC.",
            Ward);
        Assert.Equal(2, found.Count);
        Assert.Equal(("Quyết định", "707/QĐ-UBND", "2026-02-12", "Ủy ban nhân dân thành phố Cần Thơ"), (found[0].Kind, found[0].Number, found[0].Date, found[0].Issuer));
        Assert.Equal(("Kế hoạch", "23/KH-UBND", "2026-01-28", "Ủy ban nhân dân phường Hưng Phú"), (found[1].Kind, found[1].Number, found[1].Date, found[1].Issuer));
    }

    [Theory]
    [InlineData("theo Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;", "Nghị quyết", "76/NQ-CP", "2021-07-15", "Chính phủ")]
    [InlineData("Chỉ thị số 23/CT-TTg ngày 02 tháng 9 năm 2021 của Thủ tướng Chính phủ về việc đẩy mạnh", "Chỉ thị", "23/CT-TTg", "2021-09-02", "Thủ tướng Chính phủ")]
    [InlineData("Nghị quyết số 17/2021/NQ-HĐND ngày 08/12/2021 của HĐND tỉnh Đồng Nai.", "Nghị quyết", "17/2021/NQ-HĐND", "2021-12-08", "Hội đồng nhân dân tỉnh Đồng Nai")]
    [InlineData("Công văn số 12/UBND-VX ngày 05/3/2026 của UBND TP. Cần Thơ", "Công văn", "12/UBND-VX", "2026-03-05", "Ủy ban nhân dân thành phố Cần Thơ")]
    [InlineData("Thông tư số 01/2025/TT-BNV", "Thông tư", "01/2025/TT-BNV", null, null)]
    public void Reads_one_citation(string text, string kind, string number, string? date, string? issuer)
    {
        var citation = Assert.Single(DocumentCitations.Find(text, Ward));
        Assert.Equal(kind, citation.Kind);
        Assert.Equal(number, citation.Number);
        Assert.Equal(date, citation.Date);
        Assert.Equal(issuer, citation.Issuer);
    }

    [Fact]
    public void A_bare_body_of_another_kind_is_kept()
    {
        Assert.Equal("Ủy ban nhân dân tỉnh", DocumentCitations.ExpandIssuer("UBND tỉnh", Ward));
        Assert.Equal("Ủy ban nhân dân phường Hưng Phú", DocumentCitations.ExpandIssuer("Uỷ ban nhân dân phường", Ward));
        Assert.Equal("Ủy ban nhân dân xã", DocumentCitations.ExpandIssuer("UBND xã", Ward));
    }

    [Fact]
    public void Plain_mentions_are_not_citations()
    {
        Assert.Empty(DocumentCitations.Find("Ủy ban nhân dân phường ban hành Kế hoạch thông tin, tuyên truyền năm 2026 như sau:"));
    }
}
