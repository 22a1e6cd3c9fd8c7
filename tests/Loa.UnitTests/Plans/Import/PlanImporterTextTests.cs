using System.Text;
using Loa.Plans;
using Loa.Plans.Import;
using Loa.Plans.Parsing;

namespace Loa.UnitTests.Plans.Import;

/// <summary>Text files in their encodings, Markdown, pasted text and plan JSON go through the importer to the same plan.</summary>
public sealed class PlanImporterTextTests
{
    public static TheoryData<string> Names => [SamplePlans.PhuocTan, SamplePlans.CanhVinh, SamplePlans.HungPhu];

    [Theory]
    [MemberData(nameof(Names))]
    public void Utf8_with_and_without_a_byte_order_mark(string name)
    {
        var text = SamplePlans.Text(name);
        var plain = PlanImporter.Import(new UTF8Encoding(false).GetBytes(text), name);
        var marked = PlanImporter.Import(new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(), name);

        PlanAssert.Same(SamplePlans.Plan(name), plain.Plan);
        PlanAssert.Same(SamplePlans.Plan(name), marked.Plan);
        Assert.Empty(plain.Warnings);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Utf16_little_and_big_endian_with_a_byte_order_mark(string name)
    {
        var text = SamplePlans.Text(name);
        foreach (var encoding in new[]
        {
            new UnicodeEncoding(bigEndian: false, byteOrderMark: true), new UnicodeEncoding(bigEndian: true, byteOrderMark: true)
        })
        {
            var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray();
            var result = PlanImporter.Import(bytes, "ke-hoach.txt");
            PlanAssert.Same(SamplePlans.Plan(name), result.Plan);
            Assert.DoesNotContain(result.SourceLines, l => l.Contains('\r', StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Decomposed_unicode_is_normalised()
    {
        var text = SamplePlans.Text(SamplePlans.CanhVinh).Normalize(NormalizationForm.FormD);
        var result = PlanImporter.Import(Encoding.UTF8.GetBytes(text), null);
        PlanAssert.Same(SamplePlans.Plan(SamplePlans.CanhVinh), result.Plan);
        Assert.All(result.SourceLines, l => Assert.True(l.IsNormalized(NormalizationForm.FormC)));
    }

    [Fact]
    public void Windows_1258_text_is_read_with_a_warning()
    {
        // What an old Windows editor saves: Vietnamese code page 1258, tone marks as combining characters.
        var text = SamplePlans.Text(SamplePlans.HungPhu);
        var bytes = Windows1258(text);

        var result = PlanImporter.Import(bytes, "ke-hoach.txt");

        PlanAssert.Same(SamplePlans.Plan(SamplePlans.HungPhu), result.Plan);
        Assert.Contains(result.Warnings, w => w.Contains("Windows-1258", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_in_a_legacy_encoding_that_is_no_plan_says_it_was_not_utf8()
    {
        var error = Assert.Throws<PlanFormatException>(() => PlanImporter.Import([0x4B, 0xC3, 0x28, 0x20, 0x48], "x.txt"));
        Assert.Contains("Không nhận ra kế hoạch", error.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_and_plain_text_are_told_apart()
    {
        Assert.Equal(ImportKind.Markdown, PlanImporter.Import(Encoding.UTF8.GetBytes(SamplePlans.Text(SamplePlans.HungPhu)), null).Kind);
        Assert.Equal(ImportKind.Text, PlanImporter.Import(Encoding.UTF8.GetBytes(SamplePlans.Text(SamplePlans.CanhVinh)), "canh-vinh.txt").Kind);
        Assert.Equal(ImportKind.Markdown, PlanImporter.Import(Encoding.UTF8.GetBytes(SamplePlans.Text(SamplePlans.CanhVinh)), "canh-vinh.md").Kind);

        var piped = PlanTextVariants.WithPipeTables(SamplePlans.Text(SamplePlans.CanhVinh));
        var result = PlanImporter.Import(Encoding.UTF8.GetBytes(piped), null);
        Assert.Equal(ImportKind.Markdown, result.Kind);
        PlanAssert.Same(SamplePlans.Plan(SamplePlans.CanhVinh), result.Plan);
    }

    [Fact]
    public void Text_pasted_from_a_pdf()
    {
        var pasted = PlanTextVariants.HardWrapped(SamplePlans.Text(SamplePlans.CanhVinh), width: 78, keepBlankLines: false, pageEvery: 30);
        var result = PlanImporter.ImportText(pasted);

        Assert.Equal(ImportKind.Text, result.Kind);
        PlanAssert.Same(SamplePlans.Plan(SamplePlans.CanhVinh), result.Plan);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Source_lines_are_the_text_the_parser_read(string name)
    {
        var text = "\uFEFF" + SamplePlans.Text(name).Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n\r\n";
        var result = PlanImporter.ImportText(text, name);
        var normalized = SourceLines.Normalize(text).TrimEnd('\n');

        Assert.Equal(normalized, string.Join('\n', result.SourceLines));
        PlanAssert.Same(SamplePlans.Plan(name), PlanTextParser.Parse(string.Join('\n', result.SourceLines)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Plan_json_is_read_back(string name)
    {
        var json = PlanJson.Serialize(SamplePlans.Plan(name));
        var result = PlanImporter.Import(Encoding.UTF8.GetBytes(json), "ke-hoach.json");

        Assert.Equal(ImportKind.Json, result.Kind);
        PlanAssert.Same(SamplePlans.Plan(name), result.Plan);
        Assert.Equal(json.Split('\n').Length, result.SourceLines.Count);

        var compact = PlanImporter.ImportText("  " + PlanJson.Serialize(SamplePlans.Plan(name), indented: false));
        PlanAssert.Same(SamplePlans.Plan(name), compact.Plan);
    }

    /// <summary>
    /// Encodes text as Windows-1258 does: letters with a shape mark (â, ê, ô, ơ, ư, ă, đ) precomposed, tone marks
    /// (grave, acute, hook, tilde, dot) as combining characters after them.
    /// </summary>
    private static byte[] Windows1258(string text)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var tone = decomposed.FirstOrDefault(m => m is '\u0300' or '\u0301' or '\u0309' or '\u0303' or '\u0323');
            if (tone == default)
            {
                builder.Append(c);
                continue;
            }

            builder.Append(decomposed.Replace(tone.ToString(), "", StringComparison.Ordinal).Normalize(NormalizationForm.FormC)).Append(tone);
        }

        var bytes = encoding.GetBytes(builder.ToString());
        Assert.Equal(text, encoding.GetString(bytes).Normalize(NormalizationForm.FormC), ignoreLineEndingDifferences: true);
        return bytes;
    }
}
