using Loa.Procedures;

namespace Loa.UnitTests.Procedures;

/// <summary>The province's list of everyday words: how it is read, what is refused, and how search uses it.</summary>
public sealed class ProcedureSynonymsTests
{
    private static readonly ProcedureEntry[] Catalogue =
    [
        new(1, "1.001193", "Đăng ký khai sinh", "Hộ tịch", "Cấp xã", OnlineLevel.Full),
        new(2, "1.000894", "Đăng ký kết hôn", "Hộ tịch", "Cấp xã", OnlineLevel.Partial),
        new(3, "1.004873", "Đăng ký lại khai sinh", "Hộ tịch", "Cấp xã", OnlineLevel.Partial),
        new(4, "1.004874", "Đăng ký khai sinh có yếu tố nước ngoài", "Hộ tịch", "Cấp xã", OnlineLevel.Partial),
        new(5, "2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực", "Cấp xã", OnlineLevel.Partial),
        new(6, "2.002226", "Đăng ký đất đai, tài sản gắn liền với đất lần đầu", "Đất đai", "Cấp xã", OnlineLevel.Partial),
        new(7, "1.009994", "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", "Xây dựng", "Cấp xã", OnlineLevel.Full),
        new(8, "1.039001", "Đăng ký thường trú", "Cư trú", "Cấp xã", OnlineLevel.Full),
        new(9, "1.005555", "Cấp giấy chứng nhận giấy khai sinh bản sao", "Hộ tịch", "Cấp xã", OnlineLevel.None),
    ];

    private static List<string> Names(ProcedureIndex index, string query) => index.Search(query).Items.Select(i => i.Name).ToList();

    [Fact]
    public void A_line_names_everyday_words_separated_by_commas_and_what_they_mean()
    {
        var (list, problems) = ProcedureSynonyms.Parse("# ghi chú\n\nsổ đỏ, bìa đỏ = đất đai\r\n  cưới = kết hôn  ");
        Assert.Empty(problems);
        Assert.Equal([new("sổ đỏ", "đất đai"), new("bìa đỏ", "đất đai"), new("cưới", "kết hôn")], list.Pairs);
    }

    [Theory]
    [InlineData("sổ đỏ đất đai", "Dòng 1: cần đúng một dấu “=”")]
    [InlineData("a = b = c", "Dòng 1: cần đúng một dấu “=”")]
    [InlineData("sổ đỏ =", "Dòng 1: thiếu từ trong tên thủ tục")]
    [InlineData("# ghi chú\n = đất đai", "Dòng 2: thiếu từ người dân hay gõ")]
    [InlineData("sổ đỏ, , = đất đai\nĐất Đai = đất đai", "Dòng 2: “Đất Đai” giống hệt")]
    public void A_line_that_cannot_be_read_is_named_with_its_number(string text, string problem)
    {
        var (_, problems) = ProcedureSynonyms.Parse(text);
        Assert.Contains(problems, p => p.StartsWith(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Too_long_a_list_is_refused()
    {
        Assert.NotEmpty(ProcedureSynonyms.Parse(new string('a', ProcedureSynonyms.MaxLength + 1)).Problems);
        Assert.NotEmpty(ProcedureSynonyms.Parse(string.Join('\n', Enumerable.Range(0, ProcedureSynonyms.MaxLines + 1).Select(i => $"từ {i} = đất đai"))).Problems);
    }

    [Fact]
    public void The_default_list_reads_without_problems() => Assert.Empty(ProcedureSynonyms.Parse(ProcedureSynonyms.DefaultText).Problems);

    [Theory]
    [InlineData("làm giấy khai sinh", "Đăng ký khai sinh")]
    [InlineData("lam giay khai sinh", "Đăng ký khai sinh")]
    [InlineData("LÀM GIẤY   khai sinh", "Đăng ký khai sinh")]
    [InlineData("giấy khai sinh", "Cấp giấy chứng nhận giấy khai sinh bản sao")]
    [InlineData("cưới", "Đăng ký kết hôn")]
    [InlineData("làm sổ đỏ", "Đăng ký đất đai, tài sản gắn liền với đất lần đầu")]
    [InlineData("công chứng bản sao", "Chứng thực bản sao từ bản chính giấy tờ, văn bản")]
    [InlineData("xin phép xây nhà", "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ")]
    [InlineData("nhập hộ khẩu", "Đăng ký thường trú")]
    public void Everyday_words_of_the_default_list_find_the_procedure_first(string query, string first)
    {
        var index = ProcedureIndex.Build(Catalogue, ProcedureSynonyms.Default);
        Assert.Equal(first, Names(index, query).FirstOrDefault());
    }

    [Fact]
    public void Without_the_list_everyday_words_find_nothing()
    {
        var bare = ProcedureIndex.Build(Catalogue);
        Assert.Empty(Names(bare, "làm giấy khai sinh"));
        Assert.Empty(Names(bare, "cưới"));
    }

    [Fact]
    public void A_direct_match_ranks_above_a_match_through_an_everyday_word()
    {
        // "giấy khai sinh" is in one name; read as "khai sinh" it is in three more, which come after it
        var index = ProcedureIndex.Build(Catalogue, ProcedureSynonyms.Default);
        var names = Names(index, "giấy khai sinh");
        Assert.Equal(
            ["Cấp giấy chứng nhận giấy khai sinh bản sao", "Đăng ký khai sinh", "Đăng ký lại khai sinh", "Đăng ký khai sinh có yếu tố nước ngoài"],
            names);
        var scores = index.Scores("giấy khai sinh");
        Assert.Equal(ProcedureIndex.Tier.Phrase, ProcedureIndex.TierOf(scores[index.IndexOf(9)]));
        Assert.Equal(ProcedureIndex.Tier.Synonym, ProcedureIndex.TierOf(scores[index.IndexOf(1)]));
    }

    [Fact]
    public void A_provinces_own_line_is_used_and_its_absence_elsewhere_finds_nothing()
    {
        var (own, _) = ProcedureSynonyms.Parse("mừng em bé = đăng ký khai sinh");
        Assert.Equal("Đăng ký khai sinh", Names(ProcedureIndex.Build(Catalogue, own), "mừng em bé").First());
        Assert.Empty(Names(ProcedureIndex.Build(Catalogue, ProcedureSynonyms.Default), "mừng em bé"));
    }
}
