using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Loa.UnitTests.Plans.Import;

/// <summary>
/// Builds real .docx files in memory with the Open XML SDK: styles (Normal, Heading 1–4 bold with outline levels,
/// List Paragraph), a numbering part with any list definitions, body paragraphs, runs and tables, a footer with a
/// page number. Tests describe documents with it instead of committing binary files.
/// </summary>
internal sealed class WordDocumentBuilder
{
    /// <summary>The multi-level list most plans use: "I." (upper Roman), "1." (decimal), "a)" (lower letter), "-".</summary>
    public const int OutlineList = 1;

    /// <summary>A bullet list whose marks show as "-".</summary>
    public const int BulletList = 2;

    private readonly List<OpenXmlElement> _body = [];
    private readonly StringBuilder _abstracts = new();
    private readonly StringBuilder _instances = new();
    private readonly StringBuilder _styles = new();

    public WordDocumentBuilder()
    {
        AddList(OutlineList, OutlineList, ("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "-"));
        AddList(BulletList, BulletList, ("bullet", "-"));
    }

    /// <summary>An abstract numbering definition with the given levels (format, level text), and a list instance of it.</summary>
    public WordDocumentBuilder AddList(int abstractId, int numId, params (string Format, string Text)[] levels) =>
        AddAbstract(abstractId, [.. levels.Select(l => (l.Format, l.Text, 1))]).AddInstance(numId, abstractId);

    /// <summary>An abstract numbering definition; levels with their start values.</summary>
    public WordDocumentBuilder AddAbstract(int abstractId, (string Format, string Text, int Start)[] levels, string? styleLevel0 = null)
    {
        _abstracts.Append(CultureInfo.InvariantCulture, $"<w:abstractNum w:abstractNumId=\"{abstractId}\"><w:multiLevelType w:val=\"hybridMultilevel\"/>");
        for (var i = 0; i < levels.Length; i++)
        {
            var (format, text, start) = levels[i];
            _abstracts.Append(CultureInfo.InvariantCulture, $"<w:lvl w:ilvl=\"{i}\"><w:start w:val=\"{start}\"/><w:numFmt w:val=\"{format}\"/>");
            if (i == 0 && styleLevel0 is not null)
            {
                _abstracts.Append(CultureInfo.InvariantCulture, $"<w:pStyle w:val=\"{styleLevel0}\"/>");
            }

            _abstracts.Append(CultureInfo.InvariantCulture, $"<w:lvlText w:val=\"{System.Security.SecurityElement.Escape(text)}\"/><w:lvlJc w:val=\"left\"/>");
            _abstracts.Append(CultureInfo.InvariantCulture, $"<w:pPr><w:ind w:left=\"{720 * (i + 1)}\" w:hanging=\"360\"/></w:pPr>");
            if (format == "bullet")
            {
                _abstracts.Append("<w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/></w:rPr>");
            }

            _abstracts.Append("</w:lvl>");
        }

        _abstracts.Append("</w:abstractNum>");
        return this;
    }

    /// <summary>A list instance (<c>w:num</c>) of a definition, optionally restarting some levels (<c>startOverride</c>).</summary>
    public WordDocumentBuilder AddInstance(int numId, int abstractId, params (int Level, int Start)[] startOverrides)
    {
        _instances.Append(CultureInfo.InvariantCulture, $"<w:num w:numId=\"{numId}\"><w:abstractNumId w:val=\"{abstractId}\"/>");
        foreach (var (level, start) in startOverrides)
        {
            _instances.Append(CultureInfo.InvariantCulture, $"<w:lvlOverride w:ilvl=\"{level}\"><w:startOverride w:val=\"{start}\"/></w:lvlOverride>");
        }

        _instances.Append("</w:num>");
        return this;
    }

    /// <summary>Numbering XML as written (<c>w:abstractNum</c> and <c>w:num</c> elements), for cases the helpers do not cover.</summary>
    public WordDocumentBuilder AddNumberingXml(string abstractNums, string nums = "")
    {
        _abstracts.Append(abstractNums);
        _instances.Append(nums);
        return this;
    }

    /// <summary>A style as written (<c>w:style</c>), added to the standard ones.</summary>
    public WordDocumentBuilder AddStyleXml(string style)
    {
        _styles.Append(style);
        return this;
    }

    /// <summary>Text of the page header (left out by the importer, like the footer's page number).</summary>
    public string? HeaderText { get; set; }

    public WordDocumentBuilder Add(OpenXmlElement element)
    {
        _body.Add(element);
        return this;
    }

    /// <summary>A plain paragraph of text.</summary>
    public WordDocumentBuilder Text(string text) => Add(Para([Run(text)]));

    public static Run Run(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }

            if (italic)
            {
                properties.Append(new Italic());
            }

            run.Append(properties);
        }

        run.Append(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>A run holding a soft line break (Shift+Enter).</summary>
    public static Run LineBreak() => new(new Break());

    /// <summary>A run holding a page break.</summary>
    public static Run PageBreak() => new(new Break { Type = BreakValues.Page });

    public static Paragraph Para(IEnumerable<OpenXmlElement> content, int? numId = null, int? level = null, string? style = null, bool center = false)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }

        if (numId is not null)
        {
            properties.Append(new NumberingProperties(
                new NumberingLevelReference { Val = level ?? 0 },
                new NumberingId { Val = numId.Value }));
        }

        if (center)
        {
            properties.Append(new Justification { Val = JustificationValues.Center });
        }

        var paragraph = new Paragraph();
        if (properties.HasChildren)
        {
            paragraph.Append(properties);
        }

        paragraph.Append(content);
        return paragraph;
    }

    /// <summary>A table with single borders; <paramref name="borders"/> false for layout tables (header block, signature).</summary>
    public static Table Table(IReadOnlyList<int> widths, IEnumerable<TableRow> rows, bool borders = true)
    {
        var properties = new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct });
        if (borders)
        {
            properties.Append(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }));
        }

        properties.Append(new TableLayout { Type = TableLayoutValues.Fixed });

        var table = new Table(properties, new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(rows);
        return table;
    }

    /// <summary>A row; <paramref name="header"/> marks it as the header row Word repeats on every page (<c>tblHeader</c>).</summary>
    public static TableRow Row(IEnumerable<TableCell> cells, bool header = false)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        row.Append(cells);
        return row;
    }

    /// <summary>A cell; <paramref name="span"/> columns wide; <paramref name="merge"/> "restart" or "continue" for a vertical merge.</summary>
    public static TableCell Cell(IEnumerable<Paragraph> paragraphs, int span = 1, string? merge = null)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is not null)
        {
            properties.Append(new VerticalMerge { Val = merge == "restart" ? MergedCellValues.Restart : MergedCellValues.Continue });
        }

        var cell = new TableCell();
        if (properties.HasChildren)
        {
            cell.Append(properties);
        }

        var list = paragraphs.ToList();
        cell.Append(list.Count > 0 ? list : [new Paragraph()]);
        return cell;
    }

    public static TableCell Cell(string text, bool bold = false) => Cell([Para(text.Length == 0 ? [] : [Run(text, bold)])]);

    /// <summary>The finished .docx, as the bytes a user would upload.</summary>
    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(StylesXml.Replace("</w:styles>", _styles + "</w:styles>", StringComparison.Ordinal));
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                $"<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">{_abstracts}{_instances}</w:numbering>");

            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                new Run(new WordText("1")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End })));

            var section = new SectionProperties();
            if (HeaderText is not null)
            {
                var header = main.AddNewPart<HeaderPart>();
                header.Header = new Header(new Paragraph(new Run(new WordText(HeaderText))));
                section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
            }

            var body = new Body(_body.Select(e => e.CloneNode(true)));
            section.Append(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Right = 1134, Bottom = 1134, Left = 1701, Header = 720, Footer = 720, Gutter = 0 });
            body.Append(section);
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private const string StylesXml = """
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <w:docDefaults>
            <w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>
            <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="288" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault>
          </w:docDefaults>
          <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
          <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Heading1"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="heading 4"/><w:basedOn w:val="Heading1"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:outlineLvl w:val="3"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
          <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
          <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/><w:rPr><w:b/></w:rPr></w:style>
          <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
        </w:styles>
        """;
}
