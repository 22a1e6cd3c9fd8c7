namespace Loa.Plans;

/// <summary>Whose plan it is.</summary>
public enum PlanLevel
{
    /// <summary>The province's plan (UBND tỉnh / thành phố), which communes implement.</summary>
    Province = 1,

    /// <summary>A commune's or ward's plan.</summary>
    Commune = 2,

    /// <summary>One unit's own plan under its commune's plan.</summary>
    Unit = 3,
}
