using Loa.Data;
using Loa.Domain.Geography;
using Loa.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Loa.Demo;

/// <summary>
/// The demo's administrative procedures: the sample catalogue (Demo/Data/thu-tuc-mau.csv, codes invented) imported
/// for the commune's province, and the commune's own list: every commune-level procedure, with a local note on the
/// most asked-for ones.
/// </summary>
public static class DemoProcedures
{
    /// <summary>The sample catalogue as the national database would export it.</summary>
    public static byte[] SampleCsv()
    {
        using var stream = typeof(DemoProcedures).Assembly.GetManifestResourceStream("demo-procedures.csv")
            ?? throw new InvalidOperationException("The sample procedure catalogue is not embedded.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>Imports the sample catalogue into the province when it has none.</summary>
    public static async Task EnsureCatalogueAsync(LoaDbContext db, int provinceId, CancellationToken cancellationToken = default)
    {
        if (await db.Procedures.IgnoreQueryFilters().AnyAsync(p => p.ProvinceId == provinceId, cancellationToken))
        {
            return;
        }

        var file = ProcedureImport.Read(SampleCsv());
        if (!file.Ok)
        {
            throw new InvalidOperationException("The sample procedure catalogue does not read: " + string.Join(" ", file.Problems));
        }

        await ProcedureImport.ApplyAsync(db, provinceId, file.Rows, DateTime.UtcNow, cancellationToken);
    }

    /// <summary>The catalogue for the commune's province, and the commune's list with notes.</summary>
    public static async Task SeedAsync(LoaDbContext db, Commune commune, CancellationToken cancellationToken = default)
    {
        await EnsureCatalogueAsync(db, commune.ProvinceId, cancellationToken);
        var procedures = await db.Procedures.IgnoreQueryFilters().Where(p => p.ProvinceId == commune.ProvinceId).ToListAsync(cancellationToken);
        var now = DateTime.UtcNow;
        foreach (var p in procedures.Where(p => Procedure.IsCommuneLevel(p.Level)))
        {
            db.CommuneProcedures.Add(new CommuneProcedure
            {
                ProvinceId = commune.ProvinceId,
                CommuneId = commune.Id,
                ProcedureId = p.Id,
                UpdatedAt = now,
                Note = p.Name switch
                {
                    "Đăng ký khai sinh" or "Đăng ký khai tử" or "Đăng ký kết hôn" => "Nhận hồ sơ tại quầy số 1 (Tư pháp – Hộ tịch), Bộ phận Một cửa, từ thứ Hai đến sáng thứ Bảy. Có thể nộp qua ứng dụng VNeID.",
                    _ when p.Field == "Chứng thực" => "Nhận và trả kết quả tại quầy số 2; mang theo bản chính để đối chiếu.",
                    _ => null,
                },
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
