using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Loa.Documents;
using Loa.Plans;
using static Loa.UnitTests.Documents.Looks;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Loa.UnitTests.Documents;

/// <summary>
/// Every rule of nd30-format.md (Decree 30/2020, Phụ lục I), checked element by element in the exported
/// .docx of each test plan: page, fonts, header table, body, signature block, page numbers, appendix.
/// </summary>
public sealed class PlanDocxFormatTests
{
    private const string Tnr = "Times New Roman";

    public static TheoryData<string> All() => ExportedPlans.All();

    public static TheoryData<string> WithTasks() => ExportedPlans.WithTasks();

    // ---- the package ----

    [Theory]
    [MemberData(nameof(All))]
    public void Is_valid_open_xml(string name)
    {
        using var docx = ExportedPlans.Open(name);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2010).Validate(docx.Document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.Empty(errors);
    }

    // ---- page ----

    [Theory]
    [MemberData(nameof(All))]
    public void Pages_are_a4_with_margins_in_the_decrees_ranges(string name)
    {
        using var docx = ExportedPlans.Open(name);
        foreach (var section in docx.Sections)
        {
            var margin = section.GetFirstChild<PageMargin>()!;
            Assert.InRange(margin.Top!.Value, 1134, 1417);       // 20–25 mm
            Assert.InRange(margin.Bottom!.Value, 1134, 1417);
            Assert.InRange((int)margin.Left!.Value, 1701, 1984); // 30–35 mm
            Assert.InRange((int)margin.Right!.Value, 850, 1134); // 15–20 mm
        }

        var portrait = docx.Sections[0].GetFirstChild<PageSize>()!;
        Assert.Equal(11906U, portrait.Width!.Value);
        Assert.Equal(16838U, portrait.Height!.Value);
        Assert.True(portrait.Orient is null || portrait.Orient.Value == PageOrientationValues.Portrait);
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Every_run_is_times_new_roman_in_black(string name)
    {
        using var docx = ExportedPlans.Open(name);
        var runs = docx.Body.Descendants<Run>()
            .Concat(docx.Main.HeaderParts.SelectMany(h => h.Header.Descendants<Run>()))
            .ToList();
        Assert.NotEmpty(runs);
        foreach (var run in runs)
        {
            var fonts = run.RunProperties?.RunFonts;
            Assert.NotNull(fonts);
            Assert.Equal(Tnr, fonts.Ascii?.Value);
            Assert.Equal(Tnr, fonts.HighAnsi?.Value);
            Assert.Equal(Tnr, fonts.ComplexScript?.Value);
            Assert.Equal(Tnr, fonts.EastAsia?.Value);
            Assert.Equal("000000", run.RunProperties!.Color?.Val?.Value);
            Assert.NotNull(run.RunProperties.FontSize);
        }

        var defaults = docx.Main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal(Tnr, defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("26", defaults.FontSize!.Val!.Value);
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Text_is_nfc_without_line_breaks_or_non_breaking_spaces(string name)
    {
        using var docx = ExportedPlans.Open(name);
        foreach (var text in docx.Body.Descendants<W.Text>().Select(t => t.Text))
        {
            Assert.True(text.IsNormalized(NormalizationForm.FormC), text);
            Assert.DoesNotContain('\n', text);
            Assert.DoesNotContain('\r', text);
            Assert.DoesNotContain('\t', text);
            Assert.DoesNotContain('\u00A0', text);
        }

        Assert.Empty(docx.Body.Descendants<Break>()); // no forced line breaks inside justified paragraphs either
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Body_paragraphs_are_13_upright_justified_indented_and_spaced(string name)
    {
        var plan = ExportedPlans.Plan(name);
        using var docx = ExportedPlans.Open(name);
        var body = BodyTextParagraphs(docx).ToList();
        Assert.True(body.Count > 40, $"only {body.Count} body paragraphs");
        foreach (var paragraph in body)
        {
            Assert.Equal(JustificationValues.Both, Alignment(paragraph));
            Assert.Equal(567, FirstLine(paragraph));
            Assert.True(SpacingAfter(paragraph) >= 120, ExportedDocx.Text(paragraph));
            Assert.InRange(Line(paragraph), 240, 360); // single to 1.5 lines
            Assert.Equal(LineSpacingRuleValues.Auto, paragraph.ParagraphProperties!.SpacingBetweenLines!.LineRule!.Value);
            foreach (var run in TextRuns(paragraph))
            {
                Assert.Equal(26, HalfPoints(run));
            }
        }

        // Plain paragraphs (not headings, not legal bases) are upright and not bold.
        var paragraphs = plan.Sections.SelectMany(Flatten).SelectMany(s => s.Paragraphs).ToHashSet(StringComparer.Ordinal);
        var plain = body.Where(p => paragraphs.Contains(ExportedDocx.Text(p))).ToList();
        Assert.NotEmpty(plain);
        Assert.All(plain.SelectMany(TextRuns), run => Assert.False(IsItalic(run) || IsBold(run)));
    }

    // ---- header (boxes 1–4) ----

    [Theory]
    [MemberData(nameof(All))]
    public void Header_is_a_borderless_two_column_table_of_3700_and_6000_twips(string name)
    {
        using var docx = ExportedPlans.Open(name);
        var table = docx.HeaderTable;
        Assert.Same(docx.Body.FirstChild, table);
        Assert.Equal(["3700", "6000"], table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => c.Width!.Value!));
        var properties = table.GetFirstChild<TableProperties>()!;
        Assert.Equal("9700", properties.TableWidth!.Width!.Value);
        Assert.Equal(TableWidthUnitValues.Dxa, properties.TableWidth.Type!.Value);
        Assert.Equal(TableLayoutValues.Fixed, properties.TableLayout!.Type!.Value);
        AssertNoBorders(properties.TableBorders!);
        Assert.All(table.Descendants<TableCell>(), c => Assert.Null(c.TableCellProperties!.TableCellBorders));

        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(2, rows.Count); // boxes 3 and 4 in a row of their own
        Assert.All(rows.SelectMany(r => r.Elements<TableCell>()).Zip(new[] { 3700, 6000, 3700, 6000 }), pair =>
            Assert.Equal(
                pair.Second.ToString(System.Globalization.CultureInfo.InvariantCulture), pair.First.TableCellProperties!.TableCellWidth!.Width!.Value));
    }

    [Theory]
    [InlineData(ExportedPlans.HungPhu, "PHƯỜNG HƯNG PHÚ")]
    [InlineData(ExportedPlans.CanhVinh, "XÃ CANH VINH")]
    [InlineData(ExportedPlans.PhuocTan, "PHƯỜNG PHƯỚC TÂN")]
    public void Issuing_body_is_upper_case_bold_centred_with_a_short_solid_line_under_it(string name, string locality)
    {
        using var docx = ExportedPlans.Open(name);
        var cell = docx.HeaderTable.Elements<TableRow>().First().Elements<TableCell>().First();
        var paragraphs = cell.Elements<Paragraph>().ToList();
        Assert.Equal(["ỦY BAN NHÂN DÂN", locality, ""], paragraphs.Select(ExportedDocx.Text));
        foreach (var paragraph in paragraphs.Take(2))
        {
            Assert.Equal(JustificationValues.Center, Alignment(paragraph));
            Assert.All(TextRuns(paragraph), run =>
            {
                Assert.True(IsBold(run));
                Assert.InRange(HalfPoints(run), 24, 26);
            });
        }

        // The line: a bottom border on a short empty paragraph (not a drawn shape), 1/3 to 1/2 of the text.
        var line = paragraphs[2];
        Assert.Equal(BorderValues.Single, BottomLine(line)!.Val!.Value);
        var textWidth = Math.Max(TextWidths.BoldTwips("ỦY BAN NHÂN DÂN", 13), TextWidths.BoldTwips(locality, 13));
        var lineWidth = WidthBetweenIndents(line, HeaderBlock.LeftWidth - (2 * HeaderBlock.CellMargin));
        Assert.InRange(lineWidth, textWidth / 3, textWidth / 2);
    }

    [Theory]
    [MemberData(nameof(All))]
    public void National_name_and_motto_are_bold_13_pt_with_a_line_as_long_as_the_motto_under_them(string name)
    {
        using var docx = ExportedPlans.Open(name);
        var cell = docx.HeaderTable.Elements<TableRow>().First().Elements<TableCell>().Last();
        var paragraphs = cell.Elements<Paragraph>().ToList();
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""], paragraphs.Select(ExportedDocx.Text));
        Assert.All(paragraphs, p => Assert.Equal(JustificationValues.Center, Alignment(p)));
        Assert.All(paragraphs.Take(2).SelectMany(TextRuns), run =>
        {
            Assert.True(IsBold(run));
            Assert.Equal(26, HalfPoints(run));
        });

        // The texts have the whole cell (no indents, no border of their own): only the empty paragraph under them
        // carries the line, as long as the motto.
        Assert.All(paragraphs.Take(2), p =>
        {
            Assert.Null(BottomLine(p));
            Assert.Equal(HeaderBlock.RightWidth - (2 * HeaderBlock.CellMargin), WidthBetweenIndents(p, HeaderBlock.RightWidth - (2 * HeaderBlock.CellMargin)));
        });
        var line = paragraphs[2];
        Assert.Equal(BorderValues.Single, BottomLine(line)!.Val!.Value);
        var textWidth = TextWidths.BoldTwips("Độc lập - Tự do - Hạnh phúc", 13);
        var lineWidth = WidthBetweenIndents(line, HeaderBlock.RightWidth - (2 * HeaderBlock.CellMargin));
        Assert.InRange(lineWidth, textWidth, textWidth * 11 / 10);
    }

    [Fact]
    public void Lines_are_paragraph_borders_never_drawings()
    {
        foreach (var name in ExportedPlans.Names)
        {
            using var docx = ExportedPlans.Open(name);
            Assert.Empty(docx.Body.Descendants<Drawing>());
            Assert.Empty(docx.Body.Descendants<Picture>());
            Assert.DoesNotContain("<v:", docx.Body.OuterXml, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(ExportedPlans.HungPhu, "Số:      /KH-UBND", "Hưng Phú, ngày       tháng       năm 2026")]
    [InlineData(ExportedPlans.CanhVinh, "Số:      /KH-UBND", "Canh Vinh, ngày       tháng 3 năm 2026")]
    [InlineData(ExportedPlans.Numbered, "Số: 05/KH-UBND", "Hưng Phú, ngày 30 tháng 01 năm 2026")]
    public void Number_and_date_share_the_second_row(string name, string number, string date)
    {
        using var docx = ExportedPlans.Open(name);
        var cells = docx.HeaderTable.Elements<TableRow>().Last().Elements<TableCell>().ToList();
        var numberLine = cells[0].Elements<Paragraph>().Single();
        var dateLine = cells[1].Elements<Paragraph>().Single();
        Assert.Equal(number, ExportedDocx.Text(numberLine));
        Assert.Equal(date, ExportedDocx.Text(dateLine));
        Assert.All(TextRuns(numberLine), run =>
        {
            Assert.Equal(26, HalfPoints(run));
            Assert.False(IsBold(run) || IsItalic(run));
        });
        Assert.All(TextRuns(dateLine), run =>
        {
            Assert.True(IsItalic(run));
            Assert.InRange(HalfPoints(run), 26, 28);
        });
        Assert.All(
            numberLine.Descendants<W.Text>().Concat(dateLine.Descendants<W.Text>()), t => Assert.Equal(SpaceProcessingModeValues.Preserve, t.Space!.Value));
    }

    [Theory]
    [InlineData(5, 3, "Định Quán, ngày 05 tháng 3 năm 2026")]
    [InlineData(30, 1, "Định Quán, ngày 30 tháng 01 năm 2026")]
    [InlineData(1, 2, "Định Quán, ngày 01 tháng 02 năm 2026")]
    [InlineData(15, 12, "Định Quán, ngày 15 tháng 12 năm 2026")]
    public void Date_takes_a_leading_zero_for_days_below_10_and_months_1_and_2_only(int day, int month, string expected)
    {
        var plan = MinimalPlan();
        plan.Date = new PartialDate { Day = day, Month = month, Year = 2026 };
        using var docx = new ExportedDocx(PlanDocxWriter.Write(plan));
        var dateLine = docx.HeaderTable.Elements<TableRow>().Last().Elements<TableCell>().Last();
        Assert.Equal(expected, ExportedDocx.Text(dateLine.Elements<Paragraph>().Single()));
        Assert.DoesNotContain("tháng 03", DocxText.Paragraphs(PlanDocxWriter.Write(plan))[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5/KH-UBND", "Số: 05/KH-UBND")]
    [InlineData("5", "Số: 05/KH-UBND")]
    [InlineData("15/KH-UBND", "Số: 15/KH-UBND")]
    [InlineData(" 112 / KH-UBND ", "Số: 112/KH-UBND")]
    [InlineData(null, "Số:      /KH-UBND")]
    public void Number_line_pads_numbers_below_10_and_has_no_spaces_in_the_symbol(string? number, string expected)
    {
        var plan = MinimalPlan();
        plan.Number = number;
        Assert.Equal(expected, PlanWording.NumberLine(plan));
    }

    // ---- body ----

    [Theory]
    [MemberData(nameof(All))]
    public void Type_and_subject_are_bold_centred_with_a_short_line_under(string name)
    {
        var plan = ExportedPlans.Plan(name);
        using var docx = ExportedPlans.Open(name);
        var type = docx.Paragraph("KẾ HOẠCH");
        var index = docx.IndexOf(type);
        Assert.Equal(1, index); // right after the header table
        var title = (Paragraph)docx.Body.ChildElements[index + 1];
        var line = (Paragraph)docx.Body.ChildElements[index + 2];
        Assert.Equal(plan.Title, ExportedDocx.Text(title));
        Assert.All(new[] { type, title }, p =>
        {
            Assert.Equal(JustificationValues.Center, Alignment(p));
            Assert.All(TextRuns(p), run =>
            {
                Assert.True(IsBold(run));
                Assert.InRange(HalfPoints(run), 26, 28);
            });
        });
        Assert.Equal("", ExportedDocx.Text(line));
        Assert.Equal(BorderValues.Single, BottomLine(line)!.Val!.Value);
        Assert.InRange(WidthBetweenIndents(line, Loa.Documents.DocxPage.PortraitTextWidth), 1134, 2835);
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Preamble_paragraphs_are_written_as_they_are_upright(string name)
    {
        var plan = ExportedPlans.Plan(name);
        using var docx = ExportedPlans.Open(name);
        var preamble = plan.Sections.Single(s => s.Role == SectionRoles.Preamble);
        var line = docx.BodyParagraphs.First(p => BottomLine(p) is not null && ExportedDocx.Text(p).Length == 0 && docx.IndexOf(p) > 1);
        var following = docx.BodyParagraphs.SkipWhile(p => p != line).Skip(1).Take(preamble.Paragraphs.Count).ToList();
        Assert.Equal(preamble.Paragraphs, following.Select(ExportedDocx.Text));
        Assert.All(following.SelectMany(TextRuns), run => Assert.False(IsItalic(run)));
    }

    [Fact]
    public void Without_a_preamble_the_bases_are_italic_lines_with_semicolons_and_a_final_full_stop()
    {
        var plan = ExportedPlans.Plan(ExportedPlans.HungPhu);
        plan.Sections.RemoveAll(s => s.Role == SectionRoles.Preamble);
        using var docx = new ExportedDocx(PlanDocxWriter.Write(plan));
        var first = docx.Paragraph("Căn cứ Quyết định số 707/QĐ-UBND ngày 12/02/2026 của Ủy ban nhân dân thành phố Cần Thơ;");
        var second = docx.Paragraph("Căn cứ Kế hoạch số 23/KH-UBND ngày 28/01/2026 của Ủy ban nhân dân phường Hưng Phú.");
        Assert.Equal(docx.IndexOf(first) + 1, docx.IndexOf(second));
        Assert.All(TextRuns(first).Concat(TextRuns(second)), run => Assert.True(IsItalic(run)));
        var issuing = (Paragraph)docx.Body.ChildElements[docx.IndexOf(second) + 1];
        Assert.Equal("Ủy ban nhân dân phường Hưng Phú ban hành Kế hoạch công tác thông tin, tuyên truyền cải cách hành chính năm 2026 như sau:", ExportedDocx.Text(issuing));
        Assert.StartsWith("I. ", ExportedDocx.Text((Paragraph)docx.Body.ChildElements[docx.IndexOf(issuing) + 1]), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Parts_are_numbered_upper_case_and_bold_then_titled_items_bold_then_points_plain(string name)
    {
        var plan = ExportedPlans.Plan(name);
        using var docx = ExportedPlans.Open(name);
        var last = -1;
        var checkedPoints = 0;
        foreach (var part in plan.Sections.Where(s => s.Label is not null))
        {
            var heading = docx.Paragraph($"{part.Label}. {part.Heading!.ToUpperInvariant()}");
            Assert.All(TextRuns(heading), run => Assert.True(IsBold(run)));
            Assert.True(docx.IndexOf(heading) > last, "parts in order");
            last = docx.IndexOf(heading);

            foreach (var item in part.Children)
            {
                var itemParagraph = docx.BodyParagraphs.First(p => docx.IndexOf(p) > last
                    && ExportedDocx.Text(p) == $"{item.Label}. {item.Heading ?? item.Paragraphs.FirstOrDefault() ?? ""}".TrimEnd());
                Assert.All(TextRuns(itemParagraph), run => Assert.Equal(item.Heading is not null, IsBold(run)));
                last = docx.IndexOf(itemParagraph);

                foreach (var point in item.Children.Where(c => c.Label?.Length == 1))
                {
                    var pointParagraph = docx.BodyParagraphs.First(p => docx.IndexOf(p) > last
                        && ExportedDocx.Text(p) == $"{point.Label}) {point.Heading ?? point.Paragraphs.FirstOrDefault() ?? ""}".TrimEnd());
                    Assert.All(TextRuns(pointParagraph), run => Assert.False(IsBold(run) || IsItalic(run)));
                    last = docx.IndexOf(pointParagraph);
                    checkedPoints++;
                }
            }
        }

        Assert.True(checkedPoints > 5, $"only {checkedPoints} points checked");
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Bullets_and_closing_are_written_as_they_are(string name)
    {
        var plan = ExportedPlans.Plan(name);
        using var docx = ExportedPlans.Open(name);
        var texts = docx.BodyParagraphs.Select(ExportedDocx.Text).ToHashSet(StringComparer.Ordinal);
        var bullets = plan.Sections.SelectMany(Flatten).SelectMany(s => s.Paragraphs).Where(p => p.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.All(bullets, b => Assert.Contains(b, texts));
        var closing = plan.Sections.Single(s => s.Role == SectionRoles.Closing).Paragraphs;
        Assert.All(closing, c => Assert.Contains(c, texts));
        Assert.All(closing, c => Assert.NotNull(docx.Paragraph(c).ParagraphProperties!.KeepNext)); // with the signature
    }

    [Theory]
    [MemberData(nameof(WithTasks))]
    public void The_part_of_key_tasks_refers_to_the_appendix(string name)
    {
        var plan = ExportedPlans.Plan(name);
        using var docx = ExportedPlans.Open(name);
        var part = plan.Sections.SelectMany(Flatten).Single(s => s.Role == SectionRoles.Tasks);
        string[] expected = [$"{part.Label}. {part.Heading!.ToUpperInvariant()}", $"{part.Label}. {part.Heading}"];
        var heading = docx.BodyParagraphs.First(p => expected.Contains(ExportedDocx.Text(p)));
        var next = ExportedDocx.Text((Paragraph)docx.Body.ChildElements[docx.IndexOf(heading) + 1]);
        var says = Loa.Text.VietnameseText.Fold(ExportedDocx.Text(heading) + " " + next);
        Assert.Contains("phu luc", says, StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_point_letters_follow_the_vietnamese_alphabet()
    {
        var plan = MinimalPlan();
        plan.Sections =
        [
            new PlanSection
            {
                Heading = "Mục đích, yêu cầu",
                Role = SectionRoles.Purpose,
                Children = [new PlanSection { Heading = "Mục đích", Paragraphs = ["Nâng cao nhận thức."] }],
            },
            new PlanSection { Heading = "NỘI DUNG TUYÊN TRUYỀN", Children = [new PlanSection { Heading = "Nội dung", Role = SectionRoles.Contents }] },
        ];
        plan.Contents = [.. Enumerable.Range(1, 12).Select(i => new LabeledItem { Text = $"Nội dung thứ {i}." })];
        var paragraphs = DocxText.Paragraphs(PlanDocxWriter.Write(plan));

        Assert.Contains("I. MỤC ĐÍCH, YÊU CẦU", paragraphs);
        Assert.Contains("1. Mục đích", paragraphs);
        Assert.Contains("II. NỘI DUNG TUYÊN TRUYỀN", paragraphs);
        Assert.Contains("1. Nội dung", paragraphs);
        var letters = paragraphs
            .Select(p => System.Text.RegularExpressions.Regex.Match(p, @"^(\p{Ll}+)\) Nội dung thứ \d+\.$"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToList();
        Assert.Equal(["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m"], letters);
        Assert.Equal("y", Loa.Text.Numbering.PointLetter(23));
        Assert.Equal("aa", Loa.Text.Numbering.PointLetter(24));
    }

    // ---- signature and recipients ----

    [Theory]
    [MemberData(nameof(All))]
    public void Recipients_are_12_bold_italic_then_items_of_11_ending_with_the_storage_line(string name)
    {
        using var docx = ExportedPlans.Open(name);
        var table = docx.SignatureTable;
        var properties = table.GetFirstChild<TableProperties>()!;
        AssertNoBorders(properties.TableBorders!);
        Assert.Equal(TableLayoutValues.Fixed, properties.TableLayout!.Type!.Value);
        var left = table.Descendants<TableCell>().First().Elements<Paragraph>().ToList();
        Assert.Equal("Nơi nhận:", ExportedDocx.Text(left[0]));
        Assert.All(TextRuns(left[0]), run =>
        {
            Assert.True(IsBold(run) && IsItalic(run));
            Assert.Equal(24, HalfPoints(run));
        });

        var items = left.Skip(1).ToList();
        Assert.True(items.Count >= 2);
        Assert.All(items.SelectMany(TextRuns), run =>
        {
            Assert.Equal(22, HalfPoints(run));
            Assert.False(IsBold(run));
        });
        Assert.All(items.SkipLast(1), i => Assert.Matches(@"^- \S.*;$", ExportedDocx.Text(i)));
        Assert.Matches(@"^- Lưu: VT.*\.$", ExportedDocx.Text(items[^1]));
    }

    [Theory]
    [InlineData(ExportedPlans.HungPhu, new[] { "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH" }, "Nguyễn Thị Trúc Linh")]
    [InlineData(ExportedPlans.CanhVinh, new[] { "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH" }, "Vũ Trọng Tuyên")]
    [InlineData(ExportedPlans.PhuocTan, new[] { "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH" }, "Nguyễn Đắc Tuyên")]
    public void Authority_and_position_are_each_on_a_line_bold_upper_case_then_room_then_the_name(string name, string[] lines, string signer)
    {
        using var docx = ExportedPlans.Open(name);
        var right = docx.SignatureTable.Descendants<TableCell>().Last().Elements<Paragraph>().ToList();
        Assert.Equal([.. lines, signer], right.Select(ExportedDocx.Text));
        foreach (var paragraph in right)
        {
            Assert.Equal(JustificationValues.Center, Alignment(paragraph));
            Assert.All(TextRuns(paragraph), run =>
            {
                Assert.True(IsBold(run));
                Assert.InRange(HalfPoints(run), 26, 28);
            });
        }

        Assert.True(Twips(right[^1].ParagraphProperties!.SpacingBetweenLines!.Before) >= 1134, "room for the signature and seal");
        Assert.NotEqual(signer.ToUpperInvariant(), signer); // the name in normal case
    }

    [Fact]
    public void Storage_line_goes_last_and_is_added_when_missing()
    {
        Assert.Equal(["- Sở Nội vụ;", "- UBND xã;", "- Lưu: VT, VHXH."], SignatureBlock.RecipientLines(["Sở Nội vụ", "Lưu: VT, VHXH", "- UBND xã;"]));
        Assert.Equal(["- Sở Nội vụ;", "- Lưu: VT."], SignatureBlock.RecipientLines(["Sở Nội vụ"]));
        Assert.Equal(["- Lưu: VT."], SignatureBlock.RecipientLines([]));
    }

    // ---- page numbers ----

    [Theory]
    [MemberData(nameof(All))]
    public void Page_numbers_are_a_centred_page_field_in_the_header_and_none_on_the_first_page(string name)
    {
        using var docx = ExportedPlans.Open(name);
        foreach (var section in docx.Sections)
        {
            Assert.NotNull(section.GetFirstChild<TitlePage>());
            var references = section.Elements<HeaderReference>().ToDictionary(r => r.Type!.Value, r => r.Id!.Value!);
            var numbered = (DocumentFormat.OpenXml.Packaging.HeaderPart)docx.Main.GetPartById(references[HeaderFooterValues.Default]);
            var first = (DocumentFormat.OpenXml.Packaging.HeaderPart)docx.Main.GetPartById(references[HeaderFooterValues.First]);

            Assert.Equal("", first.Header.InnerText);
            var paragraph = numbered.Header.Elements<Paragraph>().Single();
            Assert.Equal(JustificationValues.Center, Alignment(paragraph));
            Assert.Equal(" PAGE ", paragraph.Descendants<FieldCode>().Single().Text);
            Assert.Equal(
                [FieldCharValues.Begin, FieldCharValues.Separate, FieldCharValues.End],
                paragraph.Descendants<FieldChar>().Select(f => f.FieldCharType!.Value));
            Assert.All(paragraph.Elements<Run>(), run => Assert.InRange(HalfPoints(run), 26, 28));
            Assert.Equal(NumberFormatValues.Decimal, section.GetFirstChild<PageNumberType>()!.Format!.Value);
        }
    }

    // ---- appendix ----

    [Theory]
    [MemberData(nameof(WithTasks))]
    public void Appendix_is_a_landscape_section_whose_numbers_restart_at_1(string name)
    {
        using var docx = ExportedPlans.Open(name);
        Assert.Equal(2, docx.Sections.Count);
        Assert.Same(docx.Body.LastChild, docx.Sections[1]);
        Assert.NotNull(docx.Sections[0].Parent as ParagraphProperties); // the plan's section ends at a paragraph
        Assert.Null(docx.Sections[0].GetFirstChild<PageNumberType>()!.Start);

        var appendix = docx.Sections[1];
        var size = appendix.GetFirstChild<PageSize>()!;
        Assert.Equal(16838U, size.Width!.Value);
        Assert.Equal(11906U, size.Height!.Value);
        Assert.Equal(PageOrientationValues.Landscape, size.Orient!.Value);
        Assert.Equal(1, appendix.GetFirstChild<PageNumberType>()!.Start!.Value);
        Assert.Equal(SectionMarkValues.NextPage, appendix.GetFirstChild<SectionType>()!.Val!.Value);
    }

    [Theory]
    [InlineData(ExportedPlans.HungPhu, "(Kèm theo Kế hoạch số …/KH-UBND ngày … tháng … năm 2026 của Ủy ban nhân dân phường Hưng Phú)")]
    [InlineData(ExportedPlans.CanhVinh, "(Kèm theo Kế hoạch số …/KH-UBND ngày … tháng 3 năm 2026 của Ủy ban nhân dân xã Canh Vinh)")]
    [InlineData(ExportedPlans.Numbered, "(Kèm theo Kế hoạch số 05/KH-UBND ngày 30 tháng 01 năm 2026 của Ủy ban nhân dân phường Hưng Phú)")]
    public void Appendix_heading_title_and_reference_to_the_plan(string name, string reference)
    {
        using var docx = ExportedPlans.Open(name);
        var breakIndex = docx.IndexOf(docx.Sections[0].Ancestors<Paragraph>().First());
        var heading = docx.BodyParagraphs.Where(p => docx.IndexOf(p) > breakIndex).Take(3).ToList();
        Assert.Equal(["PHỤ LỤC", "NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM 2026", reference], heading.Select(ExportedDocx.Text));
        Assert.All(heading, p => Assert.Equal(JustificationValues.Center, Alignment(p)));
        Assert.All(TextRuns(heading[0]), run => Assert.True(IsBold(run) && HalfPoints(run) == 28));
        Assert.All(TextRuns(heading[1]), run => Assert.True(IsBold(run)));
        Assert.All(TextRuns(heading[2]), run => Assert.True(IsItalic(run) && !IsBold(run)));
    }

    [Theory]
    [MemberData(nameof(WithTasks))]
    public void Task_table_has_a_fixed_grid_as_wide_as_the_page_a_repeated_header_and_rows_that_do_not_split(string name)
    {
        var plan = ExportedPlans.Plan(name);
        using var docx = ExportedPlans.Open(name);
        var table = docx.TaskTable!;
        var properties = table.GetFirstChild<TableProperties>()!;
        Assert.Equal(TableLayoutValues.Fixed, properties.TableLayout!.Type!.Value);
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(
            c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(16838 - 1701 - 1134, grid.Sum());
        Assert.Equal(grid.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), properties.TableWidth!.Width!.Value);
        Assert.Equal(BorderValues.Single, properties.TableBorders!.InsideHorizontalBorder!.Val!.Value);

        var rows = table.Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        Assert.All(rows, r => Assert.Equal(
            grid.Select(w => w.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            r.Elements<TableCell>().Select(c => c.TableCellProperties!.TableCellWidth!.Width!.Value)));
        Assert.All(TextRuns(rows[0].Descendants<Paragraph>().First()), run => Assert.True(IsBold(run)));

        var flat = TaskTableExport.Flatten(plan.Tasks).ToList();
        Assert.Equal(flat.Count + 1, rows.Count);
        Assert.Equal(flat.Select(t => t.Label), rows.Skip(1).Select(r => ExportedDocx.Text(r.Elements<TableCell>().First().Elements<Paragraph>().First())));
    }

    [Theory]
    [InlineData(ExportedPlans.HungPhu, new[] { "TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Số lượng" })]
    [InlineData(ExportedPlans.CanhVinh, new[] { "TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Hoạt động/sản phẩm" })]
    [InlineData(ExportedPlans.PhuocTanWithAppendix, new[] { "TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Số lượng", "Hoạt động/sản phẩm" })]
    public void Task_table_shows_quantity_and_products_only_when_some_task_has_them(string name, string[] headers)
    {
        using var docx = ExportedPlans.Open(name);
        var header = docx.TaskTable!.Elements<TableRow>().First();
        Assert.Equal(headers, header.Elements<TableCell>().Select(c => c.InnerText));
    }

    [Fact]
    public void Sub_rows_follow_their_parent_and_units_are_joined_with_semicolons()
    {
        using var docx = ExportedPlans.Open(ExportedPlans.CanhVinh);
        var rows = docx.TaskTable!.Elements<TableRow>().Skip(1)
            .Select(r => r.Elements<TableCell>().Select(c => string.Join('\n', c.Elements<Paragraph>().Select(ExportedDocx.Text))).ToList()).ToList();
        Assert.Equal(["1", "2", "3", "4", "4.1", "4.2", "4.3", "4.4", "5", "6", "7"], rows.Select(r => r[0]));
        Assert.Equal("Phòng Văn hóa - Xã hội; Trung tâm Cung ứng dịch vụ sự nghiệp công", rows[0][2]);
        Assert.Equal("Các cơ quan, đơn vị liên quan; các thôn/làng", rows[8][3]);
        Assert.Equal("- Hội nghị, các cuộc họp thường kỳ của các cơ quan, đơn vị.\n- Phát thanh trên Đài của xã", rows[0][5]);
    }

    [Fact]
    public void A_plan_without_tasks_has_one_portrait_section_and_no_appendix()
    {
        using var docx = ExportedPlans.Open(ExportedPlans.PhuocTan);
        Assert.Single(docx.Sections);
        Assert.Same(docx.Body.LastChild, docx.Sections[0]);
        Assert.DoesNotContain(docx.BodyParagraphs, p => ExportedDocx.Text(p) == "PHỤ LỤC");
        Assert.Equal(2, docx.Body.Elements<Table>().Count());
    }

    [Fact]
    public void Writes_to_a_stream_that_cannot_seek()
    {
        var plan = ExportedPlans.Plan(ExportedPlans.CanhVinh);
        using var target = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(target))
        {
            PlanDocxWriter.Write(plan, forwardOnly);
        }

        Assert.Equal(DocxText.Paragraphs(PlanDocxWriter.Write(plan)), DocxText.Paragraphs(target.ToArray()));
    }

    // ---- helpers ----

    internal static PlanDocument MinimalPlan() => new()
    {
        Issuer = new PlanIssuer { Name = "Ủy ban nhân dân xã Định Quán", Kind = "xã", Locality = "Định Quán" },
        Symbol = "KH-UBND",
        Place = "Định Quán",
        Date = new PartialDate { Year = 2026 },
        Year = 2026,
        Title = "Thông tin, tuyên truyền cải cách hành chính năm 2026",
        Recipients = ["Sở Nội vụ", "Lưu: VT"],
        Signer = new Signer { Authority = "TM. ỦY BAN NHÂN DÂN", Position = "CHỦ TỊCH", Name = "Nguyễn Văn A" },
    };

    /// <summary>The paragraphs of the body proper: after the line under the title, up to the signature table.</summary>
    private static IEnumerable<Paragraph> BodyTextParagraphs(ExportedDocx docx)
    {
        var start = docx.IndexOf(docx.Paragraph("KẾ HOẠCH")) + 3;
        var end = docx.Body.ChildElements.ToList().IndexOf(docx.SignatureTable);
        return docx.BodyParagraphs.Where(p => docx.IndexOf(p) >= start && docx.IndexOf(p) < end && ExportedDocx.Text(p).Length > 0);
    }

    private static IEnumerable<PlanSection> Flatten(PlanSection section) => section.Children.SelectMany(Flatten).Prepend(section);

    private static void AssertNoBorders(TableBorders borders)
    {
        Assert.Equal(6, borders.ChildElements.Count);
        Assert.All(borders.ChildElements.Cast<BorderType>(), b => Assert.Equal(BorderValues.None, b.Val!.Value));
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
