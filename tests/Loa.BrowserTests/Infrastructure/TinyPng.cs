using System.Buffers.Binary;
using System.IO.Compression;

namespace Loa.BrowserTests.Infrastructure;

/// <summary>Encodes a small RGB picture as a valid PNG, so that no binary file lives in the repository.</summary>
public static class TinyPng
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>A width × height PNG (8-bit RGB, no interlace) whose pixels the function paints.</summary>
    public static byte[] Create(int width, int height, Func<int, int, (byte R, byte G, byte B)> paint)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);

        var scanlines = new byte[height * (1 + (width * 3))];
        var at = 0;
        for (var y = 0; y < height; y++)
        {
            scanlines[at++] = 0; // filter: none
            for (var x = 0; x < width; x++)
            {
                var (r, g, b) = paint(x, y);
                scanlines[at++] = r;
                scanlines[at++] = g;
                scanlines[at++] = b;
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(scanlines);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;  // bits per channel
        header[9] = 2;  // colour type: truecolour (RGB)
        header[10] = 0; // compression: deflate
        header[11] = 0; // filter method
        header[12] = 0; // no interlace

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR"u8, header);
        WriteChunk(png, "IDAT"u8, compressed.ToArray());
        WriteChunk(png, "IEND"u8, []);
        return png.ToArray();
    }

    private static void WriteChunk(MemoryStream png, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(type);
        png.Write(data);
        var crc = Crc32(Crc32(0xFFFFFFFFu, type), data) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(number, crc);
        png.Write(number);
    }

    private static uint Crc32(uint crc, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
