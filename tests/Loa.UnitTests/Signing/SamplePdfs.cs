using Loa.Demo.Signing;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Loa.UnitTests.Signing;

/// <summary>
/// A small issued PDF with a Decree 30 signature block (the title "CHU TICH" and the name in the right column), and the test CA
/// with its people, made once for the tests of this folder (RSA keys take a moment to generate).
/// </summary>
internal static class SamplePdfs
{
    public const string Title = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH";
    public const string Name = "Nguyễn Văn An";

    private static readonly Lazy<Keys> Shared = new(() =>
    {
        var authority = TestAuthority.Create();
        var other = TestAuthority.Create("Other Test CA");
        return new Keys(authority, authority.Issue("Nguyen Van An"), authority.Issue("Tran Thi Binh"), other.Issue("Nguyen Van An"), other);
    });

    public static Keys Ca => Shared.Value;

    /// <summary>Two pages; on the second the signature block: "TM. UY BAN NHAN DAN", "CHU TICH", room, "Nguyen Van An".</summary>
    public static byte[] Issued(string body = "Noi dung ke hoach")
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var bold = builder.AddStandard14Font(Standard14Font.TimesBold);
        var first = builder.AddPage(PageSize.A4);
        first.AddText(body, 13, new PdfPoint(85, 700), font);
        var last = builder.AddPage(PageSize.A4);
        last.AddText("Noi nhan:", 12, new PdfPoint(85, 400), bold);
        last.AddText("TM. UY BAN NHAN DAN", 14, new PdfPoint(340, 400), bold);
        last.AddText("- Luu: VT.", 11, new PdfPoint(85, 385), font);
        last.AddText("CHU TICH", 14, new PdfPoint(380, 384), bold);
        last.AddText("Nguyen Van An", 14, new PdfPoint(370, 290), bold);
        return builder.Build();
    }

    public sealed record Keys(TestAuthority Authority, TestIdentity Leader, TestIdentity Colleague, TestIdentity Stranger, TestAuthority OtherAuthority);
}
