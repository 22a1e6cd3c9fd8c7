using Loa.Demo;
using Loa.Procedures;

namespace Loa.UnitTests.Procedures;

/// <summary>Citizens type procedure names any way they can: without diacritics, in capitals, with a slip of the finger, or the code.</summary>
public sealed class ProcedureSearchTests
{
    private static readonly ProcedureIndex Index = ProcedureIndex.Build(
    [
        new(1, "1.001193", "Đăng ký khai sinh", "Hộ tịch", "Cấp xã", OnlineLevel.Full),
        new(2, "1.000894", "Đăng ký kết hôn", "Hộ tịch", "Cấp xã", OnlineLevel.Partial),
        new(3, "1.000656", "Đăng ký khai tử", "Hộ tịch", "Cấp xã", OnlineLevel.Full),
        new(4, "1.004873", "Đăng ký lại khai sinh", "Hộ tịch", "Cấp xã", OnlineLevel.Partial),
        new(5, "1.001022", "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch", "Hộ tịch", "Cấp xã", OnlineLevel.Partial),
        new(6, "1.004746", "Cấp Giấy xác nhận tình trạng hôn nhân", "Hộ tịch", "Cấp xã", OnlineLevel.Full),
        new(7, "2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực", "Cấp xã", OnlineLevel.Partial),
        new(8, "2.000884", "Chứng thực chữ ký trong các giấy tờ, văn bản", "Chứng thực", "Cấp xã", OnlineLevel.Partial),
        new(9, "1.009994", "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", "Xây dựng", "Cấp xã", OnlineLevel.Full),
        new(10, "2.002226", "Đăng ký đất đai, tài sản gắn liền với đất lần đầu", "Đất đai", "Cấp xã", OnlineLevel.Partial),
        new(11, "1.001612", "Đăng ký thành lập hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh", "Cấp xã", OnlineLevel.Full),
        new(12, "2.001263", "Cấp Phiếu lý lịch tư pháp", "Lý lịch tư pháp", "Cấp tỉnh", OnlineLevel.Full),
        new(13, "1.099999", "Thủ tục thử nghiệm 26377", "Thử nghiệm", "Cấp xã", OnlineLevel.None),
    ]);

    private static List<string> Names(string query, string? field = null, bool[]? allowed = null) =>
        Index.Search(query, field, allowed).Items.Select(i => i.Name).ToList();

    [Theory]
    [InlineData("khai sinh")]
    [InlineData("KHAI SINH")]
    [InlineData("Khai Sinh")]
    [InlineData("  khai   sinh ")]
    [InlineData("khia sinh")]
    [InlineData("khai sinhh")]
    [InlineData("đăng ký khai sinh")]
    public void Khai_sinh_is_found_first_however_it_is_typed(string query)
    {
        var names = Names(query);
        Assert.Equal("Đăng ký khai sinh", names.First());
        Assert.Contains("Đăng ký lại khai sinh", names);
        Assert.DoesNotContain("Đăng ký kết hôn", names);
    }

    [Theory]
    [InlineData("đăng ký kết hôn")]
    [InlineData("dang ky ket hon")]
    [InlineData("DANG KY KET HON")]
    [InlineData("ket hon")]
    public void Ket_hon_with_or_without_diacritics(string query) => Assert.Equal(["Đăng ký kết hôn"], Names(query));

    [Fact]
    public void D_with_stroke_and_d_are_the_same_letter()
    {
        Assert.Equal(Names("dat dai"), Names("đất đai"));
        Assert.Equal("Đăng ký đất đai, tài sản gắn liền với đất lần đầu", Names("dat dai").First());
        Assert.Equal(Names("DANG KY"), Names("Đăng ký"));
        Assert.True(Index.Search("dang ky").Total >= 6);
    }

    [Theory]
    [InlineData("1.001193", "Đăng ký khai sinh")]
    [InlineData("001193", "Đăng ký khai sinh")]
    [InlineData("2.000884", "Chứng thực chữ ký trong các giấy tờ, văn bản")]
    public void A_code_finds_its_procedure(string code, string name) => Assert.Equal([name], Names(code));

    [Fact]
    public void Typos_are_tolerated_only_within_bounds()
    {
        // one slip in a 4+ letter word, two in an 8+ letter word (swaps count as one)
        Assert.Contains("Chứng thực chữ ký trong các giấy tờ, văn bản", Names("chung thucc chu ky"));
        Assert.Contains("Cấp Giấy xác nhận tình trạng hôn nhân", Names("xac nhan tinh trnag hon nhan"));
        Assert.Contains("Đăng ký thành lập hộ kinh doanh", Names("ho kinh doang"));

        // words of three letters or fewer must be right; far-off words find nothing
        Assert.Empty(Names("khai sinh xyz"));
        Assert.Empty(Names("khoa hoc"));
        Assert.Empty(Names("qwerty"));

        // numbers are never typos of each other
        Assert.Equal(["Thủ tục thử nghiệm 26377"], Names("thu nghiem 26377"));
        Assert.Empty(Names("thu nghiem 26347"));
    }

    [Fact]
    public void The_start_of_a_word_is_enough()
    {
        Assert.Equal("Chứng thực bản sao từ bản chính giấy tờ, văn bản", Names("chung th ban sao").First());
        Assert.Contains("Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", Names("giay phep xay"));
    }

    [Fact]
    public void Exact_phrase_beats_all_words_beats_typos_and_the_name_beats_the_field()
    {
        // "ho tich" is the field of many procedures but the name of one: that one first
        Assert.Equal("Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch", Names("ho tich").First());
        Assert.True(Index.Search("ho tich").Total >= 6);

        // the phrase "khai sinh" in the name ranks the shorter exact match before "lại khai sinh"
        Assert.Equal(["Đăng ký khai sinh", "Đăng ký lại khai sinh"], Names("khai sinh"));

        // "sinh khai" has all words but not the phrase: still found
        Assert.Contains("Đăng ký khai sinh", Names("sinh khai"));
    }

    [Fact]
    public void Field_and_allowed_mask_narrow_the_results()
    {
        Assert.All(Index.Search("", "Chứng thực").Items, i => Assert.Equal("Chứng thực", i.Field));
        Assert.Equal(2, Index.Search(null, "Chứng thực").Total);

        var allowed = new bool[Index.Entries.Count];
        allowed[Index.IndexOf(2)] = true;
        Assert.Empty(Names("khai sinh", allowed: allowed));
        Assert.Equal(["Đăng ký kết hôn"], Names("", allowed: allowed));
    }

    [Fact]
    public void An_empty_query_lists_everything_by_field_then_name_and_limit_keeps_the_total()
    {
        var all = Index.Search(null);
        Assert.Equal(Index.Entries.Count, all.Total);
        Assert.Equal(Index.Entries, all.Items);
        var few = Index.Search("dang ky", limit: 2);
        Assert.Equal(2, few.Items.Count);
        Assert.True(few.Total > 2);
    }

    [Theory]
    [InlineData("khai", "khia", 1)]
    [InlineData("khai", "khai", 0)]
    [InlineData("trang", "trnag", 1)]
    [InlineData("kitten", "sitting", 3)]
    public void Distance_counts_edits_and_swaps(string a, string b, int expected) => Assert.Equal(expected, ProcedureIndex.Distance(a, b, 5));

    [Fact]
    public void The_sample_catalogue_reads_and_finds_common_procedures()
    {
        var file = ProcedureImport.Read(DemoProcedures.SampleCsv());
        Assert.True(file.Ok, string.Join(" ", file.Problems));
        Assert.InRange(file.Rows.Count, 80, 130);
        var index = ProcedureIndex.Build(file.Rows.Select((r, i) => new ProcedureEntry(i + 1, r.Code, r.Name, r.Field, r.Level, r.OnlineLevel)));
        Assert.Equal("Đăng ký khai sinh", index.Search("khai sinh").Items[0].Name);
        Assert.Equal("Đăng ký kết hôn", index.Search("dang ky ket hon").Items[0].Name);
        Assert.StartsWith("Cấp giấy phép xây dựng mới", index.Search("giay phep xay dung moi").Items[0].Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("đăng kí kết hôn")]
    [InlineData("dang ki ket hon")]
    [InlineData("Đăng Kí  Kết   Hôn")]
    [InlineData("DANG KY KET HON")]
    public void I_and_y_are_the_same_closing_letter(string query) => Assert.Equal(["Đăng ký kết hôn"], Names(query));

    [Fact]
    public void Ranking_puts_the_exact_name_then_its_start_then_the_phrase_then_all_words_then_typos()
    {
        var index = ProcedureIndex.Build(
        [
            new(1, "1.1", "Đăng ký lại khai sinh", "Hộ tịch", "Cấp xã", OnlineLevel.Full),
            new(2, "1.2", "Đăng ký khai sinh có yếu tố nước ngoài", "Hộ tịch", "Cấp xã", OnlineLevel.Full),
            new(3, "1.3", "Hướng dẫn đăng ký khai sinh", "Hộ tịch", "Cấp xã", OnlineLevel.Full),
            new(4, "1.4", "Đăng ký khai sinh", "Hộ tịch", "Cấp xã", OnlineLevel.Full),
            new(5, "1.5", "Khai sinh và đăng ký", "Hộ tịch", "Cấp xã", OnlineLevel.Full),
            new(6, "1.6", "Đăng ký khia sinh muộn", "Hộ tịch", "Cấp xã", OnlineLevel.Full),
            new(7, "1.7", "Cấp bản sao", "Đăng ký khai sinh", "Cấp xã", OnlineLevel.Full),
        ]);
        var found = index.Search("dang ki khai sinh").Items.Select(i => i.Id).ToList();
        Assert.Equal([4, 2, 3, 5, 1, 6, 7], found);
        var scores = index.Scores("dang ki khai sinh");
        ProcedureIndex.Tier TierOf(int id) => ProcedureIndex.TierOf(scores[index.IndexOf(id)]);
        Assert.Equal(ProcedureIndex.Tier.Exact, TierOf(4));
        Assert.Equal(ProcedureIndex.Tier.StartsWith, TierOf(2));
        Assert.Equal(ProcedureIndex.Tier.Phrase, TierOf(3));
        Assert.Equal(ProcedureIndex.Tier.AllWords, TierOf(1));
        Assert.Equal(ProcedureIndex.Tier.Typo, TierOf(6));
        Assert.Equal(ProcedureIndex.Tier.Field, TierOf(7));
    }
}
