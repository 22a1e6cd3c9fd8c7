using Loa.Plans;
using Loa.Units;

namespace Loa.UnitTests.Plans;

/// <summary>Lead and partner names as plans write them, matched to the commune's units.</summary>
public sealed class UnitMatcherTests
{
    private static readonly Unit[] Units =
    [
        new() { Id = 1, Name = "Phòng Văn hóa – Xã hội" },
        new() { Id = 2, Name = "Phòng Kinh tế, Hạ tầng và Đô thị" },
        new() { Id = 3, Name = "Ủy ban Mặt trận Tổ quốc Việt Nam phường" },
        new() { Id = 4, Name = "Trung tâm Phục vụ hành chính công" },
        new() { Id = 5, Name = "Văn phòng HĐND và UBND" },
        new() { Id = 6, Name = "Đoàn Thanh niên phường" },
        new() { Id = 7, Name = "Phòng Kinh tế" },
        new() { Id = 8, Name = "Khu phố 5" },
    ];

    private static readonly UnitMatcher Matcher = new(Units, "Hưng Phú");

    [Theory]
    [InlineData("Phòng Văn hóa – Xã hội", 1)]
    [InlineData("Phòng Văn hóa - Xã hội", 1)]
    [InlineData("phòng văn hoá – xã hội", 1)]
    [InlineData("PHÒNG VĂN HÓA - XÃ HỘI", 1)]
    [InlineData("Phòng Văn hóa-Xã hội", 1)]
    [InlineData("  Phòng  Văn hóa – Xã hội. ", 1)]
    [InlineData("Phong Van hoa - Xa hoi", 1)]
    [InlineData("Trung tâm Phục vụ Hành chính công", 4)]
    [InlineData("Phòng Kinh tế", 7)]
    [InlineData("Khu phố 5", 8)]
    public void Names_match_whatever_the_diacritics_case_and_dashes(string name, int id)
    {
        Assert.Equal(id, Matcher.Match(name)?.Id);
    }

    [Theory]
    [InlineData("Phòng Văn hóa – Xã hội phường", 1)]
    [InlineData("Phòng Văn hóa – Xã hội phường Hưng Phú", 1)]
    [InlineData("Phòng Văn hóa – Xã hội Hưng Phú", 1)]
    [InlineData("Phòng Văn hóa – Xã hội xã", 1)]
    [InlineData("Trung tâm Phục vụ hành chính công phường", 4)]
    [InlineData("Ủy ban Mặt trận Tổ quốc Việt Nam phường Hưng Phú", 3)]
    [InlineData("Ủy ban Mặt trận Tổ quốc Việt Nam", 3)]
    [InlineData("Đoàn Thanh niên", 6)]
    [InlineData("Đoàn Thanh niên phường Hưng Phú", 6)]
    public void A_trailing_ward_or_locality_is_ignored(string name, int id)
    {
        Assert.Equal(id, Matcher.Match(name)?.Id);
    }

    [Theory]
    [InlineData("Phòng KT, HT và ĐT", 2)]
    [InlineData("Phòng KT-HT và ĐT", 2)]
    [InlineData("UBMTTQVN phường", 3)]
    [InlineData("UBMTTQ Việt Nam phường", 3)]
    [InlineData("Ủy ban MTTQ Việt Nam phường Hưng Phú", 3)]
    [InlineData("TTPVHCC", 4)]
    [InlineData("Trung tâm PVHCC", 4)]
    [InlineData("Văn phòng HĐND và UBND phường", 5)]
    [InlineData("Phòng KT", 7)]
    public void Abbreviations_made_of_initials_match_the_full_name(string name, int id)
    {
        Assert.Equal(id, Matcher.Match(name)?.Id);
    }

    [Fact]
    public void The_full_name_matches_a_unit_registered_under_its_abbreviation()
    {
        var matcher = new UnitMatcher([new Unit { Id = 9, Name = "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân" }]);

        Assert.Equal(9, matcher.Match("Văn phòng HĐND và UBND")?.Id);
    }

    [Theory]
    [InlineData("Các cơ quan, đơn vị")]
    [InlineData("Cơ quan, đơn vị có liên quan")]
    [InlineData("Các cơ quan, đơn vị liên quan; các thôn/làng")]
    [InlineData("Các phòng chuyên môn")]
    [InlineData("Các khu phố")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("phường")]
    [InlineData("–")]
    public void Collective_or_empty_names_match_no_unit(string name)
    {
        Assert.Null(Matcher.Match(name));
    }

    [Theory]
    [InlineData("Phòng Văn hóa")]
    [InlineData("Phòng Kinh tế, Hạ tầng")]
    [InlineData("Phòng Tư pháp")]
    [InlineData("Trung tâm")]
    [InlineData("Khu phố 6")]
    public void A_different_or_partial_name_matches_no_unit(string name)
    {
        Assert.Null(Matcher.Match(name));
    }

    [Fact]
    public void Archived_units_are_never_matched()
    {
        var matcher = new UnitMatcher(
        [
            new Unit { Id = 1, Name = "Phòng Văn hóa – Xã hội", IsArchived = true },
            new Unit { Id = 2, Name = "Trung tâm Phục vụ hành chính công", IsArchived = true },
        ]);

        Assert.Null(matcher.Match("Phòng Văn hóa – Xã hội"));
        Assert.Null(matcher.Match("TTPVHCC"));
    }

    [Fact]
    public void An_archived_unit_gives_way_to_the_current_one_of_the_same_name()
    {
        var matcher = new UnitMatcher(
        [
            new Unit { Id = 1, Name = "Phòng Văn hóa – Xã hội", IsArchived = true },
            new Unit { Id = 2, Name = "Phòng Văn hóa - Xã hội" },
        ]);

        Assert.Equal(2, matcher.Match("Phòng Văn hóa – Xã hội")?.Id);
    }

    [Fact]
    public void An_exact_name_wins_over_an_abbreviation()
    {
        var matcher = new UnitMatcher(
        [
            new Unit { Id = 1, Name = "Phòng Kinh tế, Hạ tầng và Đô thị" },
            new Unit { Id = 2, Name = "Phòng KT, HT và ĐT" },
        ]);

        Assert.Equal(2, matcher.Match("Phòng KT, HT và ĐT")?.Id);
        Assert.Equal(1, matcher.Match("Phòng Kinh tế, Hạ tầng và Đô thị")?.Id);
    }

    [Fact]
    public void Without_units_nothing_matches()
    {
        Assert.Null(new UnitMatcher([]).Match("Phòng Văn hóa – Xã hội"));
    }
}
