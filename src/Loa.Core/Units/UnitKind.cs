namespace Loa.Units;

public enum UnitKind
{
    /// <summary>Phòng, ban, văn phòng.</summary>
    Office = 1,

    /// <summary>Trung tâm.</summary>
    Centre = 2,

    /// <summary>Mặt trận, đoàn thể, hội.</summary>
    MassOrganisation = 3,

    /// <summary>Khu phố, thôn, làng, ấp, tổ dân phố.</summary>
    Neighbourhood = 4,

    Other = 5,
}

public static class UnitKindText
{
    public static string Label(this UnitKind kind) => kind switch
    {
        UnitKind.Office => "Phòng, ban",
        UnitKind.Centre => "Trung tâm",
        UnitKind.MassOrganisation => "Mặt trận, đoàn thể",
        UnitKind.Neighbourhood => "Khu phố, thôn",
        _ => "Khác",
    };

    /// <summary>Guesses the kind from a unit's name, for units created when a plan is read.</summary>
    public static UnitKind Guess(string name)
    {
        var folded = Loa.Text.VietnameseText.Fold(name);
        if (folded.StartsWith("trung tam", StringComparison.Ordinal))
        {
            return UnitKind.Centre;
        }

        if (folded.StartsWith("phong", StringComparison.Ordinal)
            || folded.StartsWith("van phong", StringComparison.Ordinal)
            || folded.StartsWith("ban ", StringComparison.Ordinal))
        {
            return UnitKind.Office;
        }

        string[] massOrganisations = ["mat tran", "ubmttq", "doan thanh nien", "hoi ", "cong doan", "doan ", "uy ban mat tran"];
        if (massOrganisations.Any(m => folded.StartsWith(m, StringComparison.Ordinal)))
        {
            return UnitKind.MassOrganisation;
        }

        string[] neighbourhoods = ["khu pho", "thon", "ap ", "to dan pho", "lang ", "khom", "ban "];
        return neighbourhoods.Any(m => folded.StartsWith(m, StringComparison.Ordinal)) ? UnitKind.Neighbourhood : UnitKind.Other;
    }
}
