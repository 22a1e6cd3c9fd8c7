using System.Text;
using Loa.Text;

namespace Loa.UnitTests.Text;

/// <summary>Search must find "Định Quán" when someone types "dinh quan", whatever the keyboard or the source produced.</summary>
public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Định Quán", "DINH QUAN")]
    [InlineData("Định Quán", "dinh quan")]
    [InlineData("ĐỊNH QUÁN", "định quán")]
    [InlineData("Hưng Phú", "hung phu")]
    [InlineData("Phước Tân", "PHUOC TAN")]
    [InlineData("Cần Thơ", "can tho")]
    [InlineData("Ủy ban", "uy ban")]
    [InlineData("Uỷ ban", "Ủy ban")] // both spellings the decree mixes
    [InlineData("Hoà", "Hòa")] // accent on the a (old style) or on the o (new style)
    [InlineData("HOÀ", "hòa")]
    [InlineData("Thuỵ", "Thụy")]
    public void Different_spellings_of_the_same_words_fold_alike(string a, string b)
    {
        Assert.Equal(VietnameseText.Fold(a), VietnameseText.Fold(b));
    }

    [Theory]
    [InlineData("đ", "d")]
    [InlineData("Đ", "d")]
    [InlineData("Đồng Nai", "dong nai")]
    [InlineData("đường dây nóng", "duong day nong")]
    [InlineData("ă â ê ô ơ ư", "a a e o o u")]
    [InlineData("Trung tâm Phục vụ hành chính công", "trung tam phuc vu hanh chinh cong")]
    public void Fold_strips_every_mark_and_maps_d_with_stroke(string text, string expected)
    {
        Assert.Equal(expected, VietnameseText.Fold(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Fold_of_nothing_is_empty(string? text)
    {
        Assert.Equal("", VietnameseText.Fold(text));
        Assert.Equal("", VietnameseText.FoldWords(text));
    }

    [Theory]
    [InlineData("Định Quán")]
    [InlineData("Phòng Văn hóa – Xã hội")]
    [InlineData("Ủy ban Mặt trận Tổ quốc Việt Nam")]
    public void Decomposed_input_folds_like_composed_input(string composed)
    {
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.Equal(VietnameseText.Fold(composed), VietnameseText.Fold(decomposed));
        Assert.Equal(VietnameseText.FoldWords(composed), VietnameseText.FoldWords(decomposed));
    }

    [Theory]
    [InlineData("Định Quán")]
    [InlineData("Hòa Bình")]
    [InlineData("Khu phố 5, phường Hưng Phú")]
    public void Nfc_composes_decomposed_text_and_keeps_composed_text(string composed)
    {
        Assert.Equal(composed, VietnameseText.Nfc(composed.Normalize(NormalizationForm.FormD)));
        Assert.Equal(composed, VietnameseText.Nfc(composed));
    }

    [Theory]
    [InlineData("Phòng Văn hóa - Xã hội", "phong van hoa xa hoi")]
    [InlineData("Phòng Văn hóa – Xã hội", "phong van hoa xa hoi")]
    [InlineData("  Phòng   KT, HT và ĐT.  ", "phong kt ht va dt")]
    [InlineData("Chuyên mục “Cải cách hành chính”", "chuyen muc cai cach hanh chinh")]
    [InlineData("thôn/làng", "thon lang")]
    [InlineData("Số: 15/KH-UBND", "so 15 kh ubnd")]
    [InlineData("Tổng đài 1022...;", "tong dai 1022")]
    public void FoldWords_collapses_punctuation_and_spaces_into_single_spaces(string text, string expected)
    {
        Assert.Equal(expected, VietnameseText.FoldWords(text));
    }

    [Theory]
    [InlineData("Đăng ký khai sinh", "dang ki khai sinh")]
    [InlineData("đăng kí khai sinh", "dang ki khai sinh")]
    [InlineData("DANG KY  khai   SINH ", "dang ki khai sinh")]
    [InlineData("Phiếu lý lịch tư pháp", "phieu li lich tu phap")]
    [InlineData("kĩ thuật, kỹ thuật", "ki thuat ki thuat")]
    [InlineData("quy định, qui định", "qui dinh qui dinh")]
    [InlineData("Mỹ Tho; mĩ thuật", "mi tho mi thuat")]
    [InlineData("tay, huy, thuy, yen, y tế, ay", "tay huy thuy yen y te ay")]
    [InlineData("hy sinh, tỷ lệ", "hi sinh ti le")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void SearchKey_folds_and_makes_a_closing_i_or_y_one(string? text, string expected) =>
        Assert.Equal(expected, VietnameseText.SearchKey(text));

    [Fact]
    public void SearchKey_reads_every_spelling_of_dang_ky_alike()
    {
        var keys = new[] { "Đăng ký", "đăng kí", "dang ki", "DANG KY", "Đăng  Ký", "đăng\tký" }.Select(VietnameseText.SearchKey).Distinct().ToList();
        Assert.Equal(["dang ki"], keys);
    }

    [Theory]
    [InlineData("Phản ánh số 5 của bạn", "Phan anh so 5 cua ban")]
    [InlineData("UBND xã Đồng Tâm: ĐƯỢC duyệt.", "UBND xa Dong Tam: DUOC duyet.")]
    [InlineData("https://loa.vn/x/26734?q=1", "https://loa.vn/x/26734?q=1")]
    public void Text_without_diacritics_keeps_its_case_and_punctuation(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.WithoutDiacritics(input));
}
