using BenchmarkDotNet.Attributes;
using Loa.Demo;
using Loa.Procedures;

namespace Loa.Benchmarks;

/// <summary>
/// Issue 13's target: a search over 2,000 procedures under 5 ms per query in process. The sample catalogue (119
/// procedures) seventeen times over (2,023, the later copies' names marked so that each name stays distinct), read
/// with the default list of everyday words, searched as citizens type: i/y variants, no diacritics, everyday words,
/// a typo, a long phrase, a code; over the whole catalogue and through a commune's mask. <see cref="Build"/> is what
/// a change of the catalogue or of the list costs (the index is rebuilt once, on the next search).
/// </summary>
[MemoryDiagnoser]
public class ProcedureSearch2000Benchmark
{
    private ProcedureEntry[] entries = [];
    private ProcedureIndex index = null!;
    private bool[] allowed = [];

    [Params("đăng kí khai sinh", "dang ki khai sinh", "làm giấy khai sinh", "cưới", "khia sinh", "giay phep xay dung nha o", "1.021001")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var file = ProcedureImport.Read(DemoProcedures.SampleCsv());
        var sample = file.Rows.Select((r, i) => new ProcedureEntry(i + 1, r.Code, r.Name, r.Field, r.Level, r.OnlineLevel)).ToList();
        string[] marks = ["", "A", "B", "C", "D", "E", "G", "H", "K", "L", "M", "N", "P", "Q", "R", "S", "T"];
        entries = marks
            .SelectMany((mark, k) => sample.Select(e => e with
            {
                Id = e.Id + (k * 1000),
                Code = k == 0 ? e.Code : $"{k}{e.Code}",
                Name = k == 0 ? e.Name : $"{e.Name} (mẫu {mark})",
            }))
            .ToArray();
        index = ProcedureIndex.Build(entries, ProcedureSynonyms.Default);
        allowed = index.Entries.Select(e => e.Level == "Cấp xã").ToArray();
        if (index.Entries.Count < 2000)
        {
            throw new InvalidOperationException($"only {index.Entries.Count} procedures");
        }
    }

    [Benchmark(Baseline = true)]
    public int Catalogue2023() => index.Search(Query, null, null, 300).Total;

    [Benchmark]
    public int CommuneMask() => index.Search(Query, null, allowed, 300).Total;

    [Benchmark]
    public int Build() => ProcedureIndex.Build(entries, ProcedureSynonyms.Default).Entries.Count;
}
