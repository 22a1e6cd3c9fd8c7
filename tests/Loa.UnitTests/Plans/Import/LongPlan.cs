using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Loa.Demo;

namespace Loa.UnitTests.Plans.Import;

/// <summary>
/// A long plan of realistic content for timing the import (also linked into the benchmarks): Canh Vinh's header,
/// title and preamble; the parts of all three sample plans, repeated and numbered on (I … XXX), their task
/// tables included; the closing, recipients and signature; and an appendix task table of some 250 rows, with
/// sub-rows and with the header row repeated every 30 rows as a converted document has it. About 25,000 words:
/// some 50 pages of A4 in 14-point Times New Roman.
/// </summary>
internal static partial class LongPlan
{
    private static readonly string[] Samples = ["canh-vinh-2026.txt", "hung-phu-2026.txt", "phuoc-tan-2026.txt"];

    public static string Text(int bodyRepeats = 2, int tableRepeats = 22)
    {
        var canhVinh = Lines(Samples[0]);
        var firstPart = canhVinh.FindIndex(l => PartLabel().IsMatch(l));
        var closing = canhVinh.FindIndex(l => l.StartsWith("Trên đây", StringComparison.Ordinal));
        var appendixHeader = canhVinh.FindIndex(l => l.StartsWith("TT\t", StringComparison.Ordinal));

        var text = new StringBuilder();
        AppendLines(text, canhVinh.Take(firstPart));

        var part = 0;
        for (var repeat = 0; repeat < bodyRepeats; repeat++)
        {
            foreach (var sample in Samples)
            {
                var lines = Lines(sample);
                var start = lines.FindIndex(l => PartLabel().IsMatch(l));
                var end = lines.FindIndex(l => l.StartsWith("Trên đây", StringComparison.Ordinal));
                foreach (var line in lines.Skip(start).Take(end - start))
                {
                    text.Append(PartLabel().Replace(line, m => m.Groups["before"].Value + PlanDocx.Roman(++part) + ".")).Append('\n');
                }
            }
        }

        AppendLines(text, canhVinh.Skip(closing).Take(appendixHeader - closing));
        var header = canhVinh[appendixHeader];
        var rows = canhVinh.Skip(appendixHeader + 1).Where(l => l.Contains('\t', StringComparison.Ordinal) && l != header).ToList();
        var task = 0;
        var written = 0;
        text.Append(header).Append('\n');
        for (var repeat = 0; repeat < tableRepeats; repeat++)
        {
            foreach (var row in rows)
            {
                var cells = row.Split('\t');
                var label = cells[0].Split('.');
                cells[0] = label.Length == 1 ? (++task).ToString(CultureInfo.InvariantCulture) : $"{task}.{label[1]}";
                if (++written % 30 == 0)
                {
                    text.Append('\n').Append(header).Append('\n'); // a page break in a converted table
                }

                text.Append(string.Join('\t', cells)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The long plan as a Word document with Word numbering, tables and the signature table.</summary>
    public static byte[] Docx(int bodyRepeats = 2, int tableRepeats = 22) =>
        PlanDocx.FromText(Text(bodyRepeats, tableRepeats), new PlanDocxOptions { BodyName = ["ỦY BAN NHÂN DÂN", "XÃ CANH VINH"] });

    public static int Words(string text) => text.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;

    private static List<string> Lines(string name) => [.. DemoPlanTexts.Read(name).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')];

    private static void AppendLines(StringBuilder text, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }
    }

    /// <summary>A part's Roman label at the start of a line, after any Markdown heading or bold marks.</summary>
    [GeneratedRegex(@"^(?<before>(?:#{1,6}\s+)?(?:\*\*)?)(?:I|II|III|IV|V|VI)\.(?=\s)")]
    private static partial Regex PartLabel();
}
