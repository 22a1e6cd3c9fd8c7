using Loa.Files;
using SkiaSharp;

namespace Loa.UnitTests.Files;

/// <summary>Evidence photos are stored upright and without their EXIF (GPS), with a small thumbnail; bad images are refused with a reason.</summary>
public sealed class EvidenceImagesTests
{
    [Fact]
    public void The_test_photo_carries_gps_and_orientation_before_cleaning()
    {
        var photo = ExifPhoto.Jpeg(80, 40, orientation: 6);
        Assert.True(ExifPhoto.Contains(photo, "Exif\0\0"u8));
        Assert.True(ExifPhoto.Contains(photo, ExifPhoto.GpsMarker));
        using var codec = SKCodec.Create(new MemoryStream(photo));
        Assert.Equal(SKEncodedOrigin.RightTop, codec.EncodedOrigin);
    }

    [Fact]
    public void A_photo_is_stored_without_exif_and_turned_upright()
    {
        var cleaned = EvidenceImages.Clean(ExifPhoto.Jpeg(80, 40, orientation: 6), "image/jpeg", "anh.jpg");

        Assert.Null(cleaned.Problem);
        Assert.False(ExifPhoto.Contains(cleaned.Photo, "Exif\0\0"u8));
        Assert.False(ExifPhoto.Contains(cleaned.Photo, ExifPhoto.GpsMarker));
        using var bitmap = SKBitmap.Decode(cleaned.Photo);
        Assert.Equal((40, 80), (bitmap.Width, bitmap.Height));

        // turned a quarter clockwise: the red left half of the stored pixels is now the top half
        Assert.True(bitmap.GetPixel(20, 10).Red > 200 && bitmap.GetPixel(20, 10).Blue < 60);
        Assert.True(bitmap.GetPixel(20, 70).Blue > 200 && bitmap.GetPixel(20, 70).Red < 60);
    }

    [Fact]
    public void The_thumbnail_is_a_small_jpeg_in_the_same_proportions()
    {
        var cleaned = EvidenceImages.Clean(ExifPhoto.Jpeg(1600, 1200, orientation: 1), "image/jpeg", "anh.jpg");

        using var thumbnail = SKBitmap.Decode(cleaned.Thumbnail);
        Assert.Equal((EvidenceImages.ThumbnailSide, 240), (thumbnail.Width, thumbnail.Height));
        Assert.False(ExifPhoto.Contains(cleaned.Thumbnail, ExifPhoto.GpsMarker));
        Assert.True(cleaned.Thumbnail.Length < cleaned.Photo.Length);
    }

    [Fact]
    public void A_png_stays_a_png()
    {
        using var bitmap = new SKBitmap(30, 20);
        bitmap.Erase(SKColors.Green);
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);

        var cleaned = EvidenceImages.Clean(png.ToArray(), "image/png", "so-do.png");

        Assert.Equal(FileSignatures.Evidence[1], FileSignatures.Detect(new MemoryStream(cleaned.Photo)));
    }

    [Fact]
    public void A_truncated_or_fake_image_is_refused_with_a_reason()
    {
        var photo = ExifPhoto.Jpeg(80, 40, orientation: 1);
        byte[] fake = [0xFF, 0xD8, 0xFF, .. "<script>alert(1)</script>"u8];

        Assert.Contains("Không đọc được ảnh “hong.jpg”", EvidenceImages.Clean(photo[..60], "image/jpeg", "hong.jpg").Problem, StringComparison.Ordinal);
        Assert.Contains("Không đọc được ảnh", EvidenceImages.Clean(fake, "image/jpeg", "gia.jpg").Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_claiming_to_be_huge_is_refused_before_it_is_decoded()
    {
        // a PNG header that claims 60000 × 60000 pixels (a decompression bomb), with nothing behind it
        byte[] header =
        [
            0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
            0, 0, 0xEA, 0x60, 0, 0, 0xEA, 0x60, 8, 2, 0, 0, 0, 0x0D, 0x4A, 0x64, 0x43,
        ];
        var problem = EvidenceImages.Clean(header, "image/png", "bom.png").Problem;
        Assert.NotNull(problem);
    }
}
