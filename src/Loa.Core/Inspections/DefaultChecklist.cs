namespace Loa.Inspections;

/// <summary>
/// The checklist a province starts from (and then edits): six items Loa computes from its data and four the commune
/// answers with evidence, 100 points in all, in the words of the provinces' yearly CCHC inspection plans.
/// </summary>
public static class DefaultChecklist
{
    public static InspectionChecklist Create(int provinceId, int year, DateTime now)
    {
        var items = new List<ChecklistItem>();
        void Computed(string title, decimal score, ChecklistMeasure measure, string guidance) => items.Add(new()
        {
            Title = title,
            MaxScore = score,
            Kind = ChecklistItemKind.Computed,
            Measure = measure,
            Threshold = ChecklistMeasures.DefaultThreshold(measure),
            Guidance = guidance,
        });
        void Answered(string title, decimal score, string guidance) =>
            items.Add(new() { Title = title, MaxScore = score, Kind = ChecklistItemKind.Answered, Measure = ChecklistMeasure.None, Guidance = guidance });

        Computed("Ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm đúng thời hạn", 10, ChecklistMeasure.PlanOnTime,
            "Đạt khi kế hoạch được ban hành trước hạn tỉnh quy định.");
        Computed("Gửi báo cáo định kỳ công tác tuyên truyền cải cách hành chính đúng hạn", 10, ChecklistMeasure.ReportsOnTime,
            "Đạt khi mọi báo cáo đã đến hạn đều được gửi tỉnh đúng hạn.");
        Computed("Hoàn thành các nhiệm vụ của kế hoạch", 20, ChecklistMeasure.TasksCompleted,
            "Đạt khi tỷ lệ nhiệm vụ hoàn thành đạt mức yêu cầu (%).");
        Computed("Đa dạng hình thức tuyên truyền", 10, ChecklistMeasure.ChannelsUsed,
            "Đạt khi có hoạt động trên ít nhất số hình thức yêu cầu.");
        Computed("Chuyên mục cải cách hành chính trên cổng thông tin được cập nhật thường xuyên", 10, ChecklistMeasure.PortalUpToDate,
            "Đạt khi có tin, bài mới trong số ngày yêu cầu tính đến ngày kiểm tra.");
        Computed("Tiếp nhận, trả lời phản ánh, kiến nghị của người dân, doanh nghiệp đúng hạn", 10, ChecklistMeasure.FeedbackInTime,
            "Đạt khi tỷ lệ phản ánh, kiến nghị trả lời đúng hạn đạt mức yêu cầu (%).");
        Answered("Niêm yết công khai thủ tục hành chính, số điện thoại đường dây nóng tại Bộ phận Một cửa", 10,
            "Ảnh chụp nơi niêm yết; danh mục thủ tục được niêm yết.");
        Answered("Tổ chức đối thoại giữa lãnh đạo với người dân, doanh nghiệp về cải cách hành chính", 10,
            "Thông báo, biên bản hoặc ảnh buổi đối thoại.");
        Answered("Lồng ghép tuyên truyền cải cách hành chính trong sinh hoạt của thôn, khu phố, đoàn thể", 5,
            "Biên bản sinh hoạt, ảnh, tài liệu tuyên truyền.");
        Answered("Bố trí kinh phí cho công tác thông tin, tuyên truyền cải cách hành chính", 5,
            "Quyết định giao dự toán hoặc văn bản bố trí kinh phí.");

        for (var i = 0; i < items.Count; i++)
        {
            items[i].Order = i;
            items[i].ProvinceId = provinceId;
        }

        return new InspectionChecklist
        {
            ProvinceId = provinceId,
            Year = year,
            Title = $"Bảng tiêu chí kiểm tra công tác thông tin, tuyên truyền cải cách hành chính năm {year}",
            CreatedAt = now,
            UpdatedAt = now,
            Items = items,
        };
    }

    /// <summary>A copy of another year's checklist (the province's own edits kept) for <paramref name="year"/>.</summary>
    public static InspectionChecklist CopyOf(InspectionChecklist source, int year, DateTime now) => new()
    {
        ProvinceId = source.ProvinceId,
        Year = year,
        Title = source.Title.Replace(Invariant(source.Year), Invariant(year), StringComparison.Ordinal),
        CreatedAt = now,
        UpdatedAt = now,
        Items = source.Items.OrderBy(i => i.Order).Select((i, n) => new ChecklistItem
        {
            ProvinceId = source.ProvinceId,
            Order = n,
            Title = i.Title,
            Guidance = i.Guidance,
            MaxScore = i.MaxScore,
            Kind = i.Kind,
            Measure = i.Measure,
            Threshold = i.Threshold,
        }).ToList(),
    };

    private static string Invariant(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
