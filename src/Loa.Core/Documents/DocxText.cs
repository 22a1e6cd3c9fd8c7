using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Loa.Documents;

/// <summary>
/// The plain text of a .docx body, in document order: one entry per paragraph, and one per table row with its
/// cells joined by a tab (the paragraphs inside a cell joined by a line break). Field codes are left out, a
/// tab becomes "\t", a line break "\n". For checking what a document says, not for importing it.
/// </summary>
public static class DocxText
{
    public static IReadOnlyList<string> Paragraphs(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body;
        var result = new List<string>();
        if (body is not null)
        {
            Collect(body, result);
        }

        return result;
    }

    public static IReadOnlyList<string> Paragraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        return Paragraphs(stream);
    }

    private static void Collect(OpenXmlElement container, List<string> result)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    result.Add(Text(paragraph));
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        result.Add(string.Join('\t', row.Elements<TableCell>().Select(CellText)));
                    }

                    break;
                case SdtBlock or CustomXmlBlock:
                    Collect(element.GetFirstChild<SdtContentBlock>() ?? element, result);
                    break;
            }
        }
    }

    private static string CellText(TableCell cell)
    {
        var lines = new List<string>();
        Collect(cell, lines);
        return string.Join('\n', lines.Where(l => l.Length > 0));
    }

    private static string Text(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }

        return text.ToString();
    }
}
