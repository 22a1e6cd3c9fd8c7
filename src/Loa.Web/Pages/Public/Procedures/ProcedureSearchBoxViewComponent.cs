using Loa.Procedures;
using Loa.Text;
using Loa.Web.Infrastructure.Portal;
using Loa.Web.Infrastructure.Procedures;
using Microsoft.AspNetCore.Mvc;

namespace Loa.Web.Pages.Public.Procedures;

/// <summary>The portal home's block of procedures: the most asked-for ones the commune handles, and the fields.</summary>
public sealed class ProcedureSearchBoxViewComponent(ProcedureCatalog catalog) : ViewComponent
{
    /// <summary>What people come to the one-stop desk for most often, in the order the block lists them.</summary>
    private static readonly string[] Popular =
    [
        "Đăng ký khai sinh", "Đăng ký kết hôn", "Cấp Giấy xác nhận tình trạng hôn nhân", "Đăng ký khai tử",
        "Chứng thực bản sao từ bản chính", "Chứng thực chữ ký", "Đăng ký thường trú", "Đăng ký thành lập hộ kinh doanh",
        "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
    ];

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var commune = HttpContext.PortalCommune() ?? throw new InvalidOperationException("The procedure block belongs to a portal page.");
        var procedures = await catalog.ForCommuneAsync(commune.ProvinceId, commune.Id, HttpContext.RequestAborted);
        var popular = procedures.Popular(FindPopular);
        return View(new ProcedureBlock(commune, procedures.Count, popular, procedures.Fields()));
    }

    private static List<ProcedureEntry> FindPopular(CommuneProcedures procedures)
    {
        var popular = new List<ProcedureEntry>();
        foreach (var name in Popular)
        {
            var hit = procedures.Search(name, null, limit: 1).Items;
            if (hit.Count == 1 && VietnameseText.FoldWords(hit[0].Name).StartsWith(
                VietnameseText.FoldWords(name), StringComparison.Ordinal) && !popular.Contains(hit[0]))
            {
                popular.Add(hit[0]);
            }
        }

        return popular;
    }
}

public sealed record ProcedureBlock(PortalCommune Commune, int Count, IReadOnlyList<ProcedureEntry> Popular, IReadOnlyList<(string Field, int Count)> Fields);
