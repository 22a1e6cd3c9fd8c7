using Loa.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Loa.Signing;

/// <summary>A rectangle on a page of a PDF, in points from the bottom-left corner (PDF user space); pages count from 1.</summary>
public sealed record PdfRect(int Page, double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Top => Y + Height;

    public double CenterX => X + (Width / 2);

    public double CenterY => Y + (Height / 2);
}

/// <summary>
/// Where the agent draws on one file: for the main document the signer's signature image and the organisation's seal, for an
/// appendix the text-only stamp of the organisation (its lines, Times New Roman 10).
/// </summary>
public sealed record FilePlaces(PdfRect? Signature, PdfRect? Seal, PdfRect? Stamp, IReadOnlyList<string>? StampLines = null);

/// <summary>
/// The places of Decree 30/2020, Phụ lục I, found in a PDF Loa wrote: the signature image centred between the signer's
/// title (its last line, e.g. "CHỦ TỊCH") and the signer's name; the seal at its real size, its right third over the left
/// third of the signature image; on an appendix the text-only stamp at the top right of page 1.
/// </summary>
public static class SignaturePlaces
{
    /// <summary>A commune's or province's round seal (36 mm by default; seals of state bodies are 35–42 mm).</summary>
    public const double DefaultSealMillimetres = 36;

    /// <summary>The stamp's box: 70 mm wide, three lines of Times New Roman 10.</summary>
    public const double StampWidth = 70 * PointsPerMillimetre;

    public const double StampHeight = 3 * 12 + 6;

    public const double PointsPerMillimetre = 72 / 25.4;

    /// <summary>The room Loa's .docx leaves between the title and the name: about 3 cm (Documents/SignatureBlock.SignatureSpace).</summary>
    private const double NameDrop = 85;

    /// <summary>The places for the main document, or null when the signature block is not found (then it cannot be signed here).</summary>
    public static FilePlaces? ForMain(byte[] pdf, string signerTitle, string signerName, double sealMillimetres = DefaultSealMillimetres)
    {
        var title = Fold(LastLine(signerTitle));
        var name = Fold(signerName);
        if (title.Length == 0)
        {
            return null;
        }

        using var document = PdfDocument.Open(pdf);
        for (var number = document.NumberOfPages; number >= 1; number--)
        {
            var lines = Lines(document.GetPage(number));
            if (name.Length == 0)
            {
                // no name printed (a plan whose signer is not filled in yet): the room of the block below the title
                if (lines.LastOrDefault(l => l.Text == title) is { } alone)
                {
                    var room = new Line(name, alone.Left, alone.Right, alone.Bottom - NameDrop - 14, alone.Bottom - NameDrop);
                    return Around(number, alone, room, sealMillimetres * PointsPerMillimetre);
                }

                continue;
            }

            var nameIndex = lines.FindLastIndex(l => l.Text == name);
            if (nameIndex < 0)
            {
                continue;
            }

            var nameLine = lines[nameIndex];
            var titleLine = lines.Take(nameIndex)
                .Where(l => l.Text == title && l.Bottom > nameLine.Top && l.Right > nameLine.Left && l.Left < nameLine.Right)
                .OrderBy(l => l.Bottom)
                .FirstOrDefault();
            if (titleLine is null)
            {
                continue;
            }

            return Around(number, titleLine, nameLine, sealMillimetres * PointsPerMillimetre);
        }

        return null;
    }

    /// <summary>The stamp of an appendix: top right of page 1, inside the top margin, with the organisation, number and time.</summary>
    public static FilePlaces ForAppendix(byte[] pdf, IReadOnlyList<string> stampLines)
    {
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var right = 15 * PointsPerMillimetre;
        var top = 6 * PointsPerMillimetre;
        var stamp = new PdfRect(1, Round(page.Width - right - StampWidth), Round(page.Height - top - StampHeight), Round(StampWidth), StampHeight);
        return new FilePlaces(null, null, stamp, stampLines);
    }

    private static FilePlaces Around(int page, Line title, Line name, double seal)
    {
        var gapTop = title.Bottom - 2;
        var gapBottom = name.Top + 2;
        var height = Math.Max(24, gapTop - gapBottom);
        var width = Math.Min(height * 2, 170);
        var centerX = (Math.Min(title.Left, name.Left) + Math.Max(title.Right, name.Right)) / 2;
        var centerY = (gapTop + gapBottom) / 2;
        var signature = new PdfRect(page, Round(centerX - (width / 2)), Round(centerY - (height / 2)), Round(width), Round(height));
        var sealRight = signature.X + (signature.Width / 3);
        var sealRect = new PdfRect(page, Round(sealRight - seal), Round(centerY - (seal / 2)), Round(seal), Round(seal));
        return new FilePlaces(signature, sealRect, null);
    }

    private static List<Line> Lines(Page page) => page.GetWords()
        .Where(w => !string.IsNullOrWhiteSpace(w.Text))
        .GroupBy(w => Math.Round(w.BoundingBox.Bottom / 3))
        .SelectMany(SplitColumns)
        .OrderByDescending(l => l.Bottom)
        .ToList();

    /// <summary>Words on one baseline, split where a wide gap separates two columns (Nơi nhận on the left, the signer on the right).</summary>
    private static IEnumerable<Line> SplitColumns(IEnumerable<Word> baseline)
    {
        var words = baseline.OrderBy(w => w.BoundingBox.Left).ToList();
        var start = 0;
        for (var i = 1; i <= words.Count; i++)
        {
            if (i == words.Count || words[i].BoundingBox.Left - words[i - 1].BoundingBox.Right > 40)
            {
                var part = words.GetRange(start, i - start);
                yield return new Line(
                    Fold(string.Join(' ', part.Select(w => w.Text))),
                    part.Min(w => w.BoundingBox.Left),
                    part.Max(w => w.BoundingBox.Right),
                    part.Min(w => w.BoundingBox.Bottom),
                    part.Max(w => w.BoundingBox.Top));
                start = i;
            }
        }
    }

    private static string LastLine(string title) =>
        title.Split(['\n', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";

    private static string Fold(string text) => VietnameseText.FoldWords(text);

    private static double Round(double value) => Math.Round(value, 2);

    private sealed record Line(string Text, double Left, double Right, double Bottom, double Top);
}
