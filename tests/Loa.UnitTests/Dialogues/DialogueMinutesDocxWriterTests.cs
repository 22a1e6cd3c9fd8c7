using System.IO.Compression;
using Loa.Dialogues;
using Loa.Plans;

namespace Loa.UnitTests.Dialogues;

/// <summary>The minutes as a Decree 30 document: the commune's header, "BIÊN BẢN" and its subject, the answers, the two signatures.</summary>
public sealed class DialogueMinutesDocxWriterTests
{
    private static DialogueMinutes Minutes(bool approved) => new()
    {
        Issuer = new PlanIssuer { Kind = "phường", Locality = "Phước Tân" },
        Kind = DialogueKind.Dialogue,
        Subject = "Thủ tục hành chính về đất đai",
        StartsAtLocal = new DateTime(2026, 7, 10, 8, 0, 0),
        Place = "Hội trường UBND phường",
        ChairName = "Nguyễn Văn Hùng",
        RecorderName = "Lê Thị Thu",
        Attendance = 120,
        CitizenAttendance = 100,
        BusinessAttendance = 15,
        QuestionCount = 2,
        Answers = [new MinutesAnswer("Cấp giấy chứng nhận", "Ông Trần Văn Bình (Trung tâm Phục vụ hành chính công)", "Trả kết quả trước 20/7.", 2)],
        Conclusion = "Giải quyết dứt điểm trong tháng 7.",
        IsApproved = approved,
    };

    private static string Text(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = reader.ReadToEnd();
        return string.Concat(System.Text.RegularExpressions.Regex.Matches(xml, "<w:t[^>]*>([^<]*)</w:t>").Select(m => m.Groups[1].Value + " "));
    }

    [Fact]
    public void The_minutes_carry_the_header_the_title_the_attendance_the_answers_and_both_signatures()
    {
        var text = Text(DialogueMinutesDocxWriter.Write(Minutes(approved: true)));
        foreach (var part in new[]
        {
            "ỦY BAN NHÂN DÂN", "PHƯỜNG PHƯỚC TÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số:      /BB-UBND", "Phước Tân, ngày 10 tháng 7 năm 2026",
            "BIÊN BẢN", "Đối thoại giữa người đứng đầu với Nhân dân, doanh nghiệp", "Thủ tục hành chính về đất đai",
            "120 người, trong đó 100 người dân, 15 đại diện doanh nghiệp", "1. Cấp giấy chứng nhận (2 câu hỏi)", "Trả kết quả trước 20/7.",
            "Giải quyết dứt điểm trong tháng 7.", "THƯ KÝ", "CHỦ TRÌ", "Lê Thị Thu", "Nguyễn Văn Hùng",
        })
        {
            Assert.Contains(part, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Dự thảo", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Minutes_not_yet_approved_say_they_are_a_draft() =>
        Assert.Contains("Dự thảo: biên bản chưa được lãnh đạo duyệt", Text(DialogueMinutesDocxWriter.Write(Minutes(approved: false))), StringComparison.Ordinal);
}
