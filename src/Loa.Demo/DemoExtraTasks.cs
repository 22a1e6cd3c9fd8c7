using System.Globalization;
using Loa.Plans;
using Loa.Plans.Parsing;

namespace Loa.Demo;

/// <summary>
/// Key tasks many communes add to what their model plan holds, used by generated demo plans to reach the
/// scale's number of tasks and to cover channels the real plans leave out (social media, SMS, surveys).
/// </summary>
internal static class DemoExtraTasks
{
    private static readonly (string Name, string Lead, string[] Partners, string Timeframe, string? Quantity, string Products)[] Pool =
    [
        ("Phát thanh chuyên mục cải cách hành chính trên hệ thống truyền thanh cơ sở", DemoWords.Coordinator, ["Các khu dân cư"], "Thường xuyên", null, "Chuyên mục phát thanh"),
        ("Đăng tải tin, bài, infographic về cải cách hành chính, chuyển đổi số trên trang Zalo, Facebook của {0}", DemoWords.Coordinator, ["Các cơ quan, đơn vị"], "Thường xuyên", null, "Bài đăng mạng xã hội"),
        ("Niêm yết công khai thủ tục hành chính, hướng dẫn tra cứu hồ sơ trên máy tra cứu tại Trung tâm Phục vụ hành chính công", DemoWords.ServiceCentre, [], "Thường xuyên", null, "Niêm yết, tra cứu TTHC"),
        ("Khảo sát mức độ hài lòng của người dân, tổ chức (SIPAS) đối với sự phục vụ của cơ quan hành chính", DemoWords.ServiceCentre, [DemoWords.Office], "Định kỳ 01 lần/quý", null, "Phiếu khảo sát"),
        ("Gửi tin nhắn hướng dẫn dịch vụ công trực tuyến, tổng đài 1022 tiếp nhận phản ánh, kiến nghị", DemoWords.Office, [DemoWords.ServiceCentre], "Thường xuyên", null, "Tin nhắn, tổng đài"),
        ("Phát tờ gấp hướng dẫn sử dụng tài khoản định danh điện tử VNeID, thanh toán trực tuyến", DemoWords.ServiceCentre, ["Các khu dân cư"], "Trong năm {1}", "04 đợt", "Tờ gấp"),
        ("Tổ chức Cuộc thi tìm hiểu về cải cách hành chính, chuyển đổi số", DemoWords.Coordinator, ["Đoàn Thanh niên"], "Quý III/{1}", "01 cuộc thi", "Cuộc thi trực tuyến"),
        ("Lồng ghép tuyên truyền cải cách hành chính trong hội nghị, buổi sinh hoạt của Mặt trận, đoàn thể và khu dân cư", "Ủy ban Mặt trận Tổ quốc Việt Nam", ["Các khu dân cư"], "Thường xuyên", null, "Hội nghị, buổi sinh hoạt"),
    ];

    /// <summary>The model plan's tasks, cut or completed to <paramref name="count"/> top-level rows, numbered on.</summary>
    public static List<PlanTask> Complete(List<PlanTask> tasks, int count, string communeWord, int year, Random random)
    {
        var result = tasks.Take(count).ToList();
        foreach (var extra in Pool.OrderBy(_ => random.Next()).Take(Math.Max(0, count - result.Count)).ToList())
        {
            result.Add(new PlanTask
            {
                Label = (result.Count + 1).ToString(CultureInfo.InvariantCulture),
                Name = string.Format(CultureInfo.InvariantCulture, extra.Name, communeWord, year),
                Lead = [extra.Lead.StartsWith("Ủy ban Mặt trận", StringComparison.Ordinal) ? $"{extra.Lead} {communeWord}" : extra.Lead],
                Partners = [.. extra.Partners],
                Timeframe = string.Format(CultureInfo.InvariantCulture, extra.Timeframe, communeWord, year),
                Quantity = extra.Quantity is null ? null : QuantityText.Parse(extra.Quantity),
                Products = extra.Products,
            });
        }

        return result;
    }
}
