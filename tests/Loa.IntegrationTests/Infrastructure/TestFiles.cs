using System.IO.Compression;

namespace Loa.IntegrationTests.Infrastructure;

/// <summary>Small real files made by the tests (no binaries in the repository).</summary>
public static class TestFiles
{
    /// <summary>A valid 2×2 PNG image.</summary>
    public static readonly byte[] Png = MakePng(2, 2, (x, y) => [(byte)(200 * x), 80, (byte)(200 * y)]);

    /// <summary>
    /// A valid PNG of random pixels, which no encoder can make much smaller: a photo that weighs about
    /// width × height × 3 bytes however it is stored.
    /// </summary>
    public static byte[] NoisePng(int width, int height, int seed = 1)
    {
        var random = new Random(seed);
        return MakePng(width, height, (_, _) => [(byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)]);
    }

    private static byte[] MakePng(int width, int height, Func<int, int, byte[]> pixel)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        Chunk(output, "IHDR", header);
        using var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0);
            for (var x = 0; x < width; x++)
            {
                raw.Write(pixel(x, y));
            }
        }

        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(raw.ToArray());
        }

        Chunk(output, "IDAT", compressed.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>The CRC-32 that PNG chunks carry (polynomial 0xEDB88320).</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        var value = Crc32([.. typeBytes, .. data]);
        Span<byte> crcBytes = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crcBytes, value);
        output.Write(crcBytes);
    }
}
