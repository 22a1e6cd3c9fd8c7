using System.Net;
using System.Text;
using Loa.IntegrationTests.Infrastructure;

namespace Loa.IntegrationTests.Procedures;

/// <summary>Catalogue files for one scenario: codes and names carry the commune's code, so scenarios in the same province stay apart.</summary>
public static class ProcedureFiles
{
    public const string Header = "STT;Mã thủ tục;Tên thủ tục;Lĩnh vực;Cấp thực hiện;Thời hạn giải quyết;Phí, lệ phí;Thành phần hồ sơ;Nơi tiếp nhận;Mức độ dịch vụ công;Đường dẫn";

    public static string Code(Scenario s, int k) => $"{k}.9{s.Commune.Code}";

    public static string Birth(Scenario s) => $"Đăng ký khai sinh thử nghiệm {s.Commune.Code}";

    public static string Marriage(Scenario s) => $"Đăng ký kết hôn thử nghiệm {s.Commune.Code}";

    public static string Record(Scenario s) => $"Cấp Phiếu lý lịch tư pháp thử nghiệm {s.Commune.Code}";

    /// <summary>Two commune-level procedures of the civil status field and one province-level procedure.</summary>
    public static byte[] Catalogue(Scenario s, string birthFees = "Miễn lệ phí") => Csv(
        $"1;{Code(s, 1)};{Birth(s)};Hộ tịch;Cấp xã;Trong ngày;{birthFees};\"- Tờ khai đăng ký khai sinh\n- Giấy chứng sinh {s.Commune.Code}\";Bộ phận Một cửa;Toàn trình;https://dichvucong.gov.vn/p/home/dvc-trang-chu.html",
        $"2;{Code(s, 2)};{Marriage(s)};Hộ tịch;Cấp xã;03 ngày làm việc;Miễn lệ phí;- Tờ khai đăng ký kết hôn;Bộ phận Một cửa;Một phần;",
        $"3;{Code(s, 3)};{Record(s)};Lý lịch tư pháp;Cấp tỉnh;10 ngày;200.000 đồng;- Tờ khai;Sở Tư pháp;Toàn trình;https://dichvucong.gov.vn/p/home/dvc-trang-chu.html");

    public static byte[] Csv(params string[] rows) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Header + "\r\n" + string.Join("\r\n", rows) + "\r\n")];

    /// <summary>Imports the scenario's catalogue as its province officer would.</summary>
    public static async Task ImportAsync(LoaAppFactory app, Scenario s)
    {
        using var session = app.Session();
        await session.LoginAsync(s.ProvinceOfficer.UserName!);
        var preview = await session.SubmitAsync(
            await session.GetPageAsync("/procedures/import"), "#read", [], [("Upload", "thu-tuc.csv", ProcedureFiles.Catalogue(s))]);
        var page = WebSession.Parse(await preview.Content.ReadAsStringAsync(), "/procedures/import");
        var confirmed = await session.SubmitAsync(page, "#confirm", []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
    }
}
