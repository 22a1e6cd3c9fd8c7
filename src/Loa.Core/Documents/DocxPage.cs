using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Loa.Documents;

/// <summary>
/// The page as Decree 30/2020 sets it (Phụ lục I): A4, margins top/bottom 20 mm, left 30 mm, right 20 mm,
/// Arabic page numbers centred in the top margin and none on the first page. Distances in twips.
/// </summary>
internal static class DocxPage
{
    public const int A4Short = 11906;
    public const int A4Long = 16838;
    public const int MarginTop = 1134;
    public const int MarginBottom = 1134;
    public const int MarginLeft = 1701;
    public const int MarginRight = 1134;
    public const int HeaderDistance = 567;
    public const int FooterDistance = 567;

    /// <summary>The width text may take on a portrait page: 11906 − 1701 − 1134.</summary>
    public const int PortraitTextWidth = A4Short - MarginLeft - MarginRight;

    /// <summary>The width text may take on a landscape page: 16838 − 1701 − 1134.</summary>
    public const int LandscapeTextWidth = A4Long - MarginLeft - MarginRight;

    public const int BodyPoints = 13;
    public const int PageNumberPoints = 13;

    /// <summary>First-line indent of body paragraphs: 1 cm.</summary>
    public const int FirstLineIndent = 567;

    /// <summary>6 pt after every body paragraph.</summary>
    public const int ParagraphAfter = 120;

    /// <summary>Line spacing 1.15 (in 240ths of a line), within the decree's single to 1.5.</summary>
    public const int BodyLine = 276;

    public const int SingleLine = 240;

    /// <summary>The relationship ids of the two headers every section uses.</summary>
    public readonly record struct Headers(string PageNumber, string FirstPage);

    /// <summary>Adds the header with the page number (other pages) and the empty header of each section's first page.</summary>
    public static Headers AddHeaders(MainDocumentPart main)
    {
        var numbered = main.AddNewPart<HeaderPart>();
        numbered.Header = new Header(PageNumberParagraph());
        var first = main.AddNewPart<HeaderPart>();
        first.Header = new Header(DocxRuns.Paragraph(ParagraphLook.Centered with { After = 0, Line = SingleLine }, new RunLook(PageNumberPoints)));
        return new Headers(main.GetIdOfPart(numbered), main.GetIdOfPart(first));
    }

    /// <summary>The portrait section of the plan itself; page numbers from 1, none on page 1.</summary>
    public static SectionProperties Portrait(Headers headers) => Section(headers, A4Short, A4Long, landscape: false, restartNumbering: false);

    /// <summary>A landscape section for a wide appendix table; its page numbers restart at 1.</summary>
    public static SectionProperties Landscape(Headers headers) => Section(headers, A4Long, A4Short, landscape: true, restartNumbering: true);

    private static SectionProperties Section(Headers headers, int width, int height, bool landscape, bool restartNumbering)
    {
        var section = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = headers.PageNumber },
            new HeaderReference { Type = HeaderFooterValues.First, Id = headers.FirstPage },
            new SectionType { Val = SectionMarkValues.NextPage });
        var size = new PageSize { Width = (UInt32Value)(uint)width, Height = (UInt32Value)(uint)height };
        if (landscape)
        {
            size.Orient = PageOrientationValues.Landscape;
        }

        section.Append(size);
        section.Append(new PageMargin
        {
            Top = MarginTop,
            Bottom = MarginBottom,
            Left = (UInt32Value)(uint)MarginLeft,
            Right = (UInt32Value)(uint)MarginRight,
            Header = (UInt32Value)(uint)HeaderDistance,
            Footer = (UInt32Value)(uint)FooterDistance,
            Gutter = 0U,
        });
        var numbering = new PageNumberType { Format = NumberFormatValues.Decimal };
        if (restartNumbering)
        {
            numbering.Start = 1;
        }

        section.Append(numbering);
        section.Append(new TitlePage());
        return section;
    }

    /// <summary>The page number: a PAGE field, Times New Roman 13, centred.</summary>
    private static Paragraph PageNumberParagraph()
    {
        var look = new RunLook(PageNumberPoints);
        var layout = ParagraphLook.Centered with { After = 0, Line = SingleLine };
        var paragraph = DocxRuns.Paragraph(layout, look);
        paragraph.Append(
            new Run(DocxRuns.Properties(look), new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(DocxRuns.Properties(look), new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(DocxRuns.Properties(look), new FieldChar { FieldCharType = FieldCharValues.Separate }),
            DocxRuns.Run("2", look),
            new Run(DocxRuns.Properties(look), new FieldChar { FieldCharType = FieldCharValues.End }));
        return paragraph;
    }
}
