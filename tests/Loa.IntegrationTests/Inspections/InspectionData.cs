using Loa.Inspections;
using Loa.IntegrationTests.Infrastructure;
using Loa.Reports;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Inspections;

/// <summary>What the inspection tests arrange behind the app's back: a sent report, a checklist, an inspection.</summary>
internal static class InspectionData
{
    /// <summary>The commune's consolidated report of a period, sent to the province at a Vietnam wall-clock time.</summary>
    public static async Task SendReportAsync(LoaAppFactory app, Scenario scenario, ReportPeriodKind period, DateTime sentVietnamTime)
    {
        await using var db = app.SystemDb();
        db.CommuneReports.Add(new CommuneReport
        {
            ProvinceId = scenario.Commune.ProvinceId,
            CommuneId = scenario.Commune.Id,
            PlanId = scenario.Plan.Id,
            Year = 2026,
            Period = period,
            Status = CommuneReportStatus.Sent,
            Number = "03/BC-UBND",
            Recipient = "Sở Nội vụ",
            SentAt = Loa.Domain.VietnamTime.ToUtc(sentVietnamTime),
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>The province's checklist of 2026 (the default when there is none yet) and an open inspection of the commune.</summary>
    public static async Task<Inspection> OpenAsync(LoaAppFactory app, Scenario scenario)
    {
        await using var db = app.SystemDb();
        var province = scenario.Commune.ProvinceId;
        var checklist = await db.InspectionChecklists.Include(c => c.Items).FirstOrDefaultAsync(c => c.ProvinceId == province && c.Year == 2026);
        if (checklist is null)
        {
            checklist = DefaultChecklist.Create(province, 2026, DateTime.UtcNow);
            db.InspectionChecklists.Add(checklist);
            await db.SaveChangesAsync();
        }

        var inspection = new Inspection
        {
            ProvinceId = province,
            CommuneId = scenario.Commune.Id,
            Year = 2026,
            ChecklistId = checklist.Id,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        InspectionEntries.Sync(inspection, checklist.Items);
        var answered = inspection.Entries.First(e => e.Kind == ChecklistItemKind.Answered);
        answered.Answer = $"Câu trả lời riêng của xã mã {scenario.Commune.Code}";
        answered.Files.Add(new InspectionFile
        {
            ProvinceId = province,
            CommuneId = scenario.Commune.Id,
            FileName = "minh-chung.png",
            StoredName = Guid.NewGuid().ToString("N"),
            ContentType = "image/png",
            Length = TestFiles.Png.Length,
            UploadedAt = DateTime.UtcNow,
            UploadedById = scenario.Coordinator.Id,
        });
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync();
        var folder = Path.Combine(app.DataPath, "uploads", scenario.Commune.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, answered.Files[0].StoredName), TestFiles.Png);
        return inspection;
    }
}
