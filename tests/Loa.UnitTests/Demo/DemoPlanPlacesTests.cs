using Loa.Demo;
using Loa.Plans.Parsing;

namespace Loa.UnitTests.Demo;

/// <summary>A real plan moved to another commune for demo data must read as that commune's own.</summary>
public sealed class DemoPlanPlacesTests
{
    private static readonly PlanPlace CanhVinh = new("xã", "Canh Vinh", "tỉnh", "Gia Lai");
    private static readonly PlanPlace HungPhu = new("phường", "Hưng Phú", "thành phố", "Cần Thơ");
    private static readonly PlanPlace BenThanh = new("phường", "Bến Thành", "thành phố", "Hồ Chí Minh");
    private static readonly PlanPlace BinhLu = new("xã", "Bình Lư", "tỉnh", "Lai Châu");

    [Theory]
    [InlineData("Ủy ban nhân dân xã Canh Vinh ban hành", "Ủy ban nhân dân phường Bến Thành ban hành")]
    [InlineData("ỦY BAN NHÂN DÂN XÃ CANH VINH", "ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH")]
    [InlineData("Xã Canh Vinh năm 2026", "Phường Bến Thành năm 2026")]
    [InlineData("trên địa bàn tỉnh Gia Lai và Canh Vinh", "trên địa bàn thành phố Hồ Chí Minh và Bến Thành")]
    [InlineData("UBND xã giao Phòng Văn hóa - Xã hội", "UBND phường giao Phòng Văn hóa - Xã hội")]
    [InlineData("phát triển kinh tế - xã hội của xã", "phát triển kinh tế - xã hội của phường")]
    [InlineData("Trang thông tin điện tử của xã, phường", "Trang thông tin điện tử của xã, phường")]
    [InlineData("Kế hoạch của UBND tỉnh; Tỉnh ủy chỉ đạo", "Kế hoạch của UBND thành phố; Thành ủy chỉ đạo")]
    [InlineData("Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)")]
    [InlineData("Phòng Kinh tế chủ trì", "Phòng Kinh tế, Hạ tầng và Đô thị chủ trì")]
    [InlineData("Phòng Kinh tế, Hạ tầng và Đô thị chủ trì", "Phòng Kinh tế, Hạ tầng và Đô thị chủ trì")]
    public void A_xa_plan_moves_to_a_phuong(string source, string expected)
    {
        Assert.Equal(expected, DemoPlanPlaces.Rewrite(source, CanhVinh, BenThanh));
    }

    [Theory]
    [InlineData("UBND phường Hưng Phú; các khu vực của phường", "UBND xã Bình Lư; các khu vực của xã")]
    [InlineData("Phòng KT, HT và ĐT phối hợp", "Phòng Kinh tế phối hợp")]
    [InlineData("Phòng Kinh tế, Hạ tầng và đô thị phường", "Phòng Kinh tế xã")]
    [InlineData("UBND thành phố Cần Thơ; kế hoạch của thành phố", "UBND tỉnh Lai Châu; kế hoạch của tỉnh")]
    public void A_phuong_plan_moves_to_a_xa(string source, string expected)
    {
        Assert.Equal(expected, DemoPlanPlaces.Rewrite(source, HungPhu, BinhLu));
    }

    [Theory]
    [InlineData("canh-vinh-2026.txt", "xã", "Canh Vinh", "tỉnh", "Gia Lai")]
    [InlineData("hung-phu-2026.txt", "phường", "Hưng Phú", "thành phố", "Cần Thơ")]
    [InlineData("phuoc-tan-2026.txt", "phường", "Phước Tân", "tỉnh", "Đồng Nai")]
    public void No_trace_of_the_source_commune_is_left(string file, string word, string locality, string provinceKind, string provinceLocality)
    {
        var source = PlanTextParser.Parse(DemoPlanTexts.Read(file));
        var target = new PlanPlace("xã", "Sìn Hồ", "tỉnh", "Lai Châu");

        var moved = Loa.Plans.PlanJson.Serialize(DemoPlanPlaces.Move(source, new PlanPlace(word, locality, provinceKind, provinceLocality), target));

        Assert.DoesNotContain(locality, moved, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(provinceLocality, moved, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("xã Sìn Hồ", moved, StringComparison.Ordinal);
    }
}
