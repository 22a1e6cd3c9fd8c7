using SkiaSharp;

namespace Loa.Files;

/// <summary>
/// What Loa keeps of an evidence photo (docs/decisions/0028): the image decoded by SkiaSharp, turned upright as its EXIF
/// orientation says, and encoded again — which writes no metadata, so the camera's EXIF (GPS position, device, time)
/// is neither stored nor served — and a small JPEG thumbnail for the activity's gallery. An image that does not
/// decode, or that claims to be larger than <see cref="MaxPixels"/> (a decompression bomb), is refused.
/// </summary>
public static class EvidenceImages
{
    /// <summary>The largest image accepted: 50 megapixels (a phone's photo is 12 to 48).</summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>The longest side of a thumbnail, in pixels.</summary>
    public const int ThumbnailSide = 320;

    private const int PhotoQuality = 90;
    private const int ThumbnailQuality = 80;

    /// <summary>Whether Loa makes a thumbnail for files of this type (raster images).</summary>
    public static bool IsImage(string contentType) => contentType is "image/jpeg" or "image/png" or "image/webp" or "image/gif";

    /// <summary>
    /// The photo to store (upright, without metadata; a GIF is kept as it is, for its frames) and its thumbnail, or why
    /// not in Vietnamese (<see cref="CleanedImage.Problem"/>). Never throws for bad content.
    /// </summary>
    public static CleanedImage Clean(byte[] content, string contentType, string fileName)
    {
        try
        {
            using var data = SKData.CreateCopy(content);
            using var codec = SKCodec.Create(data);
            if (codec is null)
            {
                return CleanedImage.Refused(Unreadable(fileName));
            }

            var info = codec.Info;
            if (info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > MaxPixels)
            {
                return CleanedImage.Refused($"Ảnh “{fileName}” quá lớn ({info.Width} × {info.Height} điểm ảnh); hãy thu nhỏ ảnh rồi tải lại.");
            }

            using var decoded = SKBitmap.Decode(codec, info.WithColorType(SKColorType.Rgba8888).WithAlphaType(SKAlphaType.Premul));
            if (decoded is null)
            {
                return CleanedImage.Refused(Unreadable(fileName));
            }

            using var upright = Upright(decoded, codec.EncodedOrigin);
            var photo = contentType switch
            {
                "image/gif" => content,
                "image/png" => Encode(upright, SKEncodedImageFormat.Png, 100),
                "image/webp" => Encode(upright, SKEncodedImageFormat.Webp, PhotoQuality),
                _ => Encode(upright, SKEncodedImageFormat.Jpeg, PhotoQuality, flatten: true),
            };
            return new CleanedImage(photo, Thumbnail(upright), upright.Width, upright.Height, null);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NotSupportedException or OutOfMemoryException)
        {
            return CleanedImage.Refused(Unreadable(fileName));
        }
    }

    private static string Unreadable(string fileName) =>
        $"Không đọc được ảnh “{fileName}”: tệp bị hỏng hoặc không phải ảnh thật. Hãy mở ảnh trên máy rồi chụp hoặc lưu lại, sau đó tải lên.";

    /// <summary>A JPEG whose longest side is at most <see cref="ThumbnailSide"/>, on white (for transparent images).</summary>
    private static byte[] Thumbnail(SKBitmap image)
    {
        var scale = Math.Min(1.0, (double)ThumbnailSide / Math.Max(image.Width, image.Height));
        var width = Math.Max(1, (int)Math.Round(image.Width * scale));
        var height = Math.Max(1, (int)Math.Round(image.Height * scale));
        var size = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var small = image.Resize(size, new SKSamplingOptions(SKCubicResampler.Mitchell))
            ?? throw new InvalidOperationException("resize failed");
        return Encode(small, SKEncodedImageFormat.Jpeg, ThumbnailQuality, flatten: true);
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality, bool flatten = false)
    {
        using var surface = SKSurface.Create(new SKImageInfo(bitmap.Width, bitmap.Height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("no surface");
        surface.Canvas.Clear(flatten ? SKColors.White : SKColors.Transparent);
        surface.Canvas.DrawBitmap(bitmap, 0, 0);
        using var image = surface.Snapshot();
        using var encoded = image.Encode(format, quality) ?? throw new InvalidOperationException("encoding failed");
        return encoded.ToArray();
    }

    /// <summary>The bitmap turned as the EXIF orientation says, so that it shows upright without its metadata.</summary>
    private static SKBitmap Upright(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft or SKEncodedOrigin.Default)
        {
            return source.Copy();
        }

        var swaps = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (w, h) = swaps ? (source.Height, source.Width) : (source.Width, source.Height);
        var result = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(result);
        canvas.Clear(SKColors.Transparent);
        canvas.SetMatrix(OrientationMatrix(origin, source.Width, source.Height));
        canvas.DrawBitmap(source, 0, 0);
        canvas.Flush();
        return result;
    }

    /// <summary>The matrix from the stored pixels (width <paramref name="w"/>, height <paramref name="h"/>) to the upright image.</summary>
    private static SKMatrix OrientationMatrix(SKEncodedOrigin origin, int w, int h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}

/// <summary>A cleaned evidence photo and its thumbnail, or the Vietnamese reason it was refused.</summary>
public sealed record CleanedImage(byte[] Photo, byte[] Thumbnail, int Width, int Height, string? Problem)
{
    public static CleanedImage Refused(string problem) => new([], [], 0, 0, problem);
}
