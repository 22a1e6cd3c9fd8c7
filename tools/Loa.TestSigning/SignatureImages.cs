using SkiaSharp;

namespace Loa.TestSigning;

/// <summary>An image as a PDF wants it: its RGB samples and its alpha (the soft mask), 8 bits each.</summary>
public sealed record PdfImage(int Width, int Height, byte[] Rgb, byte[] Alpha);

/// <summary>The pictures the test signer draws: a blue handwritten-like signature and a red round seal, transparent PNG.</summary>
public static class SignatureImages
{
    /// <summary>A blue signature on a transparent background.</summary>
    public static byte[] Signature()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(480, 200, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Transparent);
        using var pen = new SKPaint { Color = new SKColor(0x10, 0x2A, 0xC8), StrokeWidth = 7, IsAntialias = true, Style = SKPaintStyle.Stroke };
        using var path = new SKPath();
        path.MoveTo(30, 140);
        path.CubicTo(80, 20, 120, 20, 130, 120);
        path.CubicTo(140, 180, 190, 60, 230, 110);
        path.CubicTo(260, 150, 300, 40, 340, 100);
        path.CubicTo(370, 140, 420, 90, 450, 70);
        canvas.DrawPath(path, pen);
        canvas.DrawLine(60, 165, 420, 150, pen);
        return Png(bitmap);
    }

    /// <summary>A red round seal: two rings and a star, transparent around.</summary>
    public static byte[] Seal()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(400, 400, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Transparent);
        using var ink = new SKPaint { Color = new SKColor(0xD0, 0x10, 0x10, 0xD8), StrokeWidth = 10, IsAntialias = true, Style = SKPaintStyle.Stroke };
        canvas.DrawCircle(200, 200, 190, ink);
        canvas.DrawCircle(200, 200, 120, ink);
        ink.Style = SKPaintStyle.Fill;
        using var star = new SKPath();
        for (var i = 0; i < 10; i++)
        {
            var radius = i % 2 == 0 ? 60 : 24;
            var angle = (Math.PI / 5 * i) - (Math.PI / 2);
            var point = new SKPoint(200 + (float)(radius * Math.Cos(angle)), 200 + (float)(radius * Math.Sin(angle)));
            if (i == 0)
            {
                star.MoveTo(point);
            }
            else
            {
                star.LineTo(point);
            }
        }

        star.Close();
        canvas.DrawPath(star, ink);
        return Png(bitmap);
    }

    /// <summary>A PNG (or any image Skia reads) as RGB samples and alpha; null when it does not decode.</summary>
    public static PdfImage? ForPdf(byte[] image)
    {
        using var decoded = SKBitmap.Decode(image);
        if (decoded is null)
        {
            return null;
        }

        using var bitmap = new SKBitmap(new SKImageInfo(decoded.Width, decoded.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        if (!decoded.CopyTo(bitmap, SKColorType.Rgba8888))
        {
            using var canvas = new SKCanvas(bitmap);
            canvas.DrawBitmap(decoded, 0, 0);
        }

        var pixels = bitmap.GetPixelSpan();
        var count = bitmap.Width * bitmap.Height;
        var rgb = new byte[count * 3];
        var alpha = new byte[count];
        for (var i = 0; i < count; i++)
        {
            rgb[i * 3] = pixels[i * 4];
            rgb[(i * 3) + 1] = pixels[(i * 4) + 1];
            rgb[(i * 3) + 2] = pixels[(i * 4) + 2];
            alpha[i] = pixels[(i * 4) + 3];
        }

        return new PdfImage(bitmap.Width, bitmap.Height, rgb, alpha);
    }

    private static byte[] Png(SKBitmap bitmap)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
