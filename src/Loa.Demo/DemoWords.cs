using Loa.Domain.Geography;
using Loa.Units;

namespace Loa.Demo;

/// <summary>The words of generated demo data: people's names, a commune's units, short report narratives.</summary>
internal static class DemoWords
{
    private static readonly string[] FamilyNames =
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lâm", "Mai"];

    private static readonly string[] MenMiddle = ["Văn", "Minh", "Đức", "Quốc", "Hữu", "Thanh", "Công", "Ngọc", "Xuân", "Tấn"];

    private static readonly string[] WomenMiddle = ["Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Thùy", "Hồng", "Phương"];

    private static readonly string[] MenGiven =
        [
            "An", "Bình", "Cường", "Dũng", "Duy", "Hải", "Hiếu", "Hùng", "Khoa", "Khánh", "Long",
            "Nam", "Phong", "Phúc", "Quân", "Sơn", "Tài", "Thắng", "Toàn", "Trung", "Tuấn", "Việt",
        ];

    private static readonly string[] WomenGiven =
        [
            "Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hương", "Lan", "Liên",
            "Linh", "Loan", "Mai", "Nga", "Ngân", "Nhung", "Oanh", "Phượng", "Thảo", "Trang", "Vân", "Yến",
        ];

    public static string PersonName(Random random)
    {
        var woman = random.Next(2) == 0;
        return string.Join(
            ' ',
            FamilyNames[random.Next(FamilyNames.Length)],
            woman ? WomenMiddle[random.Next(WomenMiddle.Length)] : MenMiddle[random.Next(MenMiddle.Length)],
            woman ? WomenGiven[random.Next(WomenGiven.Length)] : MenGiven[random.Next(MenGiven.Length)]);
    }

    public const string Office = "Văn phòng HĐND và UBND";

    public const string Coordinator = "Phòng Văn hóa – Xã hội";

    public const string ServiceCentre = "Trung tâm Phục vụ hành chính công";

    /// <summary>
    /// The units of a commune: the office, the coordinator, the economic office, the service centre and the
    /// Fatherland Front always; then a few neighbourhoods and, to reach <paramref name="count"/>, a public
    /// service centre and mass organisations. Neighbourhoods are "Khu phố"/"Ấp" in the south, "Tổ dân phố"/"Thôn" elsewhere.
    /// </summary>
    public static List<(string Name, UnitKind Kind)> Units(Commune commune, string provinceCode, int count, Random random)
    {
        var word = commune.Kind.Word();
        var ward = commune.Kind == CommuneKind.Phuong;
        var units = new List<(string Name, UnitKind Kind)>
        {
            (Office, UnitKind.Office),
            (Coordinator, UnitKind.Office),
            (ward ? "Phòng Kinh tế, Hạ tầng và Đô thị" : "Phòng Kinh tế", UnitKind.Office),
            (ServiceCentre, UnitKind.Centre),
            ($"Ủy ban Mặt trận Tổ quốc Việt Nam {word}", UnitKind.MassOrganisation),
        };
        List<(string, UnitKind)> optional =
        [
            ("Trung tâm Cung ứng dịch vụ sự nghiệp công", UnitKind.Centre),
            ($"Đoàn Thanh niên {word}", UnitKind.MassOrganisation),
            ($"Hội Liên hiệp Phụ nữ {word}", UnitKind.MassOrganisation),
            ($"Hội Cựu chiến binh {word}", UnitKind.MassOrganisation),
        ];
        if (!ward)
        {
            optional.Add(($"Hội Nông dân {word}", UnitKind.MassOrganisation));
        }

        var south = int.TryParse(provinceCode, out var code) && code >= 75;
        var neighbourhood = (ward, south) switch
        {
            (true, true) => "Khu phố",
            (true, false) => "Tổ dân phố",
            (false, true) => "Ấp",
            _ => "Thôn",
        };
        var neighbourhoods = Math.Clamp(random.Next(1, 4), 1, Math.Max(1, count - units.Count));
        var extras = Math.Max(0, count - units.Count - neighbourhoods);
        units.AddRange(optional.OrderBy(_ => random.Next()).Take(extras));
        units.AddRange(Enumerable.Range(1, neighbourhoods).Select(i => ($"{neighbourhood} {i}", UnitKind.Neighbourhood)));
        return units;
    }

    public static readonly string[] UnitResults =
    [
        "Đơn vị đã thực hiện các hoạt động tuyên truyền theo kế hoạch, tập trung vào thủ tục hành chính và dịch vụ công trực tuyến.",
        "Trong kỳ, đơn vị đăng tải tin, bài trên Trang thông tin điện tử và nhóm Zalo khu dân cư.",
        "Đơn vị duy trì tuyên truyền thường xuyên; người dân đến giao dịch được hướng dẫn tận tình.",
        "Đã lồng ghép tuyên truyền cải cách hành chính trong các hoạt động của đơn vị; người dân hưởng ứng tích cực.",
    ];

    public static readonly string[] Shortcomings =
    [
        "Một số hoạt động còn chậm so với tiến độ kế hoạch.",
        "Hình thức tuyên truyền chưa đa dạng; tin, bài tự sản xuất còn ít.",
        "Việc cập nhật minh chứng hoạt động lên hệ thống chưa kịp thời.",
        "Tỷ lệ hồ sơ trực tuyến toàn trình còn thấp so với chỉ tiêu.",
        "Tuyên truyền ở các khu dân cư xa trung tâm còn hạn chế.",
    ];

    public static readonly string[] Causes =
    [
        "Cán bộ phụ trách tuyên truyền kiêm nhiệm nhiều việc.",
        "Kinh phí dành cho công tác tuyên truyền còn hạn chế.",
        "Một bộ phận người dân lớn tuổi chưa quen sử dụng điện thoại thông minh.",
        "Sau sắp xếp đơn vị hành chính, bộ máy đang ổn định nên một số nhiệm vụ triển khai chậm.",
        "Hệ thống truyền thanh ở một số khu vực xuống cấp.",
    ];

    public static readonly string[] Proposals =
    [
        "Đề nghị bố trí kinh phí in tờ gấp, pano tuyên truyền.",
        "Đề nghị tổ chức tập huấn kỹ năng viết tin, bài và làm video ngắn cho cán bộ phụ trách.",
        "Đề nghị Sở Nội vụ cung cấp thêm tài liệu, infographic tuyên truyền dùng chung.",
        "Đề nghị tăng cường phối hợp với Tổ công nghệ số cộng đồng ở các khu dân cư.",
        "Đề nghị sửa chữa, nâng cấp hệ thống truyền thanh cơ sở.",
    ];

    /// <summary>
    /// The consolidated report's written results. It names no figure: the report's summary says the figures, from the
    /// same totals as its tables (a figure written here would not follow activities recorded later).
    /// </summary>
    public static readonly System.Text.CompositeFormat CommuneResults = System.Text.CompositeFormat.Parse(
        "Trong {0}, {1} tiếp tục triển khai các hoạt động thông tin, tuyên truyền cải cách hành chính theo kế hoạch; nội dung tập trung vào thủ tục hành chính, dịch vụ công trực tuyến và chuyển đổi số.");

    public static readonly string[] ReturnComments =
    [
        "Đề nghị bổ sung số lượt người được tiếp cận và minh chứng hoạt động.",
        "Đề nghị nêu rõ nguyên nhân các nhiệm vụ chậm tiến độ.",
    ];

    public static string Pick(this string[] texts, Random random) => texts[random.Next(texts.Length)];
}
