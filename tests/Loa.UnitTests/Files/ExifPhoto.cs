using System.Buffers.Binary;
using SkiaSharp;

namespace Loa.UnitTests.Files;

/// <summary>
/// A JPEG as a phone writes it: pixels stored sideways with an EXIF orientation, and a GPS position in the EXIF
/// (an APP1 segment put right after the start-of-image marker, little-endian TIFF).
/// </summary>
public static class ExifPhoto
{
    /// <summary>The latitude written, 10° 46′ N, whose bytes the tests look for.</summary>
    public static readonly byte[] GpsMarker = [10, 0, 0, 0, 1, 0, 0, 0, 46, 0, 0, 0, 1, 0, 0, 0];

    /// <summary>A <paramref name="width"/> × <paramref name="height"/> JPEG (left half red, right half blue) with orientation and GPS tags.</summary>
    public static byte[] Jpeg(int width, int height, ushort orientation)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Blue);
            canvas.DrawRect(0, 0, width / 2f, height, new SKPaint { Color = SKColors.Red });
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        var jpeg = data.ToArray();
        var exif = Exif(orientation);
        var segment = new byte[4 + exif.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(exif.Length + 2));
        exif.CopyTo(segment, 4);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    private static byte[] Exif(ushort orientation)
    {
        var tiff = new byte[8 + 2 + (2 * 12) + 4 + 2 + (2 * 12) + 4 + 24];
        var s = tiff.AsSpan();
        "II"u8.CopyTo(s);
        BinaryPrimitives.WriteUInt16LittleEndian(s[2..], 42);
        BinaryPrimitives.WriteUInt32LittleEndian(s[4..], 8);
        const int gpsIfd = 8 + 2 + 24 + 4;
        const int rationals = gpsIfd + 2 + 24 + 4;
        BinaryPrimitives.WriteUInt16LittleEndian(s[8..], 2);
        Entry(s[10..], 0x0112, 3, 1, orientation);
        Entry(s[22..], 0x8825, 4, 1, gpsIfd);
        BinaryPrimitives.WriteUInt16LittleEndian(s[gpsIfd..], 2);
        Entry(s[(gpsIfd + 2)..], 0x0001, 2, 2, 'N');
        Entry(s[(gpsIfd + 14)..], 0x0002, 5, 3, rationals);
        GpsMarker.CopyTo(s[rationals..]);
        BinaryPrimitives.WriteUInt32LittleEndian(s[(rationals + 16)..], 0);
        BinaryPrimitives.WriteUInt32LittleEndian(s[(rationals + 20)..], 1);
        return [.. "Exif\0\0"u8, .. tiff];
    }

    private static void Entry(Span<byte> at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(at, tag);
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], type);
        BinaryPrimitives.WriteUInt32LittleEndian(at[4..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(at[8..], value);
    }

    /// <summary>Whether <paramref name="bytes"/> contain <paramref name="part"/>.</summary>
    public static bool Contains(byte[] bytes, ReadOnlySpan<byte> part) => bytes.AsSpan().IndexOf(part) >= 0;
}
