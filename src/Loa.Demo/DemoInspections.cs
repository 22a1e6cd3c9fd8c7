using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Inspections;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.Demo;

/// <summary>
/// The yearly inspection in the demo province: Đồng Nai's checklist of the year (the default), Phước Tân's inspection
/// done and closed (answers with their evidence described, the results frozen two weeks ago, findings, scores and the
/// conclusion), and one generated commune that has opened its self-assessment. Added once; a later start finds it.
/// </summary>
public static class DemoInspections
{
    public const string InspectorName = "Võ Thị Thanh Hương";

    public static async Task SeedAsync(LoaDbContext db, DateOnly today, CancellationToken cancellationToken = default)
    {
        var province = await db.Provinces.SingleAsync(p => p.Code == DemoSeeder.GeneratedProvinceCode, cancellationToken);
        var year = DemoData.Year;
        if (await db.InspectionChecklists.AnyAsync(c => c.ProvinceId == province.Id && c.Year == year, cancellationToken))
        {
            return;
        }

        var now = DateTime.UtcNow;
        var checklist = DefaultChecklist.Create(province.Id, year, now);
        db.InspectionChecklists.Add(checklist);
        await db.SaveChangesAsync(cancellationToken);

        var phuocTan = await db.Communes.SingleAsync(c => c.ProvinceId == province.Id && c.Locality == "Phước Tân", cancellationToken);
        var visit = today.Year == year ? today.AddDays(-14) : new DateOnly(year, 12, 1);
        if (visit.Year == year && visit <= today)
        {
            var done = Open(checklist, phuocTan.ProvinceId, phuocTan.Id, now);
            Answer(done);
            var facts = await CommuneFacts.LoadAsync(db, province, phuocTan.Id, year, visit, cancellationToken);
            var inspector = new TenantScope { Role = UserRole.ProvinceOfficer, ProvinceId = province.Id, UserName = InspectorName };
            InspectionWorkflow.Apply(InspectionStep.Visit, done, inspector, now, today, visit, facts);
            done.Inspectors = $"{InspectorName} – Phó Trưởng phòng Cải cách hành chính, Sở Nội vụ, Trưởng đoàn\nPhan Minh Quân – chuyên viên Sở Nội vụ";
            done.CommuneRepresentatives = "Nguyễn Đắc Tuyên – Chủ tịch UBND phường\nTrần Thị Mai – công chức Văn hóa – Xã hội";
            Review(done);
            InspectionWorkflow.Apply(InspectionStep.Close, done, inspector, now, today);
            db.Inspections.Add(done);
        }

        var opener = await db.Plans.AsNoTracking()
            .Where(p => p.ProvinceId == province.Id && p.Year == year && p.CommuneId != null && p.CommuneId != phuocTan.Id)
            .Where(p => p.UnitId == null && p.Status == PlanStatus.Issued)
            .OrderBy(p => p.CommuneId).Select(p => p.CommuneId).FirstOrDefaultAsync(cancellationToken);
        if (opener is { } communeId)
        {
            db.Inspections.Add(Open(checklist, province.Id, communeId, now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static Inspection Open(InspectionChecklist checklist, int provinceId, int communeId, DateTime now)
    {
        var inspection = new Inspection
        {
            ProvinceId = provinceId,
            CommuneId = communeId,
            Year = checklist.Year,
            ChecklistId = checklist.Id,
            CreatedAt = now,
            UpdatedAt = now,
        };
        InspectionEntries.Sync(inspection, checklist.Items);
        return inspection;
    }

    private static void Answer(Inspection inspection)
    {
        string[] answers =
        [
            "Đã niêm yết đầy đủ 98 thủ tục hành chính cấp xã và số điện thoại đường dây nóng 1022 tại Bộ phận Một cửa; có màn hình tra cứu.",
            "Tổ chức 01 buổi đối thoại giữa Chủ tịch UBND phường với người dân về thủ tục đất đai, 85 người tham dự.",
            "Lồng ghép tuyên truyền cải cách hành chính trong sinh hoạt định kỳ của 3 khu phố và Đoàn Thanh niên.",
            "Bố trí 15.000.000 đồng cho công tác thông tin, tuyên truyền cải cách hành chính trong dự toán năm.",
        ];
        var answered = inspection.Entries.Where(e => e.Kind == ChecklistItemKind.Answered).OrderBy(e => e.Order).ToList();
        foreach (var (entry, answer) in answered.Zip(answers))
        {
            (entry.Answer, entry.AnsweredByName, entry.AnsweredAt) = (answer, "Trần Thị Mai", inspection.CreatedAt);
        }
    }

    private static void Review(Inspection inspection)
    {
        foreach (var entry in inspection.Entries.Where(e => e.Kind == ChecklistItemKind.Answered))
        {
            entry.Verdict = ItemVerdict.Met;
            entry.Score = entry.MaxScore;
            entry.Finding = "Có minh chứng, đạt yêu cầu.";
        }

        foreach (var entry in inspection.Entries.Where(e => e.Verdict == ItemVerdict.NotMet))
        {
            entry.Finding = "Cần khắc phục trong thời gian tới.";
        }

        inspection.Conclusion = "UBND phường Phước Tân đã ban hành và triển khai kế hoạch thông tin, tuyên truyền cải cách hành chính năm "
            + $"{inspection.Year}; các hình thức tuyên truyền đa dạng, chuyên mục trên cổng thông tin được cập nhật. Còn một số tiêu chí chưa đạt như nêu trên.";
        inspection.Recommendations = "Gửi báo cáo định kỳ đúng hạn.\nĐẩy nhanh các nhiệm vụ chậm tiến độ trong tháng cuối năm.";
    }
}
