using DocumentFormat.OpenXml.Wordprocessing;
using Loa.Inspections;
using Loa.Text;

namespace Loa.Documents;

/// <summary>
/// Writes the inspection record (biên bản kiểm tra) in the form of Decree 30/2020 on A4 portrait, with the plans' page,
/// fonts and header table: the province's committee above the inspection team ("Số:      /BB-ĐKT", the commune's place
/// and the visit day in italic), "BIÊN BẢN" and its subject, the time and place, the two sides, the results table (item,
/// result, verdict, points out of the maximum, the inspector's finding), the conclusion, the recommendations, and the
/// two signatures (the commune's representative and the head of the team) side by side.
/// </summary>
public static class InspectionDocxWriter
{
    public const string ContentType = PlanDocxWriter.ContentType;
    public const string DocumentType = "BIÊN BẢN";
    public const string TeamName = "ĐOÀN KIỂM TRA CẢI CÁCH HÀNH CHÍNH";

    /// <summary>The columns of the results table.</summary>
    public static readonly IReadOnlyList<string> Headers = ["TT", "Tiêu chí", "Kết quả, nhận xét", "Đánh giá", "Điểm tối đa", "Điểm"];

    private const int TablePoints = 12;
    private static readonly int[] Widths = [454, 2600, 3117, 1000, 1000, 900];

    public static byte[] Write(InspectionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return DocxPackage.Write("Biên bản " + record.Title, (body, headers) => Fill(record, body, headers));
    }

    private static void Fill(InspectionRecord record, Body body, DocxPage.Headers headers)
    {
        var place = $"{record.Place}, {DocumentDate.Written(record.VisitOn)}";
        var superior = PlanWording.Upper(record.ProvinceGovernment.Replace("Ủy ban nhân dân", "UBND", StringComparison.OrdinalIgnoreCase));
        var header = new DocumentHeader([TeamName], "Số:      /BB-ĐKT", place, superior);
        body.Append(HeaderBlock.Build(header));
        body.Append(TitleBlock.Build(DocumentType, record.Title));
        if (!record.IsFinal)
        {
            body.Append(DocxRuns.Paragraph("(Dự thảo: đoàn kiểm tra chưa hoàn thành biên bản)", new RunLook(13, Italic: true), ParagraphLook.Centered));
        }

        body.Append(Text(
            $"Hôm nay, {DocumentDate.Written(record.VisitOn)}, tại trụ sở {record.CommuneGovernment}, Đoàn kiểm tra tiến hành kiểm tra công tác thông tin, "
            + $"tuyên truyền cải cách hành chính năm {record.Year} theo bảng tiêu chí kiểm tra của {record.ProvinceGovernment}."));
        body.Append(Heading("I. THÀNH PHẦN"));
        body.Append(Heading("1. Đoàn kiểm tra:", upper: false));
        body.Append(People(record.Inspectors));
        body.Append(Heading($"2. Đại diện {record.CommuneGovernment}:", upper: false));
        body.Append(People(record.CommuneRepresentatives));
        body.Append(Heading("II. KẾT QUẢ KIỂM TRA"));
        body.Append(Text(
            $"Các tiêu chí do hệ thống Loa tính từ dữ liệu của xã đến hết ngày {DisplayTime.Date(record.VisitOn)} (ngày kiểm tra); "
            + "các tiêu chí còn lại do xã trả lời, kèm minh chứng, và Đoàn kiểm tra xem xét."));
        body.Append(Results(record));
        body.Append(Text($"Tổng điểm: {InspectionText.Score(record.Total)}/{InspectionText.Score(record.MaxTotal)} điểm.", bold: true, before: 120));
        body.Append(Heading("III. KẾT LUẬN"));
        body.Append(Paragraphs(record.Conclusion));
        body.Append(Heading("IV. KIẾN NGHỊ"));
        body.Append(Paragraphs(record.Recommendations));
        body.Append(Text("Biên bản được lập thành 02 bản có giá trị như nhau, mỗi bên giữ 01 bản; đã được đọc lại cho các thành viên cùng nghe và thống nhất ký tên."));
        body.Append(Signatures(record));
        DocxPackage.EndPortrait(body, headers);
    }

    private static Table Results(InspectionRecord record)
    {
        var table = DocxTables.Ruled(Widths, 57);
        var bold = new RunLook(TablePoints, Bold: true);
        var look = new RunLook(TablePoints);
        var titles = Headers.Select((h, i) => DocxTables.Cell(Widths[i], [DocxRuns.Paragraph(h, bold, Center)], centerVertically: true));
        table.Append(DocxTables.Row(header: true, [.. titles]));
        var n = 0;
        foreach (var line in record.Lines)
        {
            n++;
            var result = DocxRuns.Lines(line.Result).Select(l => DocxRuns.Paragraph(l, look, Left)).ToList();
            if (line.EvidenceFiles.Count > 0)
            {
                result.Add(DocxRuns.Paragraph("Minh chứng: " + string.Join("; ", line.EvidenceFiles), new RunLook(TablePoints, Italic: true), Left));
            }

            if (!string.IsNullOrWhiteSpace(line.Finding))
            {
                result.AddRange(DocxRuns.Lines("Nhận xét của Đoàn: " + line.Finding).Select(l => DocxRuns.Paragraph(l, new RunLook(TablePoints, Italic: true), Left)));
            }

            table.Append(DocxTables.Row(
                DocxTables.Cell(Widths[0], DocxRuns.Paragraph(n.ToString(System.Globalization.CultureInfo.InvariantCulture), look, Center)),
                DocxTables.Cell(Widths[1], DocxRuns.Lines(line.Title).Select(l => DocxRuns.Paragraph(l, look, Left))),
                DocxTables.Cell(Widths[2], result.Count == 0 ? [DocxRuns.Paragraph("–", look, Left)] : result),
                DocxTables.Cell(Widths[3], DocxRuns.Paragraph(line.Verdict?.Label() ?? "–", look, Center)),
                DocxTables.Cell(Widths[4], DocxRuns.Paragraph(InspectionText.Score(line.MaxScore), look, Right)),
                DocxTables.Cell(Widths[5], DocxRuns.Paragraph(line.Score is { } s ? InspectionText.Score(s) : "–", look, Right))));
        }

        table.Append(DocxTables.Row(
            DocxTables.Cell(Widths[0], DocxRuns.Paragraph("", bold, Center)),
            DocxTables.Cell(Widths[1], DocxRuns.Paragraph("Tổng cộng", bold, Left)),
            DocxTables.Cell(Widths[2], DocxRuns.Paragraph("", bold, Left)),
            DocxTables.Cell(Widths[3], DocxRuns.Paragraph("", bold, Center)),
            DocxTables.Cell(Widths[4], DocxRuns.Paragraph(InspectionText.Score(record.MaxTotal), bold, Right)),
            DocxTables.Cell(Widths[5], DocxRuns.Paragraph(InspectionText.Score(record.Total), bold, Right))));
        return table;
    }

    /// <summary>
    /// The commune's representative on the left, the head of the team on the right: titles in one row, names in the next
    /// (so the names stay level whatever the titles' lengths), each name from the first line of its side.
    /// </summary>
    private static Table Signatures(InspectionRecord record)
    {
        var (left, right) = (DocxPage.PortraitTextWidth / 2, DocxPage.PortraitTextWidth - (DocxPage.PortraitTextWidth / 2));
        var centered = ParagraphLook.Centered with { After = 0, Line = DocxPage.SingleLine };
        var title = new RunLook(13, Bold: true);
        var name = new RunLook(14, Bold: true);
        var signed = centered with { Before = SignatureBlock.SignatureSpace };
        var table = DocxTables.Borderless([left, right], 57);
        table.Append(
            DocxTables.Row(
                DocxTables.Cell(left, DocxRuns.Paragraph($"ĐẠI DIỆN {PlanWording.Upper(record.CommuneGovernment)}", title, centered with { Before = 240 })),
                DocxTables.Cell(right, DocxRuns.Paragraph("TRƯỞNG ĐOÀN KIỂM TRA", title, centered with { Before = 240 }))),
            DocxTables.Row(
                DocxTables.Cell(left, DocxRuns.Paragraph(Name(record.CommuneRepresentatives), name, signed)),
                DocxTables.Cell(right, DocxRuns.Paragraph(Name(record.Inspectors), name, signed))));
        return table;
    }

    private static string Name(IReadOnlyList<string> people) => people.Count == 0 ? "" : people[0].Split(['–', '-', ','], 2)[0].Trim();

    private static IEnumerable<Paragraph> People(IReadOnlyList<string> people) =>
        people.Count == 0 ? [Text("…")] : people.Select(p => Text("- " + p.TrimStart('-', ' ').TrimEnd(';', '.') + ";"));

    private static IEnumerable<Paragraph> Paragraphs(string? text)
    {
        var lines = DocxRuns.Lines(text).Where(l => l.Trim().Length > 0).ToList();
        return lines.Count == 0 ? [Text("…")] : lines.Select(l => Text(l));
    }

    private static Paragraph Heading(string text, bool upper = true) =>
        DocxRuns.Paragraph(text, RunLook.Body.AsBold(), ParagraphLook.Body with { Before = upper ? 120 : 0, KeepNext = true });

    private static Paragraph Text(string text, bool bold = false, int before = 0) =>
        DocxRuns.Paragraph(text, bold ? RunLook.Body.AsBold() : RunLook.Body, ParagraphLook.Body with { Before = before });

    private static ParagraphLook Left => ParagraphLook.Cell with { Before = 40, After = 40 };

    private static ParagraphLook Center => Left with { Alignment = JustificationValues.Center };

    private static ParagraphLook Right => Left with { Alignment = JustificationValues.Right };
}
