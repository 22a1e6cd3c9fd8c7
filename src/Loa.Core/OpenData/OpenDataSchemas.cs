using static Loa.OpenData.OpenDataType;

namespace Loa.OpenData;

/// <summary>Every open dataset Loa publishes, with its columns (documented one by one in docs/open-data.md).</summary>
public static class OpenDataSchemas
{
    private static readonly OpenDataColumn Year = new("year", WholeNumber, "Năm của kế hoạch, số liệu");

    private static readonly OpenDataColumn CommuneCode = new("communeCode", Words, "Mã xã, phường, đặc khu (5 chữ số, danh mục hành chính)");

    private static readonly OpenDataColumn ProvinceCode = new("provinceCode", Words, "Mã tỉnh, thành phố (2 chữ số)");

    private static readonly OpenDataColumn Index = new("index", Words, "Chỉ số: PAR INDEX, SIPAS, PAPI, PCI, DTI");

    private static readonly OpenDataColumn IndexName = new("indexName", Words, "Tên đầy đủ của chỉ số");

    /// <summary>The key-task table of a commune's issued plan (the JSON form of the plan is the whole document, loa.plan/1).</summary>
    public static readonly OpenDataSchema PlanTasks = new(
        "commune-plan-tasks",
        "Kế hoạch thông tin, tuyên truyền CCHC đã ban hành của xã",
        "Kế hoạch năm đã ban hành của xã, phường: văn bản đầy đủ (JSON, định dạng loa.plan/1) và bảng nhiệm vụ trọng tâm (CSV).",
        [
            CommuneCode,
            Year,
            new("planNumber", Words, "Số, ký hiệu của kế hoạch (ví dụ 15/KH-UBND)", Nullable: true),
            new("issuedOn", Date, "Ngày ban hành", Nullable: true),
            new("label", Words, "Số thứ tự của nhiệm vụ trong kế hoạch (1, 2, 4.1 …)", Nullable: true),
            new("parentLabel", Words, "Số thứ tự của nhiệm vụ cha, với dòng con", Nullable: true),
            new("name", Words, "Tên nhiệm vụ"),
            new("lead", Words, "Đơn vị chủ trì (nhiều đơn vị cách nhau bởi dấu ;)"),
            new("partners", Words, "Đơn vị phối hợp (cách nhau bởi dấu ;)"),
            new("timeframe", Words, "Thời gian thực hiện, như ghi trong kế hoạch", Nullable: true),
            new("target", WholeNumber, "Chỉ tiêu số lượng", "theo `targetUnit`", Nullable: true),
            new("targetUnit", Words, "Đơn vị tính của chỉ tiêu (tin, bài; clip; hội nghị …)", Nullable: true),
            new("quantityText", Words, "Chỉ tiêu như ghi trong kế hoạch (ví dụ 04 tin, bài)", Nullable: true),
        ]);

    public static readonly OpenDataSchema Progress = new(
        "commune-progress",
        "Tiến độ thực hiện kế hoạch của xã",
        "Mỗi nhiệm vụ của kế hoạch đã ban hành: chỉ tiêu, số lượng đã thực hiện, số hoạt động và tình trạng tiến độ đến ngày lấy số liệu.",
        [
            CommuneCode,
            Year,
            new("label", Words, "Số thứ tự của nhiệm vụ", Nullable: true),
            new("name", Words, "Tên nhiệm vụ"),
            new("target", WholeNumber, "Chỉ tiêu số lượng", "theo `targetUnit`", Nullable: true),
            new("targetUnit", Words, "Đơn vị tính của chỉ tiêu", Nullable: true),
            new("done", WholeNumber, "Số lượng đã thực hiện (cộng dồn từ các hoạt động đã ghi nhận)", "theo `targetUnit`"),
            new("activities", WholeNumber, "Số hoạt động đã ghi nhận cho nhiệm vụ", "hoạt động"),
            new("status", Words, "Tình trạng: `not-started`, `on-track`, `behind`, `overdue`, `completed`"),
            new("statusLabel", Words, "Tình trạng bằng tiếng Việt (Chưa đến hạn, Đúng tiến độ, Chậm tiến độ, Quá hạn, Hoàn thành)"),
            new("asOf", Date, "Ngày lấy số liệu"),
        ]);

    public static readonly OpenDataSchema CommuneIndices = new(
        "commune-indices",
        "Kết quả chỉ số của xã",
        "Kết quả các chỉ số cải cách hành chính, hài lòng … của xã qua các năm, như đã công bố.",
        [
            CommuneCode,
            Year,
            Index,
            IndexName,
            new("score", Number, "Điểm, kết quả", "điểm"),
            new("maxScore", Number, "Điểm tối đa", "điểm", Nullable: true),
            new("rank", WholeNumber, "Thứ hạng", Nullable: true),
            new("rankOf", WholeNumber, "Số đơn vị được xếp hạng", Nullable: true),
        ]);

    private static readonly OpenDataColumn[] FigureColumns =
    [
        new("level", Words, "Cấp của dòng: `commune` (xã) hoặc `province` (tỉnh)"),
        new("code", Words, "Mã của xã (5 chữ số) hoặc của tỉnh (2 chữ số)"),
        new("name", Words, "Tên xã hoặc tỉnh"),
        ProvinceCode,
        Year,
        new("communes", WholeNumber, "Số xã, phường, đặc khu", "xã"),
        new("communesInService", WholeNumber, "Số xã đang sử dụng Loa (cổng nhận phản ánh)", "xã"),
        new("plansIssued", WholeNumber, "Số xã đã ban hành kế hoạch năm", "kế hoạch"),
        new("plansIssuedOnTime", WholeNumber, "Số xã ban hành kế hoạch đúng hạn của tỉnh", "kế hoạch"),
        new("reportsQ1Sent", WholeNumber, "Số báo cáo quý I đã gửi", "báo cáo"),
        new("reportsQ1OnTime", WholeNumber, "Số báo cáo quý I gửi đúng hạn", "báo cáo"),
        new("reportsH1Sent", WholeNumber, "Số báo cáo 6 tháng đã gửi", "báo cáo"),
        new("reportsH1OnTime", WholeNumber, "Số báo cáo 6 tháng gửi đúng hạn", "báo cáo"),
        new("reportsQ3Sent", WholeNumber, "Số báo cáo 9 tháng đã gửi", "báo cáo"),
        new("reportsQ3OnTime", WholeNumber, "Số báo cáo 9 tháng gửi đúng hạn", "báo cáo"),
        new("reportsYearSent", WholeNumber, "Số báo cáo năm đã gửi", "báo cáo"),
        new("reportsYearOnTime", WholeNumber, "Số báo cáo năm gửi đúng hạn", "báo cáo"),
        new("activities", WholeNumber, "Số hoạt động tuyên truyền đã ghi nhận theo kế hoạch đã ban hành", "hoạt động"),
        new("reach", WholeNumber, "Số lượt tiếp cận: người tham dự + lượt xem, nghe + bản phát hành", "lượt"),
        new("feedbackReceived", WholeNumber, "Số phản ánh, kiến nghị nhận trong năm (trừ phản ánh bị từ chối)", "phản ánh"),
        new("feedbackAnswered", WholeNumber, "Số phản ánh đã được trả lời (đã duyệt trả lời)", "phản ánh"),
        new("feedbackAnsweredInTime", WholeNumber, "Số phản ánh được trả lời đúng hạn", "phản ánh"),
    ];

    public static readonly OpenDataSchema ProvinceFigures = new(
        "province-figures",
        "Số liệu tổng hợp các xã của tỉnh",
        "Mỗi xã của tỉnh một dòng: kế hoạch đã ban hành (đúng hạn), báo cáo định kỳ đã gửi theo kỳ, hoạt động, lượt tiếp cận, phản ánh trả lời đúng hạn.",
        FigureColumns);

    public static readonly OpenDataSchema NationalFigures = new(
        "national-figures",
        "Số liệu tổng hợp toàn quốc theo tỉnh",
        "Mỗi tỉnh, thành phố một dòng: số xã, xã sử dụng Loa, kế hoạch đã ban hành (đúng hạn), báo cáo đã gửi theo kỳ, hoạt động, lượt tiếp cận, phản ánh.",
        FigureColumns);

    private static readonly OpenDataColumn[] ChannelColumns =
    [
        new("level", Words, "Cấp của dòng: `commune` (xã) hoặc `province` (tỉnh)"),
        new("code", Words, "Mã của xã hoặc tỉnh"),
        new("name", Words, "Tên xã hoặc tỉnh"),
        Year,
        new("channel", Words, "Hình thức tuyên truyền (mã: `article`, `video`, `broadcast`, `social-media`, `conference` …)"),
        new("channelLabel", Words, "Hình thức tuyên truyền bằng tiếng Việt"),
        new("activities", WholeNumber, "Số hoạt động", "hoạt động"),
        new("reach", WholeNumber, "Số lượt tiếp cận", "lượt"),
    ];

    public static readonly OpenDataSchema ProvinceChannels = new(
        "province-channels",
        "Hoạt động và lượt tiếp cận theo hình thức, các xã của tỉnh",
        "Mỗi xã và hình thức tuyên truyền một dòng: số hoạt động và lượt tiếp cận trong năm.",
        ChannelColumns);

    public static readonly OpenDataSchema NationalChannels = new(
        "national-channels",
        "Hoạt động và lượt tiếp cận theo hình thức, toàn quốc theo tỉnh",
        "Mỗi tỉnh và hình thức tuyên truyền một dòng: số hoạt động và lượt tiếp cận trong năm.",
        ChannelColumns);

    public static readonly OpenDataSchema ProvinceIndices = new(
        "province-indices",
        "Kết quả chỉ số của tỉnh và các xã",
        "Kết quả các chỉ số của tỉnh và của từng xã trong tỉnh qua các năm.",
        [
            new("level", Words, "Cấp của dòng: `commune` (xã) hoặc `province` (tỉnh)"),
            new("code", Words, "Mã của xã hoặc tỉnh"),
            new("name", Words, "Tên xã hoặc tỉnh"),
            Year,
            Index,
            IndexName,
            new("score", Number, "Điểm, kết quả", "điểm"),
            new("maxScore", Number, "Điểm tối đa", "điểm", Nullable: true),
            new("rank", WholeNumber, "Thứ hạng", Nullable: true),
            new("rankOf", WholeNumber, "Số đơn vị được xếp hạng", Nullable: true),
        ]);

    public static readonly OpenDataSchema NationalIndices = new(
        "national-indices",
        "Kết quả chỉ số toàn quốc theo tỉnh",
        "Mỗi tỉnh, năm và chỉ số một dòng: kết quả của tỉnh và điểm trung bình của các xã có kết quả.",
        [
            ProvinceCode,
            new("provinceName", Words, "Tên tỉnh, thành phố"),
            Year,
            Index,
            IndexName,
            new("provinceScore", Number, "Điểm của tỉnh", "điểm", Nullable: true),
            new("provinceRank", WholeNumber, "Thứ hạng của tỉnh", Nullable: true),
            new("communesWithResult", WholeNumber, "Số xã có kết quả", "xã"),
            new("communeAverage", Number, "Điểm trung bình của các xã có kết quả (2 chữ số thập phân)", "điểm", Nullable: true),
        ]);

    public static IReadOnlyList<OpenDataSchema> All =>
        [PlanTasks, Progress, CommuneIndices, ProvinceFigures, ProvinceChannels, ProvinceIndices, NationalFigures, NationalChannels, NationalIndices];
}
