namespace Loa.Surveys;

/// <summary>The options chosen in a choice answer, kept as bits.</summary>
public static class AnswerMask
{
    /// <summary>The options chosen, as bits; options out of range are ignored.</summary>
    public static int Mask(IEnumerable<int> chosen, int optionCount) =>
        chosen.Where(i => i >= 0 && i < optionCount && i < 31).Aggregate(0, (mask, i) => mask | (1 << i));

    public static bool Has(int mask, int option) => option is >= 0 and < 31 && (mask & (1 << option)) != 0;

    public static int Count(int mask) => System.Numerics.BitOperations.PopCount((uint)mask);
}
