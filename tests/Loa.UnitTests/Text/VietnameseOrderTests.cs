using Loa.Text;

namespace Loa.UnitTests.Text;

/// <summary>Names sort in Vietnamese alphabetical order, as in a dictionary or the government's list of provinces.</summary>
public sealed class VietnameseOrderTests
{
    [Fact]
    public void D_with_stroke_comes_after_d_not_after_z()
    {
        string[] provinces = ["Đồng Tháp", "Cà Mau", "Đắk Lắk", "Gia Lai", "Điện Biên", "Đà Nẵng", "Cần Thơ", "Cao Bằng", "Tuyên Quang", "Đồng Nai"];
        Assert.Equal(
            ["Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Tuyên Quang"],
            provinces.Order(VietnameseOrder.Instance));
    }

    [Fact]
    public void Letters_with_marks_follow_their_base_letter_a_then_a_breve_then_a_circumflex()
    {
        string[] words = ["Ân", "Ăn", "Anh", "Bình", "Ánh", "Ơn", "Ông", "Ong", "Ưng", "Uyên", "Dung", "Đào", "Duy", "Ê", "Em"];
        Assert.Equal(["Anh", "Ánh", "Ăn", "Ân", "Bình", "Dung", "Duy", "Đào", "Em", "Ê", "Ong", "Ông", "Ơn", "Uyên", "Ưng"], words.Order(VietnameseOrder.Instance));
    }

    [Fact]
    public void Tones_decide_only_between_words_with_the_same_letters_none_grave_hook_tilde_acute_dot()
    {
        string[] words = ["Hạ", "Há", "Hà", "Hã", "Ha", "Hả", "Hai", "Hà Nội", "Hà Giang"];
        Assert.Equal(["Ha", "Hà", "Hả", "Hã", "Há", "Hạ", "Hà Giang", "Hà Nội", "Hai"], words.Order(VietnameseOrder.Instance));
    }

    [Fact]
    public void Case_and_composed_or_decomposed_forms_do_not_change_the_letter()
    {
        Assert.True(VietnameseOrder.Instance.Compare("đà lạt", "Dung") > 0);
        Assert.Equal(0, VietnameseOrder.Instance.Compare("Hòa", "Ho\u0300a".Normalize(System.Text.NormalizationForm.FormD)));
        Assert.True(VietnameseOrder.Instance.Compare("an", "An") < 0);
        Assert.True(VietnameseOrder.Instance.Compare("An", "ăn") < 0);
    }

    [Fact]
    public void Numbers_compare_by_value_and_come_before_letters()
    {
        string[] names = ["Phường 10", "Phường 2", "Phường 1", "Phường An Lạc", "Phường 02A"];
        Assert.Equal(["Phường 1", "Phường 2", "Phường 02A", "Phường 10", "Phường An Lạc"], names.Order(VietnameseOrder.Instance));
    }

    [Fact]
    public void Null_and_empty_come_first()
    {
        string?[] names = ["B", null, "", "A"];
        Assert.Equal([null, "", "A", "B"], names.Order(VietnameseOrder.Instance));
    }
}
