using Loa.IntegrationTests.Infrastructure;
using Loa.Notifications;
using Loa.Reports;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Notifications;

/// <summary>
/// The reminders Loa leaves by itself, and the province's "remind every late commune": to the right people,
/// each once. The scenario plan's tasks run "Trong năm 2026": task 1 (04 tin, bài, led by the culture office, which
/// has no unit officer) and task 2 (02 clip, led by the service centre, whose officer is the scenario's).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ReminderJobTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Reminders_go_before_the_deadline_and_after_it_and_for_late_tasks_once_each(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app, withActivity: false);
        var done = await Scenario.CreateAsync(app, withActivity: false);
        await using (var db = app.SystemDb())
        {
            // In the second commune the service centre sent its 6-month part and the commune sent its report.
            db.UnitReports.Add(new UnitReport
            {
                ProvinceId = done.Commune.ProvinceId,
                CommuneId = done.Commune.Id,
                PlanId = done.Plan.Id,
                UnitId = done.ServiceCentre.Id,
                Year = 2026,
                Period = ReportPeriodKind.HalfYear,
                Status = UnitReportStatus.Submitted,
                SubmittedAt = DateTime.UtcNow,
            });
            db.CommuneReports.Add(new CommuneReport
            {
                ProvinceId = done.Commune.ProvinceId,
                CommuneId = done.Commune.Id,
                PlanId = done.Plan.Id,
                Year = 2026,
                Period = ReportPeriodKind.HalfYear,
                Status = CommuneReportStatus.Sent,
                SentAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        // 17 June: the 6-month report is due on the 20th (quý I, due 20 March, is past the month of reminders).
        // Task 2 needs 2 × 168/365 = 0.92 clips by now, rounded 1 (ADR 0008), and has none: its lead unit's officer hears
        // of it, in both communes. Task 1 is late but its unit has no officer.
        var june17 = new DateTime(2026, 6, 17, 1, 0, 0, DateTimeKind.Utc);
        await RunAsync(app, new DateOnly(2026, 6, 17), june17);
        Assert.Equal(["Báo cáo 6 tháng đầu năm 2026 sắp đến hạn"], await TitlesAsync(app, s.Coordinator.Id));
        Assert.Equal(["Báo cáo 6 tháng đầu năm 2026 sắp đến hạn"], await TitlesAsync(app, s.Leader.Id));
        Assert.Equal(
            ["Nhiệm vụ 2 chậm tiến độ", "Đơn vị chưa gửi báo cáo 6 tháng đầu năm 2026"],
            await TitlesAsync(app, s.Officer.Id));
        await using (var db = app.SystemDb())
        {
            var toOfficer = await db.Notifications.SingleAsync(n => n.UserId == s.Officer.Id && n.Title.StartsWith("Đơn vị"));
            Assert.Equal($"/reports/unit?plan={s.Plan.Id}&period=h1&unit={s.ServiceCentre.Id}", toOfficer.Link);
            Assert.Equal("Hạn gửi báo cáo 6 tháng đầu năm 2026: 20/06/2026 (số liệu đến 14/06/2026).", toOfficer.Body);
            Assert.Equal(june17, toOfficer.CreatedAt);
        }

        Assert.Empty(await TitlesAsync(app, done.Coordinator.Id));
        Assert.Empty(await TitlesAsync(app, done.Leader.Id));
        Assert.Equal(["Nhiệm vụ 2 chậm tiến độ"], await TitlesAsync(app, done.Officer.Id));

        // The same day again, and an hour later: nothing new for anyone.
        Assert.Equal(0, await RunAsync(app, new DateOnly(2026, 6, 17), june17.AddHours(1)));
        Assert.Single(await TitlesAsync(app, s.Coordinator.Id));

        // 10 July: the report is overdue (to the coordinator and the leader, not the units); task 2 is still late, and its
        // officer hears of it again, once in this new week.
        await RunAsync(app, new DateOnly(2026, 7, 10), new DateTime(2026, 7, 10, 1, 0, 0, DateTimeKind.Utc));
        Assert.Equal(
            ["Báo cáo 6 tháng đầu năm 2026 sắp đến hạn", "Báo cáo 6 tháng đầu năm 2026 đã quá hạn"],
            await TitlesAsync(app, s.Coordinator.Id));
        Assert.Equal(
            ["Báo cáo 6 tháng đầu năm 2026 sắp đến hạn", "Báo cáo 6 tháng đầu năm 2026 đã quá hạn"],
            await TitlesAsync(app, s.Leader.Id));
        Assert.Equal(
            ["Nhiệm vụ 2 chậm tiến độ", "Nhiệm vụ 2 chậm tiến độ", "Đơn vị chưa gửi báo cáo 6 tháng đầu năm 2026"],
            await TitlesAsync(app, s.Officer.Id));
        Assert.Equal(0, await RunAsync(app, new DateOnly(2026, 7, 10), new DateTime(2026, 7, 10, 9, 0, 0, DateTimeKind.Utc)));
        Assert.Empty(await TitlesAsync(app, done.Leader.Id));
        Assert.Equal(["Nhiệm vụ 2 chậm tiến độ", "Nhiệm vụ 2 chậm tiến độ"], await TitlesAsync(app, done.Officer.Id));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_province_reminds_the_staff_of_its_late_communes_only(Engine engine)
    {
        var app = fixture.App(engine);
        var late = await Scenario.CreateAsync(app);
        var onTime = await Scenario.CreateAsync(app, sameProvinceAs: late);
        var noPlan = await Scenario.CreateAsync(app, Loa.Plans.PlanStatus.Draft, sameProvinceAs: late);
        var elsewhere = await Scenario.CreateAsync(app, otherProvinceThan: late);
        await using (var db = app.SystemDb())
        {
            foreach (var period in new[] { ReportPeriodKind.Quarter1, ReportPeriodKind.HalfYear })
            {
                db.CommuneReports.Add(new CommuneReport
                {
                    ProvinceId = onTime.Commune.ProvinceId,
                    CommuneId = onTime.Commune.Id,
                    PlanId = onTime.Plan.Id,
                    Year = 2026,
                    Period = period,
                    Status = CommuneReportStatus.Sent,
                    SentAt = DateTime.UtcNow,
                });
            }

            // The late commune's 6-month report is approved but not sent: still late.
            db.CommuneReports.Add(new CommuneReport
            {
                ProvinceId = late.Commune.ProvinceId,
                CommuneId = late.Commune.Id,
                PlanId = late.Plan.Id,
                Year = 2026,
                Period = ReportPeriodKind.HalfYear,
                Status = CommuneReportStatus.Approved,
                Number = "3/BC-UBND",
            });
            await db.SaveChangesAsync();
        }

        var today = new DateOnly(2026, 7, 1);
        var now = new DateTime(2026, 7, 1, 2, 0, 0, DateTimeKind.Utc);
        await using (var db = app.SystemDb())
        {
            var province = await db.Provinces.SingleAsync(p => p.Id == late.Commune.ProvinceId);
            var lateCommunes = await ReminderJob.LateCommunesAsync(db, province, today);
            Assert.Contains((late.Commune.Id, "chưa gửi báo cáo quý I năm 2026, 6 tháng đầu năm 2026"), lateCommunes);
            Assert.Contains((noPlan.Commune.Id, "chưa ban hành kế hoạch thông tin, tuyên truyền CCHC năm 2026 (hạn 31/03/2026)"), lateCommunes);
            Assert.DoesNotContain(lateCommunes, c => c.CommuneId == onTime.Commune.Id || c.CommuneId == elsewhere.Commune.Id);

            var (communes, people) = await ReminderJob.RemindLateCommunesAsync(db, province, today, now);
            Assert.Equal(lateCommunes.Count, communes);
            Assert.True(people >= 4, $"{people} people reminded");
            var again = await ReminderJob.RemindLateCommunesAsync(db, province, today, now.AddHours(1));
            Assert.Equal((0, 0), (communes - lateCommunes.Count, again.People));
        }

        var reminder = "Tỉnh nhắc: chưa gửi báo cáo quý I năm 2026, 6 tháng đầu năm 2026";
        Assert.Equal([reminder], await TitlesAsync(app, late.Coordinator.Id));
        Assert.Equal([reminder], await TitlesAsync(app, late.Leader.Id));
        Assert.Equal(
            ["Tỉnh nhắc: chưa ban hành kế hoạch thông tin, tuyên truyền CCHC năm 2026 (hạn 31/03/2026)"],
            await TitlesAsync(app, noPlan.Coordinator.Id));
        var untold = new[] { late.Officer, late.ProvinceOfficer, onTime.Coordinator, onTime.Leader, onTime.Officer, elsewhere.Coordinator, elsewhere.Leader };
        foreach (var user in untold)
        {
            Assert.Empty(await TitlesAsync(app, user.Id));
        }

        await using (var db = app.SystemDb())
        {
            var toLeader = await db.Notifications.SingleAsync(n => n.UserId == late.Leader.Id);
            Assert.Equal("/reports", toLeader.Link);
            Assert.Equal(late.Commune.Id, toLeader.CommuneId);
        }
    }

    private static async Task<int> RunAsync(LoaAppFactory app, DateOnly today, DateTime now)
    {
        await using var db = app.SystemDb();
        return await ReminderJob.RunAsync(db, today, now);
    }

    private static async Task<List<string>> TitlesAsync(LoaAppFactory app, string userId)
    {
        await using var db = app.SystemDb();
        return (await db.Notifications.Where(n => n.UserId == userId).Select(n => n.Title).ToListAsync()).Order(StringComparer.Ordinal).ToList();
    }
}
