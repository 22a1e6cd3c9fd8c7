using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Loa.Documents;
using Loa.Text;

namespace Loa.Dialogues;

/// <summary>
/// Writes the minutes of a dialogue or conference in the form of Decree 30/2020 (A4 portrait, the plans' page and fonts): the
/// header table of the commune's committee ("Số:      /BB-UBND", place and the day it took place), "BIÊN BẢN" and its subject,
/// the time, place and chair, the attendance, the questions and the answers given by topic, the conclusion, and the
/// signatures of the secretary and the chair side by side.
/// </summary>
public static class DialogueMinutesDocxWriter
{
    public const string ContentType = PlanDocxWriter.ContentType;
    public const string DocumentType = "BIÊN BẢN";

    public static byte[] Write(DialogueMinutes minutes)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        return DocxPackage.Write("Biên bản " + minutes.Subject, (body, headers) => Fill(minutes, body, headers));
    }

    /// <summary>The subject line under "BIÊN BẢN": "Đối thoại giữa người đứng đầu … về …" or "Hội nghị …".</summary>
    public static string Title(DialogueMinutes minutes) => $"{minutes.Kind.FullName()}\n{minutes.Subject}";

    private static void Fill(DialogueMinutes minutes, Body body, DocxPage.Headers headers)
    {
        var day = DateOnly.FromDateTime(minutes.StartsAtLocal);
        var place = PlanWording.PlaceAndDate(minutes.Issuer, null, new Plans.PartialDate { Day = day.Day, Month = day.Month, Year = day.Year }, day.Year);
        var header = new DocumentHeader(PlanWording.IssuingBodyLines(minutes.Issuer), "Số:      /BB-UBND", place);
        body.Append(HeaderBlock.Build(header));
        body.Append(TitleBlock.Build(DocumentType, Title(minutes)));
        if (!minutes.IsApproved)
        {
            body.Append(DocxRuns.Paragraph("(Dự thảo: biên bản chưa được lãnh đạo duyệt)", new RunLook(13, Italic: true), ParagraphLook.Centered));
        }

        var government = PlanWording.IssuerName(minutes.Issuer);
        var time = minutes.StartsAtLocal.ToString("HH' giờ 'mm", CultureInfo.InvariantCulture);
        body.Append(Text($"Vào lúc {time}, {DocumentDate.Written(day)}, {government} tổ chức {minutes.Kind.FullName().ToLowerInvariant()} về {minutes.Subject}."));
        body.Append(Heading("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"));
        body.Append(Text($"1. Địa điểm: {Where(minutes)}."));
        body.Append(Text($"2. Chủ trì: {minutes.ChairName}."));
        body.Append(Text($"3. Thư ký: {(string.IsNullOrWhiteSpace(minutes.RecorderName) ? "…" : minutes.RecorderName)}."));
        body.Append(Text($"4. Thành phần tham dự: {Attendance(minutes)}."));
        body.Append(Heading("II. NỘI DUNG"));
        body.Append(Text(
            $"Trước {minutes.Kind.Label().ToLowerInvariant()}, {government} nhận được {minutes.QuestionCount} câu hỏi, ý kiến của người dân, doanh nghiệp "
            + "gửi qua cổng thông tin; các câu hỏi được tổng hợp theo chủ đề và trả lời như sau:"));
        if (minutes.Answers.Count == 0)
        {
            body.Append(Text("…"));
        }

        var n = 0;
        foreach (var answer in minutes.Answers)
        {
            n++;
            body.Append(Heading($"{n}. {answer.Topic} ({answer.Questions} câu hỏi)", upper: false));
            if (answer.Answerer is { } who)
            {
                body.Append(Text($"Người trả lời: {who}.", italic: true));
            }

            body.Append(Paragraphs(answer.Answer));
        }

        body.Append(Heading("III. KẾT LUẬN"));
        body.Append(Paragraphs(minutes.Conclusion));
        if (minutes.PhotoCount > 0)
        {
            body.Append(Text($"Kèm theo biên bản: {minutes.PhotoCount} ảnh tư liệu.", italic: true));
        }

        body.Append(Text($"{minutes.Kind.Label()} kết thúc vào cùng ngày. Biên bản đã được thông qua trước các thành phần tham dự."));
        body.Append(Signatures(minutes));
        DocxPackage.EndPortrait(body, headers);
    }

    private static string Where(DialogueMinutes minutes) => (minutes.Place, minutes.OnlineLink) switch
    {
        ({ Length: > 0 } place, { Length: > 0 }) => $"{place}, kết hợp trực tuyến",
        ({ Length: > 0 } place, _) => place,
        (_, { Length: > 0 }) => "trực tuyến",
        _ => "…",
    };

    private static string Attendance(DialogueMinutes minutes)
    {
        if (minutes.Attendance is not { } total)
        {
            return "…";
        }

        var parts = new List<string>();
        if (minutes.CitizenAttendance is { } citizens)
        {
            parts.Add($"{citizens} người dân");
        }

        if (minutes.BusinessAttendance is { } businesses)
        {
            parts.Add($"{businesses} đại diện doanh nghiệp");
        }

        return parts.Count == 0 ? $"{total} người" : $"{total} người, trong đó {string.Join(", ", parts)}";
    }

    /// <summary>The secretary on the left, the chair on the right: titles in one row, names in the next.</summary>
    private static Table Signatures(DialogueMinutes minutes)
    {
        var (left, right) = (DocxPage.PortraitTextWidth / 2, DocxPage.PortraitTextWidth - (DocxPage.PortraitTextWidth / 2));
        var centered = ParagraphLook.Centered with { After = 0, Line = DocxPage.SingleLine };
        var title = new RunLook(13, Bold: true);
        var name = new RunLook(14, Bold: true);
        var signed = centered with { Before = SignatureBlock.SignatureSpace };
        var table = DocxTables.Borderless([left, right], 57);
        table.Append(
            DocxTables.Row(
                DocxTables.Cell(left, DocxRuns.Paragraph("THƯ KÝ", title, centered with { Before = 240 })),
                DocxTables.Cell(right, DocxRuns.Paragraph("CHỦ TRÌ", title, centered with { Before = 240 }))),
            DocxTables.Row(
                DocxTables.Cell(left, DocxRuns.Paragraph(minutes.RecorderName ?? "", name, signed)),
                DocxTables.Cell(right, DocxRuns.Paragraph(minutes.ChairName.Split(',')[0].Trim(), name, signed))));
        return table;
    }

    private static IEnumerable<Paragraph> Paragraphs(string? text)
    {
        var lines = DocxRuns.Lines(text).Where(l => l.Trim().Length > 0).ToList();
        return lines.Count == 0 ? [Text("…")] : lines.Select(l => Text(l));
    }

    private static Paragraph Heading(string text, bool upper = true) =>
        DocxRuns.Paragraph(text, RunLook.Body.AsBold(), ParagraphLook.Body with { Before = upper ? 120 : 0, KeepNext = true });

    private static Paragraph Text(string text, bool italic = false) =>
        DocxRuns.Paragraph(text, italic ? new RunLook(DocxPage.BodyPoints, Italic: true) : RunLook.Body, ParagraphLook.Body);
}
