using System.Collections.Concurrent;

namespace Loa.UnitTests.Plans.Import;

/// <summary>The three sample plans as the Word documents their communes would have (see <see cref="PlanDocx"/>), built once per run.</summary>
internal static class SampleDocx
{
    private static readonly ConcurrentDictionary<string, byte[]> Built = new(StringComparer.Ordinal);

    /// <summary>
    /// Canh Vinh: one task table whose header row Word repeats by itself (the text's repeated header is not in the
    /// document), sub-rows 4.1–4.4 sharing one merged timeframe cell and one merged product cell, row 4's lead
    /// cell spanning the partners column. Hưng Phú: title and signature with soft line breaks, the converted
    /// table's repeated header row and its continuation row kept as rows. Phước Tân: signature with a soft break.
    /// </summary>
    public static PlanDocxOptions Options(string name) => name switch
    {
        SamplePlans.CanhVinh => new PlanDocxOptions
        {
            BodyName = ["ỦY BAN NHÂN DÂN", "XÃ CANH VINH"],
            RepeatedHeader = RepeatedHeader.Drop,
            VerticalMerges = [new("4.1", "4.4", 3, "4.1"), new("4.1", "4.4", 4, "4.2"), new("4.1", "4.4", 5, "4.2")],
            HorizontalMerges = [("4", 2, 2)],
        },
        SamplePlans.HungPhu => new PlanDocxOptions
        {
            BodyName = ["ỦY BAN NHÂN DÂN", "PHƯỜNG HƯNG PHÚ"],
            TitleWithBreak = true,
            SignatureWithBreak = true,
        },
        SamplePlans.PhuocTan => new PlanDocxOptions
        {
            BodyName = ["UBND PHƯỜNG PHƯỚC TÂN"],
            SignatureWithBreak = true,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>The .docx bytes of a sample plan; shared, so tests must not change them.</summary>
    public static byte[] Bytes(string name) => Built.GetOrAdd(name, n => PlanDocx.FromText(SamplePlans.Text(n), Options(n)));
}
