using System.Text;

namespace Loa.Plans.Import;

/// <summary>
/// Turns the bytes of a text file into text: UTF-8 (with or without a BOM), UTF-16 and UTF-32 with a BOM, and,
/// when the bytes are not UTF-8, the Vietnamese Windows code page 1258 (what old Windows editors saved), with a
/// warning. Bytes that are plainly binary are refused.
/// </summary>
internal static class TextFileDecoder
{
    private const int VietnameseWindowsCodePage = 1258;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string Text, string? Warning) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (Strict(new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), bytes[4..], "UTF-32"), null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (Strict(new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), bytes[4..], "UTF-32"), null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Strict(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], "UTF-16"), null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Strict(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], "UTF-16"), null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Strict(StrictUtf8, bytes[3..], "UTF-8"), null);
        }

        if (LooksBinary(bytes))
        {
            throw new PlanFormatException(
                "Tệp không phải văn bản hay tài liệu Word (.docx): có dữ liệu nhị phân. Hãy dùng tệp .docx, .txt, .md hoặc dán văn bản vào ô nhập.");
        }

        try
        {
            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            var legacy = CodePagesEncodingProvider.Instance.GetEncoding(VietnameseWindowsCodePage)
                ?? throw new PlanFormatException("Tệp không phải văn bản UTF-8. Hãy lưu lại tệp với mã hóa UTF-8.");
            return (legacy.GetString(bytes),
                "Tệp không phải văn bản UTF-8: đã đọc theo bảng mã Windows-1258 (tiếng Việt). Hãy kiểm tra dấu tiếng Việt; nếu sai, lưu lại tệp với mã hóa UTF-8.");
        }
    }

    /// <summary>A NUL byte, or more than a few control bytes that text never holds.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Contains((byte)0))
        {
            return true;
        }

        var control = 0;
        foreach (var b in bytes)
        {
            if ((b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C or 0x0B)) || b == 0x7F)
            {
                control++;
            }
        }

        return control > 8 && control * 100 > bytes.Length;
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new PlanFormatException($"Tệp văn bản {name} bị lỗi (có byte không hợp lệ). Hãy mở tệp và lưu lại với mã hóa UTF-8.");
        }
    }
}
