using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Loa.Text;

public static partial class HtmlSanitiser
{
    [GeneratedRegex(@"mso-list:\s*(?<list>l\d+)\s+level(?<level>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex WordListStyle();

    [GeneratedRegex(@"mso-list:\s*ignore", RegexOptions.IgnoreCase)]
    private static partial Regex WordListMarker();

    [GeneratedRegex(@"^\(?([0-9]{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]$")]
    private static partial Regex NumberedMarker();

    /// <summary>A node to write as it is, or a run of Word's list paragraphs to write as a list.</summary>
    private readonly record struct Piece(INode? Node, List<IElement>? ListItems);

    /// <summary>
    /// Word's lists: pasted from Word, a list is a run of paragraphs styled <c>mso-list:l0 level1 lfo1</c>, each with its
    /// bullet or number as text in a span styled <c>mso-list:Ignore</c>. They become <c>ul</c>/<c>ol</c> (numbered when
    /// the marker is "1.", "a)", "ii."…), nested by level; the marker spans go.
    /// </summary>
    private static class WordLists
    {
        public static bool IsMarker(IElement element) => element.GetAttribute("style") is { } style && WordListMarker().IsMatch(style);

        /// <summary>The nodes, with each run of Word list paragraphs (and the blank text between them) taken together.</summary>
        public static IEnumerable<Piece> Pieces(IEnumerable<INode> nodes)
        {
            List<IElement>? run = null;
            foreach (var node in nodes)
            {
                if (node is IElement element && Level(element) is not null)
                {
                    (run ??= []).Add(element);
                    continue;
                }

                if (run is not null && (node is IComment || node is IText text && string.IsNullOrWhiteSpace(text.Data)))
                {
                    continue;
                }

                if (run is not null)
                {
                    yield return new(null, run);
                    run = null;
                }

                yield return new(node, null);
            }

            if (run is not null)
            {
                yield return new(null, run);
            }
        }

        public static void Write(Writer writer, List<IElement> items, StringBuilder output, int depth)
        {
            var open = new Stack<(int Level, string Tag)>();
            foreach (var item in items)
            {
                var level = Level(item)!.Value;
                var tag = IsNumbered(item) ? "ol" : "ul";
                while (open.Count > 0 && (open.Peek().Level > level || open.Peek().Level == level && open.Peek().Tag != tag))
                {
                    output.Append("</li></").Append(open.Pop().Tag).Append('>');
                }

                if (open.Count > 0 && open.Peek().Level == level)
                {
                    output.Append("</li>");
                }
                else
                {
                    output.Append('<').Append(tag).Append('>');
                    open.Push((level, tag));
                }

                var content = new StringBuilder();
                writer.WriteChildren(item, content, depth);
                output.Append("<li>").Append(content.ToString().Trim());
            }

            while (open.Count > 0)
            {
                output.Append("</li></").Append(open.Pop().Tag).Append('>');
            }
        }

        /// <summary>The list level of a Word list paragraph (1 for the outermost), null for anything else.</summary>
        private static int? Level(IElement element)
        {
            if (element.LocalName != "p" || element.GetAttribute("style") is not { } style || WordListStyle().Match(style) is not { Success: true } match)
            {
                return null;
            }

            return int.TryParse(match.Groups["level"].Value, out var level) ? Math.Clamp(level, 1, 9) : 1;
        }

        private static bool IsNumbered(IElement item)
        {
            var marker = item.Descendants<IElement>().FirstOrDefault(IsMarker)?.TextContent ?? "";
            return NumberedMarker().IsMatch(marker.Trim().Trim('\u00A0').Trim());
        }
    }
}
