using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Loa.Plans;

namespace Loa.Documents;

/// <summary>
/// The top of the first page of every export (plan, commune and unit report): a borderless table of two columns.
/// Row 1: the issuing body (box 2) with a short line under it | Quốc hiệu and Tiêu ngữ (box 1) with a line as
/// long as the motto. Row 2: "Số: …" (box 3) | place and date (box 4), in a row of their own so a long body
/// name cannot push them out of line. The lines are bottom borders of short empty paragraphs, not drawn shapes,
/// so the text above them always has the whole cell and never wraps ("Hạnh / phúc"). The decree's template uses
/// 3829 + 5670 twips; here 3700 + 6000: so that the 13 pt Quốc hiệu keeps some room in fonts whose
/// Vietnamese capitals run wider than Times New Roman's (LibreOffice's Liberation Serif), and a long unit name
/// is broken into balanced lines that fit the left column (docs/decisions/0024-header-and-words.md).
/// </summary>
internal static class HeaderBlock
{
    public const int LeftWidth = 3700;
    public const int RightWidth = 6000;

    /// <summary>Left and right cell margins: small, so the 13 pt Quốc hiệu fits on one line.</summary>
    public const int CellMargin = 57;

    public const int IssuerPoints = 13;

    /// <summary>The decree allows 12–13 for the issuing body: 12 when a line of it does not fit the column at 13.</summary>
    public const int SmallIssuerPoints = 12;
    public const int NationalNamePoints = 13;
    public const int MottoPoints = 13;
    public const int NumberPoints = 13;
    public const int DatePoints = 14;

    public static Table Build(DocumentHeader header)
    {
        var table = DocxTables.Borderless([LeftWidth, RightWidth], CellMargin);
        table.Append(
            DocxTables.Row(
                DocxTables.Cell(LeftWidth, IssuingBody(header)),
                DocxTables.Cell(RightWidth, NationalNameAndMotto())),
            DocxTables.Row(
                DocxTables.Cell(LeftWidth, DocxRuns.Paragraph(header.NumberLine, new RunLook(NumberPoints), Line(before: 120))),
                DocxTables.Cell(RightWidth, DocxRuns.Paragraph(header.PlaceAndDate, new RunLook(DatePoints, Italic: true), Line(before: 120)))));
        return table;
    }

    private static IEnumerable<Paragraph> IssuingBody(DocumentHeader header)
    {
        var available = Available(LeftWidth);
        var given = header.IssuingBody.Append(header.Superior ?? "").ToList();
        var points = given.All(l => HeaderLines.Fits(l, IssuerPoints, available)) ? IssuerPoints : SmallIssuerPoints;

        // The body that directs the issuer (a unit's report: its commune's people's committee) sits above it, upright.
        if (!string.IsNullOrWhiteSpace(header.Superior))
        {
            foreach (var line in HeaderLines.Fit(header.Superior, points, available))
            {
                yield return DocxRuns.Paragraph(line, new RunLook(points), Line());
            }
        }

        var lines = header.IssuingBody.SelectMany(l => HeaderLines.Fit(l, points, available)).ToList();
        var look = new RunLook(points, Bold: true);
        foreach (var line in lines)
        {
            yield return DocxRuns.Paragraph(line, look, Line());
        }

        // The decree: a solid line under the body's name, a third to a half of the text's length.
        var textWidth = lines.Count == 0 ? 0 : lines.Max(l => TextWidths.BoldTwips(l, points));
        var length = Math.Clamp((int)(textWidth * 0.4), 700, available);
        var indent = (available - length) / 2;
        yield return DocxRuns.Line(indent, available - length - indent);
    }

    private static IEnumerable<Paragraph> NationalNameAndMotto()
    {
        yield return DocxRuns.Paragraph(PlanWording.NationalName, new RunLook(NationalNamePoints, Bold: true), Line());

        yield return DocxRuns.Paragraph(PlanWording.Motto, new RunLook(MottoPoints, Bold: true), Line());

        // The line under the motto, as long as the text: an empty paragraph of its own, so that its indents never
        // narrow the motto's paragraph.
        var available = Available(RightWidth);
        var length = Math.Min(TextWidths.BoldTwips(PlanWording.Motto, MottoPoints), available);
        var indent = (available - length) / 2;
        yield return DocxRuns.Line(indent, available - length - indent);
    }

    private static int Available(int cellWidth) => cellWidth - (2 * CellMargin);

    private static ParagraphLook Line(int before = 0) => ParagraphLook.Centered with { Before = before, After = 0, Line = DocxPage.SingleLine };
}

/// <summary>
/// What the header table shows (boxes 1–4), the same for every kind of document: the issuing body's lines (upper
/// case, bold), the body above it when there is one (upright), "Số: …" and the place and date.
/// </summary>
internal sealed record DocumentHeader(IReadOnlyList<string> IssuingBody, string NumberLine, string PlaceAndDate, string? Superior = null)
{
    public static DocumentHeader Of(PlanDocument plan) =>
        new(PlanWording.IssuingBodyLines(plan.Issuer), PlanWording.NumberLine(plan), PlanWording.PlaceAndDate(plan));

    public static DocumentHeader Of(Loa.Reports.ReportDocument report)
    {
        var (superior, lines) = ReportWording.IssuingBody(report.Issuer);
        return new(lines, ReportWording.NumberLine(report), ReportWording.PlaceAndDate(report), superior);
    }
}

/// <summary>Tables with fixed layout and an explicit grid (LibreOffice ignores cell widths otherwise).</summary>
internal static class DocxTables
{
    /// <summary>A table without borders, centred on the page, for the header and the signature block.</summary>
    public static Table Borderless(IReadOnlyList<int> widths, int cellMargin) =>
        Create(widths, borders: false, cellMargin);

    /// <summary>A table with single lines around every cell, for the task table.</summary>
    public static Table Ruled(IReadOnlyList<int> widths, int cellMargin) =>
        Create(widths, borders: true, cellMargin);

    public static TableRow Row(params TableCell[] cells) => Row(header: false, cells);

    /// <summary>A row that never splits across pages; a header row repeats at the top of every page.</summary>
    public static TableRow Row(bool header, params TableCell[] cells)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.Append(new TableHeader());
        }

        var row = new TableRow(properties);
        row.Append(cells);
        return row;
    }

    public static TableCell Cell(int width, params Paragraph[] paragraphs) => Cell(width, (IEnumerable<Paragraph>)paragraphs);

    public static TableCell Cell(int width, IEnumerable<Paragraph> paragraphs, bool centerVertically = false)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa });
        if (centerVertically)
        {
            properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        }

        var cell = new TableCell(properties);
        cell.Append(paragraphs);
        if (!cell.Elements<Paragraph>().Any())
        {
            cell.Append(new Paragraph()); // a cell must hold at least one paragraph
        }

        return cell;
    }

    private static Table Create(IReadOnlyList<int> widths, bool borders, int cellMargin)
    {
        var total = widths.Sum();
        var properties = new TableProperties(
            new TableWidth { Width = Twips(total), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            new TableBorders(
                new TopBorder { Val = Border(borders), Size = Size(borders), Space = 0, Color = "000000" },
                new LeftBorder { Val = Border(borders), Size = Size(borders), Space = 0, Color = "000000" },
                new BottomBorder { Val = Border(borders), Size = Size(borders), Space = 0, Color = "000000" },
                new RightBorder { Val = Border(borders), Size = Size(borders), Space = 0, Color = "000000" },
                new InsideHorizontalBorder { Val = Border(borders), Size = Size(borders), Space = 0, Color = "000000" },
                new InsideVerticalBorder { Val = Border(borders), Size = Size(borders), Space = 0, Color = "000000" }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TableCellLeftMargin { Width = (Int16Value)(short)cellMargin, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = (Int16Value)(short)cellMargin, Type = TableWidthValues.Dxa }),
            new TableLook
            {
                Val = "0000",
                FirstRow = false,
                LastRow = false,
                FirstColumn = false,
                LastColumn = false,
                NoHorizontalBand = true,
                NoVerticalBand = true,
            });
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) }));
        return new Table(properties, grid);
    }

    private static BorderValues Border(bool on) => on ? BorderValues.Single : BorderValues.None;

    private static UInt32Value Size(bool on) => on ? 4U : 0U;

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
