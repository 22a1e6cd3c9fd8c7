using System.Globalization;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Loa.Documents;
using Loa.Plans;
using Loa.Reports;
using static Loa.UnitTests.Documents.Looks;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Loa.UnitTests.Documents;

/// <summary>
/// The rules of nd30-format.md that apply to a Báo cáo, checked element by element in the exported .docx of each
/// sample report: page, fonts, header table, "BÁO CÁO" and the subject, "Kính gửi", numbering, the figure tables,
/// Nơi nhận and the signature, page numbers; and every figure of the report found again in the document.
/// </summary>
public sealed class ReportDocxFormatTests
{
    private const string Tnr = "Times New Roman";
    private const string Hp = SampleReports.HungPhuQuarter;
    private const string Cv = SampleReports.CanhVinhHalfYear;
    private const string Unit = SampleReports.UnitNineMonths;

    public static TheoryData<string> All() => ExportedReports.All();

    // ---- the package ----

    [Theory]
    [MemberData(nameof(All))]
    public void Is_valid_open_xml(string name)
    {
        using var docx = ExportedReports.Open(name);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2010).Validate(docx.Document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void Package_names_the_report_in_vietnamese()
    {
        using var docx = ExportedReports.Open(Hp);
        Assert.Equal("Kết quả công tác thông tin, tuyên truyền cải cách hành chính quý I năm 2026", docx.Document.PackageProperties.Title);
        Assert.Equal("vi-VN", docx.Document.PackageProperties.Language);
    }

    // ---- page ----

    [Theory]
    [MemberData(nameof(All))]
    public void One_portrait_a4_section_with_the_plans_margins(string name)
    {
        using var docx = ExportedReports.Open(name);
        var section = Assert.Single(docx.Sections);
        Assert.Same(docx.Body.LastChild, section);
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(11906U, size.Width!.Value);
        Assert.Equal(16838U, size.Height!.Value);
        Assert.Null(size.Orient);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal(1134, margin.Top!.Value);        // 20 mm, in 20–25
        Assert.Equal(1134, margin.Bottom!.Value);
        Assert.Equal(1701U, margin.Left!.Value);      // 30 mm, in 30–35
        Assert.Equal(1134U, margin.Right!.Value);     // 20 mm, in 15–20
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Every_run_is_times_new_roman_in_black(string name)
    {
        using var docx = ExportedReports.Open(name);
        var runs = docx.Body.Descendants<Run>().Concat(docx.Main.HeaderParts.SelectMany(h => h.Header.Descendants<Run>())).ToList();
        Assert.NotEmpty(runs);
        foreach (var run in runs)
        {
            var fonts = run.RunProperties!.RunFonts!;
            Assert.All(new[] { fonts.Ascii?.Value, fonts.HighAnsi?.Value, fonts.ComplexScript?.Value, fonts.EastAsia?.Value }, font => Assert.Equal(Tnr, font));
            Assert.Equal("000000", run.RunProperties.Color?.Val?.Value);
            Assert.NotNull(run.RunProperties.FontSize);
        }
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Text_is_nfc_without_line_breaks_or_non_breaking_spaces(string name)
    {
        using var docx = ExportedReports.Open(name);
        foreach (var text in docx.Body.Descendants<W.Text>().Select(t => t.Text))
        {
            Assert.True(text.IsNormalized(NormalizationForm.FormC), text);
            Assert.DoesNotContain('\n', text);
            Assert.DoesNotContain('\t', text);
            Assert.DoesNotContain('\u00A0', text);
        }

        Assert.Empty(docx.Body.Descendants<Break>());
    }

    [Fact]
    public void Decomposed_input_comes_out_nfc()
    {
        var report = SampleReports.Report(Hp);
        report.Title = report.Title.Normalize(NormalizationForm.FormD);
        report.Tasks[0].Name = report.Tasks[0].Name.Normalize(NormalizationForm.FormD);
        var paragraphs = DocxText.Paragraphs(ReportDocxWriter.Write(report));
        Assert.Contains(SampleReports.Report(Hp).Title, paragraphs);
        Assert.All(paragraphs, p => Assert.True(p.IsNormalized(NormalizationForm.FormC), p));
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Body_paragraphs_are_13_justified_indented_and_spaced(string name)
    {
        using var docx = ExportedReports.Open(name);
        var opening = docx.BodyParagraphs.First(p => ExportedDocx.Text(p).Contains(" báo cáo kết quả công tác", StringComparison.Ordinal));
        var end = docx.IndexOf(docx.BodyParagraphs.Last(p => ExportedDocx.Text(p).StartsWith("Trên đây là báo cáo", StringComparison.Ordinal)));
        var body = docx.BodyParagraphs.Where(p => docx.IndexOf(p) >= docx.IndexOf(opening) && docx.IndexOf(p) <= end).ToList();
        Assert.True(body.Count >= 8, $"only {body.Count} body paragraphs");
        foreach (var paragraph in body)
        {
            Assert.Equal(JustificationValues.Both, Alignment(paragraph));
            Assert.Equal(567, FirstLine(paragraph));
            Assert.True(SpacingAfter(paragraph) >= 120, ExportedDocx.Text(paragraph));
            Assert.InRange(Line(paragraph), 240, 360);
            Assert.All(TextRuns(paragraph), run =>
            {
                Assert.Equal(26, HalfPoints(run));
                Assert.False(IsItalic(run));
            });
        }

        // Plain text (not headings) is upright and not bold.
        Assert.All(body.Where(p => !IsHeading(ExportedDocx.Text(p))).SelectMany(TextRuns), run => Assert.False(IsBold(run)));
    }

    // ---- header ----

    [Theory]
    [MemberData(nameof(All))]
    public void Header_is_the_plans_borderless_table_of_3700_and_6000_twips(string name)
    {
        using var docx = ExportedReports.Open(name);
        var table = docx.HeaderTable;
        Assert.Same(docx.Body.FirstChild, table);
        Assert.Equal([3700, 6000], ReportParts.Grid(table));
        var properties = table.GetFirstChild<TableProperties>()!;
        Assert.Equal(TableLayoutValues.Fixed, properties.TableLayout!.Type!.Value);
        Assert.All(properties.TableBorders!.ChildElements.Cast<BorderType>(), b => Assert.Equal(BorderValues.None, b.Val!.Value));
        Assert.Equal(2, table.Elements<TableRow>().Count());

        var national = table.Elements<TableRow>().First().Elements<TableCell>().Last().Elements<Paragraph>().ToList();
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""], national.Select(ExportedDocx.Text));
        Assert.All(national.SelectMany(TextRuns), run => Assert.True(IsBold(run) && HalfPoints(run) == 26));
        Assert.Equal(BorderValues.Single, BottomLine(national[2])!.Val!.Value);
    }

    [Fact]
    public void A_committee_is_the_issuing_body_upper_case_bold_with_a_short_line_under_it()
    {
        using var docx = ExportedReports.Open(Hp);
        var cell = docx.HeaderTable.Elements<TableRow>().First().Elements<TableCell>().First().Elements<Paragraph>().ToList();
        Assert.Equal(["ỦY BAN NHÂN DÂN", "PHƯỜNG HƯNG PHÚ", ""], cell.Select(ExportedDocx.Text));
        Assert.All(cell.Take(2), p =>
        {
            Assert.Equal(JustificationValues.Center, Alignment(p));
            Assert.All(TextRuns(p), run => Assert.True(IsBold(run) && HalfPoints(run) is >= 24 and <= 26));
        });
        var textWidth = TextWidths.BoldTwips("PHƯỜNG HƯNG PHÚ", 13);
        Assert.InRange(WidthBetweenIndents(cell[2], HeaderBlock.LeftWidth - (2 * HeaderBlock.CellMargin)), textWidth / 3, textWidth / 2);
    }

    [Fact]
    public void A_units_report_names_its_committee_above_it_upright_and_itself_in_bold()
    {
        using var docx = ExportedReports.Open(Unit);
        var cell = docx.HeaderTable.Elements<TableRow>().First().Elements<TableCell>().First().Elements<Paragraph>().ToList();
        Assert.Equal(["UBND PHƯỜNG HƯNG PHÚ", "PHÒNG VĂN HÓA – XÃ HỘI", ""], cell.Select(ExportedDocx.Text));
        Assert.All(TextRuns(cell[0]), run => Assert.False(IsBold(run)));
        Assert.All(TextRuns(cell[1]), run => Assert.True(IsBold(run)));
        Assert.Equal(BorderValues.Single, BottomLine(cell[2])!.Val!.Value);
    }

    [Theory]
    [InlineData(Hp, "Số: 12/BC-UBND", "Hưng Phú, ngày 17 tháng 3 năm 2026")]
    [InlineData(Cv, "Số:      /BC-UBND", "Canh Vinh, ngày       tháng       năm 2026")]
    [InlineData(Unit, "Số:      /BC", "Hưng Phú, ngày       tháng       năm 2026")]
    public void Number_and_italic_date_share_the_second_row(string name, string number, string date)
    {
        using var docx = ExportedReports.Open(name);
        var cells = docx.HeaderTable.Elements<TableRow>().Last().Elements<TableCell>().ToList();
        var numberLine = cells[0].Elements<Paragraph>().Single();
        var dateLine = cells[1].Elements<Paragraph>().Single();
        Assert.Equal(number, ExportedDocx.Text(numberLine));
        Assert.Equal(date, ExportedDocx.Text(dateLine));
        Assert.All(TextRuns(numberLine), run => Assert.True(HalfPoints(run) == 26 && !IsBold(run) && !IsItalic(run)));
        Assert.All(TextRuns(dateLine), run => Assert.True(IsItalic(run) && HalfPoints(run) is >= 26 and <= 28));
    }

    [Theory]
    [InlineData("5", null, "Số: 05/BC-UBND")]
    [InlineData("5/BC-UBND", "BC-UBND", "Số: 05/BC-UBND")]
    [InlineData(" 112 / BC-UBND ", "BC-UBND", "Số: 112/BC-UBND")]
    [InlineData("7", "BC", "Số: 07/BC")]
    [InlineData(null, "BC-UBND", "Số:      /BC-UBND")]
    [InlineData("", "", "Số:      /BC-UBND")]
    public void Number_line_pads_numbers_below_10_and_defaults_to_bc_ubnd(string? number, string? symbol, string expected)
    {
        var report = new ReportDocument { Number = number, Symbol = symbol! };
        Assert.Equal(expected, ReportWording.NumberLine(report));
    }

    [Theory]
    [InlineData(5, 1, "Hưng Phú, ngày 05 tháng 01 năm 2027")]
    [InlineData(20, 2, "Hưng Phú, ngày 20 tháng 02 năm 2027")]
    [InlineData(9, 10, "Hưng Phú, ngày 09 tháng 10 năm 2027")]
    public void Date_takes_a_leading_zero_for_days_below_10_and_months_1_and_2_only(int day, int month, string expected)
    {
        var report = SampleReports.Report(Hp);
        report.Date = new PartialDate { Day = day, Month = month, Year = 2027 };
        Assert.Equal(expected, ReportWording.PlaceAndDate(report));
        Assert.Contains(expected, DocxText.Paragraphs(ReportDocxWriter.Write(report))[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_place_the_date_line_uses_the_locality_and_the_periods_year()
    {
        var report = new ReportDocument { Issuer = new PlanIssuer { Kind = "xã", Locality = "Định Quán" }, Period = new ReportPeriodInfo { Year = 2026 } };
        Assert.Equal("Định Quán, ngày       tháng       năm 2026", ReportWording.PlaceAndDate(report));
    }

    [Fact]
    public void Lines_are_paragraph_borders_never_drawings()
    {
        foreach (var name in ExportedReports.Names)
        {
            using var docx = ExportedReports.Open(name);
            Assert.Empty(docx.Body.Descendants<Drawing>());
            Assert.Empty(docx.Body.Descendants<Picture>());
        }
    }

    // ---- type, subject, Kính gửi, opening ----

    [Theory]
    [MemberData(nameof(All))]
    public void Bao_cao_and_the_subject_are_bold_centred_with_a_short_line_under(string name)
    {
        var report = ExportedReports.Report(name);
        using var docx = ExportedReports.Open(name);
        var type = docx.Paragraph("BÁO CÁO");
        Assert.Equal(1, docx.IndexOf(type)); // right after the header table
        Assert.All(TextRuns(type), run => Assert.True(IsBold(run) && HalfPoints(run) == 28));
        Assert.Equal(JustificationValues.Center, Alignment(type));

        var title = (Paragraph)docx.Body.ChildElements[2];
        Assert.Equal(report.Title, ExportedDocx.Text(title));
        Assert.Equal(JustificationValues.Center, Alignment(title));
        Assert.All(TextRuns(title), run => Assert.True(IsBold(run) && !IsItalic(run) && HalfPoints(run) is >= 26 and <= 28));

        var line = (Paragraph)docx.Body.ChildElements[3];
        Assert.Equal("", ExportedDocx.Text(line));
        Assert.Equal(BorderValues.Single, BottomLine(line)!.Val!.Value);
        Assert.InRange(WidthBetweenIndents(line, DocxPage.PortraitTextWidth), 1134, 2835);
    }

    [Theory]
    [InlineData(Hp, "Kính gửi: Sở Nội vụ thành phố Cần Thơ.")]
    [InlineData(Cv, "Kính gửi: Sở Nội vụ tỉnh Gia Lai.")]
    public void Kinh_gui_is_centred_in_14_under_the_subject_line(string name, string expected)
    {
        using var docx = ExportedReports.Open(name);
        var addressee = (Paragraph)docx.Body.ChildElements[4]; // header, BÁO CÁO, subject, short line
        Assert.Equal(expected, ExportedDocx.Text(addressee));
        Assert.Equal(JustificationValues.Center, Alignment(addressee));
        Assert.All(TextRuns(addressee), run => Assert.True(HalfPoints(run) == 28 && !IsBold(run) && !IsItalic(run)));
        Assert.True(SpacingAfter(addressee) >= 120);
    }

    [Fact]
    public void An_internal_report_has_no_kinh_gui_and_opens_right_under_the_line()
    {
        using var docx = ExportedReports.Open(Unit);
        Assert.DoesNotContain(docx.BodyParagraphs, p => ExportedDocx.Text(p).StartsWith("Kính gửi", StringComparison.Ordinal));
        Assert.StartsWith("Thực hiện Kế hoạch số 30/KH-UBND", ExportedDocx.Text((Paragraph)docx.Body.ChildElements[4]), StringComparison.Ordinal);
    }

    [Fact]
    public void Several_addressees_are_listed_under_kinh_gui_one_per_line()
    {
        var report = SampleReports.Report(Hp);
        report.Recipient = "Sở Nội vụ thành phố Cần Thơ;\n- Ủy ban nhân dân thành phố Cần Thơ";
        var paragraphs = DocxText.Paragraphs(ReportDocxWriter.Write(report));
        var start = paragraphs.ToList().IndexOf("Kính gửi:");
        Assert.Equal(["Kính gửi:", "- Sở Nội vụ thành phố Cần Thơ;", "- Ủy ban nhân dân thành phố Cần Thơ."], paragraphs.Skip(start).Take(3));
        Assert.Equal(5, start); // the header table's two rows, BÁO CÁO, the subject, the short line
        Assert.Null(ReportWording.RecipientLine(report));
    }

    [Fact]
    public void Opening_cites_the_plan_the_issuer_the_period_and_the_data_dates()
    {
        using var docx = ExportedReports.Open(Hp);
        Assert.Equal(
            "Thực hiện Kế hoạch số 30/KH-UBND ngày 25/02/2026 của Ủy ban nhân dân phường Hưng Phú, Ủy ban nhân dân phường Hưng Phú báo cáo kết quả công tác thông tin, tuyên truyền cải cách hành chính quý I năm 2026 (số liệu tính từ ngày 15/12/2025 đến ngày 14/03/2026) như sau:",
            ExportedDocx.Text((Paragraph)docx.Body.ChildElements[5]));
    }

    [Fact]
    public void Opening_without_a_plan_reference_or_dates_starts_with_the_issuer()
    {
        var report = new ReportDocument
        {
            Issuer = new PlanIssuer { Name = "Ủy ban nhân dân xã Định Quán" },
            Period = new ReportPeriodInfo { Year = 2026, Code = "h1" },
        };
        Assert.Equal("Ủy ban nhân dân xã Định Quán báo cáo kết quả công tác thông tin, tuyên truyền cải cách hành chính 6 tháng đầu năm 2026 như sau:", ReportWording.Opening(report));
        Assert.Equal("Trên đây là báo cáo kết quả công tác thông tin, tuyên truyền cải cách hành chính 6 tháng đầu năm 2026 của Ủy ban nhân dân xã Định Quán./.", ReportWording.Closing(report));
    }

    // ---- numbering ----

    [Theory]
    [InlineData(
        Hp,
        new[]
        {
            "I. KẾT QUẢ THỰC HIỆN",
            "1. Kết quả thực hiện các nhiệm vụ trọng tâm",
            "2. Kết quả theo hình thức tuyên truyền trong kỳ",
            "3. Kết quả theo nội dung tuyên truyền trong kỳ",
            "4. Đánh giá chung",
            "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
            "1. Tồn tại, hạn chế",
            "2. Nguyên nhân",
            "III. ĐỀ XUẤT, KIẾN NGHỊ",
        })]
    [InlineData(
        Cv,
        new[]
        {
            "I. KẾT QUẢ THỰC HIỆN",
            "1. Kết quả thực hiện các nhiệm vụ trọng tâm",
            "2. Kết quả theo hình thức tuyên truyền trong kỳ",
            "3. Kết quả theo nội dung tuyên truyền trong kỳ",
            "4. Đánh giá chung",
            "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
            "1. Tồn tại, hạn chế",
        })]
    [InlineData(
        Unit,
        new[]
        {
            "I. KẾT QUẢ THỰC HIỆN",
            "1. Kết quả thực hiện các nhiệm vụ trọng tâm",
            "2. Kết quả theo hình thức tuyên truyền trong kỳ",
            "3. Kết quả theo nội dung tuyên truyền trong kỳ",
            "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
            "1. Tồn tại, hạn chế",
        })]
    public void Parts_are_numbered_i_upper_case_bold_then_items_1_bold_each_kept_with_what_follows(string name, string[] headings)
    {
        using var docx = ExportedReports.Open(name);
        var found = docx.BodyParagraphs.Where(p => IsHeading(ExportedDocx.Text(p))).ToList();
        Assert.Equal(headings, found.Select(ExportedDocx.Text));
        foreach (var heading in found)
        {
            Assert.All(TextRuns(heading), run => Assert.True(IsBold(run) && HalfPoints(run) == 26));
            Assert.NotNull(heading.ParagraphProperties!.KeepNext);
        }
    }

    [Fact]
    public void A_report_without_key_tasks_numbers_its_tables_from_1()
    {
        var report = SampleReports.Report(Hp);
        report.Tasks = [];
        var paragraphs = DocxText.Paragraphs(ReportDocxWriter.Write(report));
        Assert.Contains("1. Kết quả theo hình thức tuyên truyền trong kỳ", paragraphs);
        Assert.Contains("2. Kết quả theo nội dung tuyên truyền trong kỳ", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains("nhiệm vụ trọng tâm", StringComparison.Ordinal));
    }

    [Fact]
    public void Narratives_are_paragraphs_one_per_line_under_their_items()
    {
        var report = ExportedReports.Report(Hp);
        var paragraphs = DocxText.Paragraphs(ExportedReports.Docx(Hp)).ToList();
        int After(string heading) => paragraphs.IndexOf(heading) + 1;

        Assert.Equal(report.Narrative.Results, paragraphs.Skip(After("4. Đánh giá chung")).Take(2));
        Assert.Equal(report.Narrative.Shortcomings[0], paragraphs[After("1. Tồn tại, hạn chế")]);
        Assert.Equal(["Kinh phí cho hoạt động tuyên truyền còn hạn chế.", "Nhân sự làm công tác tuyên truyền kiêm nhiệm nhiều việc."], paragraphs.Skip(After("2. Nguyên nhân")).Take(2));
        Assert.Equal(report.Narrative.Proposals, paragraphs.Skip(After("III. ĐỀ XUẤT, KIẾN NGHỊ")).Take(1));
    }

    [Fact]
    public void Late_tasks_follow_the_shortcomings_with_label_name_lead_and_why()
    {
        var paragraphs = DocxText.Paragraphs(ExportedReports.Docx(Hp)).ToList();
        var start = paragraphs.IndexOf("1. Tồn tại, hạn chế");
        Assert.Equal(
            [
                "Một số đơn vị chưa cập nhật kịp thời kết quả tuyên truyền trên hệ thống.",
                ReportWording.LateIntroduction,
                "- 2. Phát các đoạn phim, video clip giới thiệu về CCHC trên trang thông tin điện tử, mạng xã hội (Phòng Văn hóa – Xã hội): Mới đạt 0/2; theo thời gian đã qua cần ít nhất 1. Đơn vị chưa bố trí được kinh phí sản xuất clip.",
                "- 5. Tổ chức chuyến xe phát thanh tuyên truyền, chạy trên các tuyến đường thuộc phường (Phòng Văn hóa – Xã hội): Hết thời gian thực hiện, mới đạt 1/2.",
                "2. Nguyên nhân",
            ],
            paragraphs.Skip(start + 1).Take(5));
    }

    [Theory]
    [InlineData(Cv)]
    [InlineData(Unit)]
    public void Without_late_tasks_the_report_says_so(string name)
    {
        Assert.Contains(ReportWording.NothingLate, DocxText.Paragraphs(ExportedReports.Docx(name)));
    }

    [Fact]
    public void Late_lines_leave_out_what_is_missing()
    {
        Assert.Equal("- Tuyên truyền lưu động.", ReportWording.LateLine(new ReportLateItem { Name = "Tuyên truyền lưu động" }));
        Assert.Equal("- 4.1. Về thể chế (Văn phòng): Quá hạn.", ReportWording.LateLine(new ReportLateItem { Label = "4.1", Name = "Về thể chế.", Lead = "Văn phòng", Why = "Quá hạn;" }));
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Closing_ends_with_the_decrees_mark_and_stays_with_the_signature(string name)
    {
        var report = ExportedReports.Report(name);
        using var docx = ExportedReports.Open(name);
        var closing = (Paragraph)docx.SignatureTable.PreviousSibling()!;
        Assert.Equal($"Trên đây là báo cáo kết quả công tác thông tin, tuyên truyền cải cách hành chính {report.Period.Name} của {ReportWording.IssuerName(report)}./.", ExportedDocx.Text(closing));
        Assert.NotNull(closing.ParagraphProperties!.KeepNext);
    }

    // ---- figure tables ----

    [Theory]
    [MemberData(nameof(All))]
    public void Tables_are_fixed_with_a_grid_as_wide_as_the_text_a_repeated_header_and_rows_that_do_not_split(string name)
    {
        using var docx = ExportedReports.Open(name);
        var tables = ReportParts.FigureTables(docx);
        Assert.Equal(3, tables.Count);
        foreach (var table in tables)
        {
            var properties = table.GetFirstChild<TableProperties>()!;
            Assert.Equal(TableLayoutValues.Fixed, properties.TableLayout!.Type!.Value);
            var grid = ReportParts.Grid(table);
            Assert.Equal(11906 - 1701 - 1134, grid.Sum());
            Assert.Equal(grid.Sum().ToString(CultureInfo.InvariantCulture), properties.TableWidth!.Width!.Value);
            Assert.Equal(TableWidthUnitValues.Dxa, properties.TableWidth.Type!.Value);
            Assert.All(properties.TableBorders!.ChildElements.Cast<BorderType>(), b => Assert.Equal(BorderValues.Single, b.Val!.Value));

            var rows = table.Elements<TableRow>().ToList();
            Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
            Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties!.GetFirstChild<TableHeader>()));
            Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
            Assert.All(rows, r => Assert.Equal(
                grid.Select(w => w.ToString(CultureInfo.InvariantCulture)),
                r.Elements<TableCell>().Select(c => c.TableCellProperties!.TableCellWidth!.Width!.Value)));
            Assert.All(rows[0].Descendants<Paragraph>(), p =>
            {
                Assert.Equal(JustificationValues.Center, Alignment(p));
                Assert.All(TextRuns(p), run => Assert.True(IsBold(run)));
            });
            Assert.All(rows.SelectMany(r => r.Descendants<Run>()), run => Assert.Equal(24, HalfPoints(run)));

            // A table follows its heading, which stays on its page.
            var heading = (Paragraph)table.PreviousSibling()!;
            Assert.Matches(@"^\d\. Kết quả", ExportedDocx.Text(heading));
            Assert.NotNull(heading.ParagraphProperties!.KeepNext);
        }
    }

    [Fact]
    public void Table_headers_name_the_columns()
    {
        using var docx = ExportedReports.Open(Hp);
        var tables = ReportParts.FigureTables(docx);
        Assert.Equal(
            ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Chỉ tiêu", "Kỳ này", "Lũy kế từ đầu năm", "Tỷ lệ (%)", "Tình trạng"],
            ReportParts.Cells(tables[0].Elements<TableRow>().First()));
        Assert.Equal(["Hình thức", "Số hoạt động", "Số lượng", "Người tham dự", "Lượt xem/nghe", "Số bản"], ReportParts.Cells(tables[1].Elements<TableRow>().First()));
        Assert.Equal(["Nội dung", "Số hoạt động", "Số lượng", "Người tham dự", "Lượt xem/nghe", "Số bản"], ReportParts.Cells(tables[2].Elements<TableRow>().First()));
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Every_figure_of_every_row_is_in_the_document(string name)
    {
        var report = ExportedReports.Report(name);
        var paragraphs = DocxText.Paragraphs(ExportedReports.Docx(name)).ToList();

        // The task rows, in the plan's order, after their header row.
        var header = paragraphs.IndexOf(string.Join('\t', ReportTables.TaskHeaders));
        Assert.True(header > 0);
        var labels = ReportTables.Labels(report.Tasks);
        var expectedTasks = report.Tasks.Select((t, i) => string.Join('\t',
            labels[i], t.Name, t.Lead, ReportWording.Target(t), ReportWording.Number(t.DoneThisPeriod), ReportWording.Number(t.DoneToDate),
            ReportWording.Share(t), t.Status));
        Assert.Equal(expectedTasks, paragraphs.Skip(header + 1).Take(report.Tasks.Count));

        // The totals, each table ending with the overall total.
        static string Row(ReportTotal total, string? name = null) => string.Join('\t', ReportTables.Figures(total).Select(ReportWording.Number)
            .Prepend(name ?? total.Name));
        foreach (var (first, rows) in new[] { ("Hình thức", report.ByChannel), ("Nội dung", report.ByContentArea) })
        {
            var start = paragraphs.IndexOf(string.Join('\t', ReportTables.TotalHeaders.Prepend(first)));
            Assert.True(start > header);
            Assert.Equal(rows.Select(r => Row(r)).Append(Row(report.Overall)), paragraphs.Skip(start + 1).Take(rows.Count + 1));
        }
    }

    [Fact]
    public void Figures_are_written_the_vietnamese_way()
    {
        var paragraphs = DocxText.Paragraphs(ExportedReports.Docx(Hp));
        Assert.Contains("Tổng cộng\t49\t51\t245\t12.345\t1.506", paragraphs);
        Assert.Equal("1.234.567", ReportWording.Number(1_234_567));
        Assert.Equal("0", ReportWording.Number(0));
        Assert.Equal("999", ReportWording.Number(999));
        Assert.Equal("80%", ReportWording.Percent(80));
        Assert.Equal("80,5%", ReportWording.Percent(80.5));
        Assert.Equal("33,3%", ReportWording.Percent(100.0 / 3));
        Assert.Equal("0,1%", ReportWording.Percent(0.05));
        Assert.Equal("1.250%", ReportWording.Percent(1250));
        Assert.Equal("–", ReportWording.Percent(null));
        Assert.Equal("–", ReportWording.Percent(double.NaN));
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Counts_are_right_aligned_and_the_total_row_is_bold(string name)
    {
        using var docx = ExportedReports.Open(name);
        var tables = ReportParts.FigureTables(docx);
        var taskRows = tables[0].Elements<TableRow>().Skip(1).ToList();
        Assert.All(taskRows, row =>
        {
            var cells = row.Elements<TableCell>().ToList();
            Assert.All(cells.Skip(4).Take(3).SelectMany(c => c.Elements<Paragraph>()), p => Assert.Equal(JustificationValues.Right, Alignment(p)));
            Assert.Equal(JustificationValues.Center, Alignment(cells[0].Elements<Paragraph>().First()));
        });

        foreach (var table in tables.Skip(1))
        {
            var rows = table.Elements<TableRow>().Skip(1).ToList();
            Assert.All(
                rows.SelectMany(r => r.Elements<TableCell>().Skip(1)).SelectMany(c => c.Elements<Paragraph>()),
                p => Assert.Equal(JustificationValues.Right, Alignment(p)));
            // The period's total row, and after it the year to date's when the period does not start with the year, are bold.
            static bool IsTotal(TableRow row) => row.Elements<TableCell>().First().InnerText is "Tổng cộng" or "Lũy kế từ đầu năm";
            Assert.True(IsTotal(rows[^1]));
            Assert.All(rows.Where(IsTotal).SelectMany(r => r.Descendants<Run>()), run => Assert.True(IsBold(run)));
            Assert.All(rows.Where(r => !IsTotal(r)).SelectMany(r => r.Descendants<Run>()), run => Assert.False(IsBold(run)));
        }
    }

    [Fact]
    public void Sub_rows_follow_their_row_with_their_label_and_an_indented_name()
    {
        using var docx = ExportedReports.Open(Cv);
        var rows = ReportParts.FigureTables(docx)[0].Elements<TableRow>().Skip(1).ToList();
        Assert.Equal(["1", "2", "3", "4", "4.1", "4.2", "4.3", "4.4", "5", "6", "7"], rows.Select(r => ReportParts.Cells(r)[0]));
        foreach (var row in rows)
        {
            var name = row.Elements<TableCell>().ElementAt(1).Elements<Paragraph>().First();
            var indent = Twips(name.ParagraphProperties!.Indentation!.Left);
            Assert.Equal(ReportParts.Cells(row)[0].Contains('.', StringComparison.Ordinal) ? ReportTables.SubRowIndent : 0, indent);
        }
    }

    [Fact]
    public void A_row_without_a_target_shows_dashes_for_the_target_and_the_share()
    {
        using var docx = ExportedReports.Open(Cv);
        var first = ReportParts.Cells(ReportParts.FigureTables(docx)[0].Elements<TableRow>().ElementAt(1));
        Assert.Equal("–", first[3]);
        Assert.Equal("–", first[6]);

        using var hp = ExportedReports.Open(Hp);
        var row = ReportParts.Cells(ReportParts.FigureTables(hp)[0].Elements<TableRow>().ElementAt(1));
        Assert.Equal(["1", "05 số", "140%"], new[] { row[0], row[3], row[6] });
    }

    [Fact]
    public void Rows_without_labels_are_numbered_and_sub_rows_follow_their_rows_number()
    {
        ReportTaskLine[] lines = [new(), new() { IsSubRow = true }, new() { IsSubRow = true }, new(), new() { Label = "7." }, new() { IsSubRow = true }];
        Assert.Equal(["1", "1.1", "1.2", "2", "7", "7.1"], ReportTables.Labels(lines));
    }

    // ---- Nơi nhận and signature ----

    [Theory]
    [MemberData(nameof(All))]
    public void Noi_nhan_is_12_bold_italic_then_items_of_11_ending_with_the_storage_line(string name)
    {
        var report = ExportedReports.Report(name);
        using var docx = ExportedReports.Open(name);
        var properties = docx.SignatureTable.GetFirstChild<TableProperties>()!;
        Assert.Equal(TableLayoutValues.Fixed, properties.TableLayout!.Type!.Value);
        Assert.All(properties.TableBorders!.ChildElements.Cast<BorderType>(), b => Assert.Equal(BorderValues.None, b.Val!.Value));
        var left = docx.SignatureTable.Descendants<TableCell>().First().Elements<Paragraph>().ToList();
        Assert.Equal("Nơi nhận:", ExportedDocx.Text(left[0]));
        Assert.All(TextRuns(left[0]), run => Assert.True(IsBold(run) && IsItalic(run) && HalfPoints(run) == 24));
        var items = left.Skip(1).Select(ExportedDocx.Text).ToList();
        Assert.All(left.Skip(1).SelectMany(TextRuns), run => Assert.True(HalfPoints(run) == 22 && !IsBold(run)));
        Assert.All(items.SkipLast(1), i => Assert.Matches(@"^- \S.*;$", i));
        Assert.Matches(@"^- Lưu: VT.*\.$", items[^1]);

        // A report to a higher body: "- Như trên;" first, once.
        if (!string.IsNullOrEmpty(report.Recipient))
        {
            Assert.Equal("- Như trên;", items[0]);
        }

        Assert.True(items.Count(i => i == "- Như trên;") == (string.IsNullOrEmpty(report.Recipient) ? 0 : 1));
    }

    [Theory]
    [InlineData(
        Hp,
        new[]
        {
            "- Như trên;",
            "- TT Đảng ủy, HĐND phường;",
            "- CT, các PCT UBND phường;",
            "- Lưu: VT, VHXH.",
        })]
    [InlineData(
        Cv,
        new[]
        {
            "- Như trên;",
            "- Đảng ủy xã;",
            "- Lưu: VT.",
        })]
    [InlineData(
        Unit,
        new[]
        {
            "- Lãnh đạo UBND phường;",
            "- Lưu: VT.",
        })]
    public void Noi_nhan_lists_the_recipients_as_written(string name, string[] expected)
    {
        using var docx = ExportedReports.Open(name);
        Assert.Equal(expected, docx.SignatureTable.Descendants<TableCell>().First().Elements<Paragraph>().Skip(1).Select(ExportedDocx.Text));
    }

    [Fact]
    public void Nhu_tren_moves_first_under_a_kinh_gui_and_is_never_doubled()
    {
        var report = new ReportDocument { Recipient = "Sở Nội vụ", Recipients = ["Đảng ủy xã", "- như trên;", "Lưu: VT"] };
        Assert.Equal(["- như trên;", "Đảng ủy xã", "Lưu: VT"], ReportWording.RecipientItems(report));
        Assert.Equal(["- như trên;", "- Đảng ủy xã;", "- Lưu: VT."], SignatureBlock.RecipientLines(ReportWording.RecipientItems(report)));

        report.Recipients = [];
        Assert.Equal(["- Như trên;", "- Lưu: VT."], SignatureBlock.RecipientLines(ReportWording.RecipientItems(report)));

        report.Recipient = "  ";
        report.Recipients = ["Đảng ủy xã"];
        Assert.Equal(["Đảng ủy xã"], ReportWording.RecipientItems(report));
    }

    [Theory]
    [InlineData(Hp, new[] { "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH" }, "Nguyễn Thị Trúc Linh")]
    [InlineData(Cv, new[] { "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH" }, "Vũ Trọng Tuyên")]
    [InlineData(Unit, new[] { "TRƯỞNG PHÒNG" }, "Trần Văn Bình")]
    public void Authority_and_position_each_on_a_line_bold_upper_case_then_room_then_the_name(string name, string[] lines, string signer)
    {
        using var docx = ExportedReports.Open(name);
        var right = docx.SignatureTable.Descendants<TableCell>().Last().Elements<Paragraph>().ToList();
        Assert.Equal([.. lines, signer], right.Select(ExportedDocx.Text));
        Assert.All(right, p =>
        {
            Assert.Equal(JustificationValues.Center, Alignment(p));
            Assert.All(TextRuns(p), run => Assert.True(IsBold(run) && HalfPoints(run) is >= 26 and <= 28));
        });
        Assert.True(Twips(right[^1].ParagraphProperties!.SpacingBetweenLines!.Before) >= 1134, "room for the signature and seal");

        // "Nơi nhận:" and the authority start on the same line.
        var left = docx.SignatureTable.Descendants<TableCell>().First().Elements<Paragraph>().First();
        Assert.Equal(Twips(left.ParagraphProperties!.SpacingBetweenLines!.Before), Twips(right[0].ParagraphProperties!.SpacingBetweenLines!.Before));
    }

    // ---- page numbers ----

    [Theory]
    [MemberData(nameof(All))]
    public void Page_numbers_are_a_centred_page_field_in_the_header_and_none_on_the_first_page(string name)
    {
        using var docx = ExportedReports.Open(name);
        var section = docx.Sections.Single();
        Assert.NotNull(section.GetFirstChild<TitlePage>());
        var references = section.Elements<HeaderReference>().ToDictionary(r => r.Type!.Value, r => r.Id!.Value!);
        var numbered = (HeaderPart)docx.Main.GetPartById(references[HeaderFooterValues.Default]);
        var first = (HeaderPart)docx.Main.GetPartById(references[HeaderFooterValues.First]);
        Assert.Equal("", first.Header.InnerText);
        var paragraph = numbered.Header.Elements<Paragraph>().Single();
        Assert.Equal(JustificationValues.Center, Alignment(paragraph));
        Assert.Equal(" PAGE ", paragraph.Descendants<FieldCode>().Single().Text);
        Assert.All(paragraph.Elements<Run>(), run => Assert.InRange(HalfPoints(run), 26, 28));
        Assert.Equal(NumberFormatValues.Decimal, section.GetFirstChild<PageNumberType>()!.Format!.Value);
    }

    // ---- writing ----

    [Fact]
    public void Writes_to_a_stream_that_cannot_seek_and_to_one_that_can()
    {
        var report = SampleReports.Report(Hp);
        var expected = DocxText.Paragraphs(ReportDocxWriter.Write(report));

        using var target = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(target))
        {
            ReportDocxWriter.Write(report, forwardOnly);
        }

        Assert.Equal(expected, DocxText.Paragraphs(target.ToArray()));

        using var seekable = new MemoryStream();
        ReportDocxWriter.Write(report, seekable);
        Assert.Equal(expected, DocxText.Paragraphs(seekable.ToArray()));
    }

    [Fact]
    public void A_snapshot_read_back_from_json_prints_the_same_document()
    {
        var report = SampleReports.Report(Hp);
        var json = JsonSerializer.Serialize(report);
        var read = JsonSerializer.Deserialize<ReportDocument>(json)!;
        Assert.Equal(DocxText.Paragraphs(ReportDocxWriter.Write(report)), DocxText.Paragraphs(ReportDocxWriter.Write(read)));
    }

    [Fact]
    public void A_sparse_snapshot_with_nulls_still_makes_a_valid_document()
    {
        const string Json = """
            {"Format":"loa.report/1","Issuer":null,"Number":null,"Symbol":null,"Date":null,"Title":null,"Recipient":null,
             "PlanReference":null,"Period":null,"Narrative":{"Results":null,"Shortcomings":[null],"Causes":null,"Proposals":null},
             "Tasks":[{"Label":null,"Name":null,"Lead":null,"Status":null,"IsSubRow":false}],"ByChannel":null,"ByContentArea":[],
             "Overall":null,"Late":[{"Name":null,"Why":null}],"Recipients":null,"Signer":null}
            """;
        var report = JsonSerializer.Deserialize<ReportDocument>(Json)!;
        var bytes = ReportDocxWriter.Write(report);
        using var docx = new ExportedDocx(bytes);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2010).Validate(docx.Document));
        var paragraphs = DocxText.Paragraphs(bytes);
        Assert.Contains("Số:      /BC-UBND", paragraphs[1], StringComparison.Ordinal);
        Assert.Contains("BÁO CÁO", paragraphs);
        Assert.Contains("- Lưu: VT.", paragraphs[^2], StringComparison.Ordinal);
    }

    // ---- helpers ----

    private static bool IsHeading(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"^(?:[IVX]+\. \P{Ll}+|\d\. \p{Lu}[^:]*)$") && !text.StartsWith("- ", StringComparison.Ordinal) && text.Length < 80 && !text.EndsWith('.');

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
