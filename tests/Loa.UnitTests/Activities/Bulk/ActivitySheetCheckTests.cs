using Loa.Activities;
using Loa.Activities.Bulk;
using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Plans;
using Loa.Units;

namespace Loa.UnitTests.Activities.Bulk;

/// <summary>Each row of an activity sheet is checked by the rules of the one-activity form, with a Vietnamese reason per refused cell.</summary>
public sealed class ActivitySheetCheckTests
{
    private const int Commune = 7;
    private static readonly DateOnly Today = new(2026, 7, 1);

    private static readonly Unit Culture = new() { Id = 11, CommuneId = Commune, Name = "Phòng Văn hóa - Xã hội" };
    private static readonly Unit Centre = new() { Id = 12, CommuneId = Commune, Name = "Trung tâm Phục vụ hành chính công" };

    private static readonly KeyTask Articles = new()
    {
        Id = 1,
        Order = 0,
        Label = "1",
        Name = "Đăng tin, bài về cải cách hành chính",
        Units = [new KeyTaskUnit { Role = TaskUnitRole.Lead, UnitId = Culture.Id }],
    };

    private static readonly KeyTask Clips = new()
    {
        Id = 2,
        Order = 1,
        Label = "2",
        Name = "Xây dựng video clip hướng dẫn dịch vụ công",
        Units = [new KeyTaskUnit { Role = TaskUnitRole.Lead, UnitId = Centre.Id }, new KeyTaskUnit { Role = TaskUnitRole.Partner, UnitId = Culture.Id }],
    };

    private static readonly TenantScope CentreOfficer = new() { Role = UserRole.UnitOfficer, CommuneId = Commune, ProvinceId = 1, UnitId = Centre.Id };

    private static readonly TenantScope Coordinator = new() { Role = UserRole.Coordinator, CommuneId = Commune, ProvinceId = 1, UnitId = Culture.Id };

    private static Plan Plan(PlanStatus status = PlanStatus.Issued) => new() { Id = 5, ProvinceId = 1, CommuneId = Commune, Year = 2026, Status = status };

    private static ActivitySheetCheck Officer(PlanStatus status = PlanStatus.Issued) =>
        new(CentreOfficer, Plan(status), [Articles, Clips], [Centre], Today);

    private static SheetRow Row(string task = "2. Xây dựng video clip hướng dẫn dịch vụ công", string date = "20/06/2026", string title = "Clip nộp hồ sơ trực tuyến",
        string channel = "", string quantity = "", string reach = "", string unit = "", string place = "", string note = "") =>
        new(3, new Dictionary<SheetColumn, string>
        {
            [SheetColumn.Task] = task,
            [SheetColumn.Date] = date,
            [SheetColumn.Title] = title,
            [SheetColumn.Channel] = channel,
            [SheetColumn.Quantity] = quantity,
            [SheetColumn.Reach] = reach,
            [SheetColumn.Unit] = unit,
            [SheetColumn.Place] = place,
            [SheetColumn.Note] = note,
        });

    [Fact]
    public void A_good_row_becomes_the_activity_the_form_would_save()
    {
        var row = Officer().Check(Row(channel: "Video clip, phóng sự", quantity: "2", reach: "1.250", place: "Nhà văn hóa khu phố 1", note: "Phát lại trên Zalo"));

        Assert.True(row.Accepted, string.Join("; ", row.Problems.Values));
        var draft = row.Draft!;
        Assert.Equal((Clips.Id, Centre.Id, new DateOnly(2026, 6, 20)), (draft.TaskId, draft.UnitId, draft.Date));
        Assert.Equal((ChannelKind.Video, 2, 1250), (draft.Channel, draft.Quantity, draft.Views!.Value));
        Assert.Null(draft.Participants);
        Assert.Equal("Địa điểm: Nhà văn hóa khu phố 1. Phát lại trên Zalo", draft.Description);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("2. bất kỳ chữ nào sau số")]
    [InlineData("xay dung video clip huong dan dich vu cong")]
    public void The_task_is_found_by_its_number_or_its_name(string text) => Assert.Equal(Clips.Id, Officer().Check(Row(task: text)).Draft?.TaskId);

    [Fact]
    public void Empty_channel_and_quantity_take_the_forms_defaults()
    {
        var draft = Officer().Check(Row()).Draft!;
        Assert.Equal((ChannelKind.Video, 1), (draft.Channel, draft.Quantity));
    }

    [Theory]
    [InlineData("9. Nhiệm vụ không có", SheetColumn.Task, "Không có nhiệm vụ")]
    [InlineData("", SheetColumn.Task, "Chưa chọn nhiệm vụ")]
    [InlineData("1. Đăng tin, bài về cải cách hành chính", SheetColumn.Task, "không chủ trì hay phối hợp")]
    public void A_task_that_is_unknown_or_not_the_units_is_refused(string task, SheetColumn column, string reason)
    {
        var row = Officer().Check(Row(task: task));
        Assert.False(row.Accepted);
        Assert.Contains(reason, row.Problems[column], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("15/03/2025", "kế hoạch năm 2025")]
    [InlineData("20/12/2026", "tương lai")]
    [InlineData("hôm qua", "Không đọc được ngày")]
    [InlineData("31/02/2026", "Không đọc được ngày")]
    [InlineData("", "Chưa ghi ngày")]
    public void A_date_outside_the_plans_year_in_the_future_or_unreadable_is_refused(string date, string reason) =>
        Assert.Contains(reason, Officer().Check(Row(date: date)).Problems[SheetColumn.Date], StringComparison.Ordinal);

    [Theory]
    [InlineData("2026-06-20")]
    [InlineData("20-6-2026")]
    [InlineData("20.06.2026")]
    public void Dates_are_read_in_the_usual_ways(string date) => Assert.Equal(new DateOnly(2026, 6, 20), Officer().Check(Row(date: date)).Draft?.Date);

    [Theory]
    [InlineData("mười", SheetColumn.Quantity, "không phải là số")]
    [InlineData("2,5", SheetColumn.Quantity, "không phải là số")]
    [InlineData("-3", SheetColumn.Quantity, "không phải là số")]
    [InlineData("200000", SheetColumn.Quantity, "quá lớn")]
    [InlineData("nhiều người", SheetColumn.Reach, "không phải là số")]
    public void Figures_must_be_whole_numbers_in_range(string text, SheetColumn column, string reason)
    {
        var row = column == SheetColumn.Quantity ? Row(quantity: text) : Row(reach: text);
        Assert.Contains(reason, Officer().Check(row).Problems[column], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1200", 1200)]
    [InlineData("1.200", 1200)]
    [InlineData("1,200", 1200)]
    [InlineData("1 200 000", 1_200_000)]
    [InlineData("35.0", 35)]
    public void Figures_may_be_grouped_by_thousands(string text, int value) => Assert.Equal(value, Officer().Check(Row(reach: text)).Draft?.Reach);

    [Fact]
    public void An_unknown_channel_an_empty_title_and_a_wrong_unit_are_each_named()
    {
        var row = Officer().Check(Row(channel: "bồ câu đưa thư", title: "", unit: "Phòng Văn hóa - Xã hội"));

        Assert.Contains("không có trong danh sách", row.Problems[SheetColumn.Channel], StringComparison.Ordinal);
        Assert.Contains("Chưa ghi đã làm gì", row.Problems[SheetColumn.Title], StringComparison.Ordinal);
        Assert.Contains("Không có đơn vị", row.Problems[SheetColumn.Unit], StringComparison.Ordinal);
        Assert.Null(row.Draft);
    }

    [Fact]
    public void The_reach_goes_to_the_measure_of_the_channel()
    {
        var conference = Officer().Check(Row(channel: "Hội nghị, tập huấn, tọa đàm", reach: "80")).Draft!;
        var leaflet = Officer().Check(Row(channel: "Tờ gấp, ấn phẩm", reach: "500")).Draft!;
        Assert.Equal((80, null, null), (conference.Participants, conference.Views, conference.Copies));
        Assert.Equal((null, null, 500), (leaflet.Participants, leaflet.Views, leaflet.Copies));
    }

    [Fact]
    public void The_coordinator_records_for_any_unit_and_by_default_for_the_tasks_lead()
    {
        var check = new ActivitySheetCheck(Coordinator, Plan(), [Articles, Clips], [Culture, Centre], Today);

        Assert.Equal(Centre.Id, check.Check(Row()).Draft?.UnitId);
        Assert.Equal(Culture.Id, check.Check(Row(unit: "phong van hoa xa hoi")).Draft?.UnitId);
        Assert.Equal(["1. Đăng tin, bài về cải cách hành chính", "2. Xây dựng video clip hướng dẫn dịch vụ công"], check.TaskChoices);
    }

    [Fact]
    public void A_unit_officer_is_offered_only_the_tasks_of_their_unit() =>
        Assert.Equal(["2. Xây dựng video clip hướng dẫn dịch vụ công"], Officer().TaskChoices);

    [Fact]
    public void Nothing_is_taken_on_a_plan_that_is_not_issued()
    {
        var row = Officer(PlanStatus.Draft).Check(Row());
        Assert.Contains("chưa ban hành", row.Problems[SheetColumn.Task], StringComparison.Ordinal);
        Assert.Empty(Officer(PlanStatus.Draft).TaskChoices);
    }
}
