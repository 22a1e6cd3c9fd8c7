using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Loa.Text;

public static partial class HtmlSanitiser
{
    /// <summary>Block elements of the output: a top-level run of anything else becomes a paragraph.</summary>
    private static readonly string[] BlockTags =
        ["<p", "<h2", "<h3", "<h4", "<ul", "<ol", "<li", "<blockquote", "<figure", "<figcaption", "<table", "<thead", "<tbody", "<tr", "<th", "<td"];

    [GeneratedRegex(@"\n[ \t\u00A0]*\n\s*")]
    private static partial Regex BlankLine();

    /// <summary>One cleaning: walks the parsed nodes and writes what is allowed, with the image rule of the caller.</summary>
    private sealed class Writer(Func<string, bool>? imageAllowed)
    {
        public StringBuilder Output { get; } = new();

        /// <summary>
        /// Writes the top level: blocks as they are; text and inline elements between them gathered into paragraphs,
        /// a blank line starting a new one and a single line break kept as <c>br</c> (text typed without any markup).
        /// </summary>
        public void WriteFlow(IEnumerable<INode> nodes)
        {
            var paragraph = new StringBuilder();
            Flow(nodes, paragraph, 0);
            Flush(paragraph);
        }

        private void Flow(IEnumerable<INode> nodes, StringBuilder paragraph, int depth)
        {
            foreach (var piece in WordLists.Pieces(nodes))
            {
                if (piece.ListItems is { } items)
                {
                    Flush(paragraph);
                    WordLists.Write(this, items, Output, depth);
                    continue;
                }

                switch (piece.Node)
                {
                    case IText text:
                        var chunks = BlankLine().Split(text.Data.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
                        for (var i = 0; i < chunks.Length; i++)
                        {
                            if (i > 0)
                            {
                                Flush(paragraph);
                            }

                            Encode(chunks[i], paragraph, attribute: false);
                        }

                        break;
                    case IElement element when depth < MaxDepth && OutputName(element) == "":
                        Flow(element.ChildNodes, paragraph, depth + 1);
                        break;
                    case IElement element:
                        var written = new StringBuilder();
                        WriteElement(element, written, depth);
                        if (BlockTags.Any(tag => written.ToString().Contains(tag, StringComparison.Ordinal)))
                        {
                            Flush(paragraph);
                            Output.Append(written);
                        }
                        else
                        {
                            paragraph.Append(written);
                        }

                        break;
                }
            }
        }

        /// <summary>Writes the gathered inline content as one paragraph, its line breaks as <c>br</c>; nothing when it is blank.</summary>
        private void Flush(StringBuilder paragraph)
        {
            var lines = paragraph.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
            var content = string.Join("<br>", lines);
            paragraph.Clear();
            if (!IsBlank(content))
            {
                Output.Append("<p>").Append(content).Append("</p>");
            }
        }

        public void Write(INode node, StringBuilder output, int depth)
        {
            switch (node)
            {
                case IText text:
                    Encode(text.Data, output, attribute: false);
                    return;
                case IElement element:
                    WriteElement(element, output, depth);
                    return;
                default:
                    return; // comments, processing instructions, doctypes
            }
        }

        public void WriteChildren(IElement element, StringBuilder output, int depth)
        {
            // the line breaks and indentation between rows and cells, or between list items, are no content
            var structural = OutputName(element) is "table" or "thead" or "tbody" or "tr" or "ul" or "ol";
            foreach (var piece in WordLists.Pieces(element.ChildNodes))
            {
                if (structural && piece.Node is IText { Data: var data } && string.IsNullOrWhiteSpace(data))
                {
                    continue;
                }

                if (piece.ListItems is { } items)
                {
                    WordLists.Write(this, items, output, depth + 1);
                }
                else
                {
                    Write(piece.Node!, output, depth + 1);
                }
            }
        }

        private void WriteElement(IElement element, StringBuilder output, int depth)
        {
            var name = OutputName(element);
            if (depth >= MaxDepth)
            {
                // deeper than any article needs: keep the words, not the nesting (and never recurse further)
                if (name is not null)
                {
                    Encode(element.TextContent, output, attribute: false);
                }

                return;
            }

            if (name is null)
            {
                return;
            }

            if (name.Length == 0)
            {
                WriteChildren(element, output, depth);
                return;
            }

            var start = output.Length;
            output.Append('<').Append(name);
            if (!WriteAttributes(name, element, output, imageAllowed))
            {
                // an image without a usable source is nothing at all
                output.Length = start;
                return;
            }

            output.Append('>');
            if (Void.Contains(name))
            {
                return;
            }

            var content = output.Length;
            WriteChildren(element, output, depth);
            if (name == "p" && IsBlank(output.ToString(content, output.Length - content)))
            {
                // an empty paragraph (Word's <o:p>&nbsp;</o:p>, an editor's <p><br></p>) is only space
                output.Length = start;
                return;
            }

            output.Append("</").Append(name).Append('>');
        }
    }

    /// <summary>
    /// What an element becomes: its allowed name, "" when it is unwrapped (its content stays), null when it goes with
    /// everything inside (scripts and the like, foreign content, Word's list markers).
    /// </summary>
    private static string? OutputName(IElement element)
    {
        var name = element.LocalName.ToLowerInvariant();
        if (DropWithContent.Contains(name) || element.NamespaceUri is { } ns && ns != "http://www.w3.org/1999/xhtml" || WordLists.IsMarker(element))
        {
            return null;
        }

        if (Renamed.TryGetValue(name, out var renamed))
        {
            return renamed;
        }

        if (Blocks.Contains(name))
        {
            return element.Children.Any(c => BlockChildren.Contains(c.LocalName.ToLowerInvariant())) ? "" : "p";
        }

        return Allowed.Contains(name) ? name : "";
    }

    /// <summary>Nothing a reader would see: spaces, non-breaking spaces and line breaks only.</summary>
    private static bool IsBlank(string html) =>
        html.Replace("&nbsp;", "", StringComparison.Ordinal).Replace("<br>", "", StringComparison.Ordinal).Trim().Length == 0;
}
