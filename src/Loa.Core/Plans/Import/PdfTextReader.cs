using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Loa.Plans.Import;

/// <summary>
/// Reads the text layer of a PDF (through PdfPig) into the text form the plan parser understands, page by page:
/// the words' positions give the lines (<see cref="PdfPageLayout"/>), a table's rows become tab-separated lines,
/// columns side by side (header block, signature) lines with wide spaces, a gap between paragraphs a blank line.
/// A PDF without a text layer (a scan) is refused with a message saying what to do; pages that are only a picture
/// in a PDF that otherwise has text are named in a warning.
/// </summary>
internal static class PdfTextReader
{
    /// <summary>More pages than any plan has: a bound on the work one upload can ask for.</summary>
    public const int MaxPages = 300;

    public const string ScannedMessage =
        "Tệp PDF này là bản chụp, không có lớp chữ (chỉ có hình ảnh các trang) nên không đọc được nội dung. "
        + "Hãy dùng bản Word (.docx) của kế hoạch hoặc bản PDF xuất từ Word; nếu chỉ có bản giấy, hãy nhận dạng chữ (OCR) "
        + "rồi dán văn bản vào ô nhập. Chưa có gì được lưu.";

    public static DocxText Read(byte[] content)
    {
        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > MaxPages)
            {
                throw new PlanFormatException(
                    $"Tệp PDF có {document.NumberOfPages} trang, quá dài để là một kế hoạch (tối đa {MaxPages} trang). Hãy tách riêng phần kế hoạch rồi nhập lại.");
            }

            var lines = new List<string>();
            var pictures = new List<int>();
            var pagesWithText = 0;
            IReadOnlyList<(double Left, double Right)>? carried = null;
            foreach (var page in document.GetPages())
            {
                var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
                if (words.Count == 0)
                {
                    if (page.NumberOfImages > 0)
                    {
                        pictures.Add(page.Number);
                    }

                    carried = null;
                    continue;
                }

                pagesWithText++;
                if (lines.Count > 0)
                {
                    lines.Add("");
                }

                lines.AddRange(PdfPageLayout.Lines(words, ref carried));
            }

            if (pagesWithText == 0)
            {
                throw new PlanFormatException(ScannedMessage);
            }

            List<string> warnings = [];
            if (pictures.Count > 0)
            {
                warnings.Add($"Trang {string.Join(", ", pictures)} của tệp PDF chỉ là hình ảnh (bản chụp), không có lớp chữ: nội dung các trang đó không được nhập.");
            }

            return new DocxText(lines, warnings);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new PlanFormatException(
                "Tệp PDF được đặt mật khẩu nên không đọc được: hãy gỡ mật khẩu (hoặc dùng bản Word .docx của kế hoạch) rồi nhập lại.", ex);
        }
        catch (Exception ex) when (ex is not (PlanFormatException or OutOfMemoryException))
        {
            // Whatever a damaged file makes the reader throw, the user gets one message.
            throw new PlanFormatException(
                "Tệp PDF bị hỏng hoặc không đầy đủ (có thể tải lên chưa xong), nên không đọc được. Hãy xuất lại PDF từ Word, hoặc dùng bản .docx của kế hoạch.",
                ex);
        }
    }
}
