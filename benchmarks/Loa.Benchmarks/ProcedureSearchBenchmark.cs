using BenchmarkDotNet.Attributes;
using Loa.Demo;
using Loa.Procedures;

namespace Loa.Benchmarks;

/// <summary>
/// A search of the portal and the kiosk over the sample catalogue (119 procedures), as citizens type it: a phrase,
/// no diacritics, a typo, a code, a field listing; and the same over a catalogue eight times larger (a province
/// with many levels). The portal's target is p99 under 50 ms for a whole search page at 64 connections, so a search
/// itself should take microseconds and allocate little.
/// </summary>
[MemoryDiagnoser]
public class ProcedureSearchBenchmark
{
    private ProcedureIndex sample = null!;
    private ProcedureIndex large = null!;
    private bool[] allowed = [];

    [Params("đăng ký khai sinh", "dang ky ket hon", "khia sinh", "giay phep xay dung nha o", "1.021001")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var file = ProcedureImport.Read(DemoProcedures.SampleCsv());
        var entries = file.Rows.Select((r, i) => new ProcedureEntry(i + 1, r.Code, r.Name, r.Field, r.Level, r.OnlineLevel)).ToList();
        sample = ProcedureIndex.Build(entries);
        allowed = sample.Entries.Select(e => e.Level == "Cấp xã").ToArray();
        large = ProcedureIndex.Build(Enumerable.Range(0, 8).SelectMany(k => entries.Select(e => e with { Id = e.Id + (k * 1000), Code = $"{k}{e.Code}", Name = k == 0 ? e.Name : $"{e.Name} ({k})" })));
    }

    [Benchmark(Baseline = true)]
    public int Sample() => sample.Search(Query, null, allowed, 300).Total;

    [Benchmark]
    public int Catalogue952() => large.Search(Query, null, null, 300).Total;

    [Benchmark]
    public int FieldListing() => sample.Search(null, "Hộ tịch", allowed, 300).Total;
}
