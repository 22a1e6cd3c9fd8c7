using Loa.Signing;

namespace Loa.UnitTests.Signing;

public sealed class SignaturePlacesTests
{
    [Fact]
    public void The_signature_sits_centred_between_the_title_and_the_name_and_the_seal_overlaps_its_left_third()
    {
        var places = SignaturePlaces.ForMain(SamplePdfs.Issued(), SamplePdfs.Title, SamplePdfs.Name);

        Assert.NotNull(places);
        var signature = places.Signature!;
        var seal = places.Seal!;
        Assert.Equal(2, signature.Page);
        Assert.InRange(signature.Top, 300, 384);
        Assert.InRange(signature.Y, 290, 384);
        Assert.InRange(signature.CenterX, 390, 470);
        var sealSize = 36 * 72 / 25.4;
        Assert.Equal(sealSize, seal.Width, 1);
        Assert.Equal(sealSize, seal.Height, 1);
        Assert.Equal(signature.X + (signature.Width / 3), seal.Right, 1);
        Assert.Equal(signature.CenterY, seal.CenterY, 1);
    }

    [Fact]
    public void A_pdf_without_the_signers_name_has_no_place()
    {
        Assert.Null(SignaturePlaces.ForMain(SamplePdfs.Issued(), SamplePdfs.Title, "Lê Thị Cúc"));
    }

    [Fact]
    public void Without_a_printed_name_the_signature_goes_in_the_room_below_the_title()
    {
        var places = SignaturePlaces.ForMain(SamplePdfs.Issued(), SamplePdfs.Title, "");

        var signature = places!.Signature!;
        Assert.True(signature.Top < 384 && signature.Y > 384 - 110, $"{signature}");
    }

    [Fact]
    public void An_appendix_gets_the_stamp_at_the_top_right_of_page_one()
    {
        var places = SignaturePlaces.ForAppendix(SamplePdfs.Issued(), ["UBND xã A", "Số: 12/KH-UBND"]);

        var stamp = places.Stamp!;
        Assert.Equal(1, stamp.Page);
        Assert.True(stamp.Right > 595 - 60 && stamp.Right < 595, $"right edge {stamp.Right}");
        Assert.True(stamp.Top > 800 && stamp.Top <= 842, $"top {stamp.Top}");
        Assert.Null(places.Signature);
    }
}
