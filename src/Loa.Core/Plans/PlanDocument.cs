namespace Loa.Plans;

/// <summary>
/// A plan in the exchange format <c>loa.plan/1</c> (see docs/plan-json.md): what the parser produces,
/// what JSON import/export and the database mapping use. Lists are never null; unknown scalars are null.
/// </summary>
public sealed class PlanDocument
{
    public const string FormatName = "loa.plan/1";

    public string Format { get; set; } = FormatName;
    public PlanIssuer Issuer { get; set; } = new();
    public string? Number { get; set; }
    public string? Symbol { get; set; }
    public string? Place { get; set; }
    public PartialDate Date { get; set; } = new();
    public int? Year { get; set; }
    public string? Title { get; set; }
    public List<BasisDocument> Basis { get; set; } = [];
    public List<PlanSection> Sections { get; set; } = [];
    public List<LabeledItem> Contents { get; set; } = [];
    public List<LabeledItem> Channels { get; set; } = [];
    public List<PlanTask> Tasks { get; set; } = [];
    public List<Responsibility> Responsibilities { get; set; } = [];
    public Reporting Reporting { get; set; } = new();
    public List<Deadline> Deadlines { get; set; } = [];
    public List<string> Funding { get; set; } = [];
    public List<string> Recipients { get; set; } = [];
    public Signer Signer { get; set; } = new();
    public List<string> Unplaced { get; set; } = [];
}

public sealed class PlanIssuer
{
    /// <summary>Full name: "Ủy ban nhân dân" + kind + locality.</summary>
    public string? Name { get; set; }

    /// <summary>"xã" | "phường" | "đặc khu" | "tỉnh" | "thành phố".</summary>
    public string? Kind { get; set; }

    public string? Locality { get; set; }
}

/// <summary>A date whose parts may be blank in the source ("ngày  tháng 3 năm 2026").</summary>
public sealed class PartialDate
{
    public int? Day { get; set; }
    public int? Month { get; set; }
    public int? Year { get; set; }
}

/// <summary>A higher document cited as the plan's legal basis.</summary>
public sealed class BasisDocument
{
    /// <summary>"Kế hoạch", "Quyết định", "Nghị quyết", "Chỉ thị", "Công văn", …</summary>
    public string? Kind { get; set; }

    /// <summary>"707/QĐ-UBND".</summary>
    public string? Number { get; set; }

    /// <summary>ISO date "2026-02-12".</summary>
    public string? Date { get; set; }

    /// <summary>Full issuing body: "Ủy ban nhân dân thành phố Cần Thơ".</summary>
    public string? Issuer { get; set; }
}

/// <summary>A node of the body: a numbered part (I, 1, a) with its heading, paragraphs and sub-parts.</summary>
public sealed class PlanSection
{
    public string? Label { get; set; }
    public string? Heading { get; set; }

    /// <summary>What the part is for; see <see cref="SectionRoles"/>. Null for parts with no special meaning.</summary>
    public string? Role { get; set; }

    public List<string> Paragraphs { get; set; } = [];
    public List<PlanSection> Children { get; set; } = [];
}

/// <summary>The roles a section can have in <see cref="PlanSection.Role"/>.</summary>
public static class SectionRoles
{
    public const string Preamble = "preamble";
    public const string Purpose = "purpose";
    public const string Audience = "audience";
    public const string Contents = "contents";
    public const string Channels = "channels";
    public const string Tasks = "tasks";
    public const string Funding = "funding";
    public const string Implementation = "implementation";
    public const string Closing = "closing";
}

/// <summary>A content item or a channel: its label ("1", "a", "-") and its text.</summary>
public sealed class LabeledItem
{
    public string? Label { get; set; }
    public string Text { get; set; } = "";
}

/// <summary>A row of the key-task table.</summary>
public sealed class PlanTask
{
    public string? Label { get; set; }
    public string Name { get; set; } = "";
    public List<string> Lead { get; set; } = [];
    public List<string> Partners { get; set; } = [];
    public string? Timeframe { get; set; }
    public Quantity? Quantity { get; set; }
    public string? Products { get; set; }
    public List<PlanTask> Children { get; set; } = [];
}

/// <summary>"05 số" → value 5, unit "số", text "05 số".</summary>
public sealed class Quantity
{
    public int Value { get; set; }
    public string? Unit { get; set; }
    public string Text { get; set; } = "";
}

public sealed class Responsibility
{
    public string Unit { get; set; } = "";
    public List<string> Duties { get; set; } = [];
}

public sealed class Reporting
{
    /// <summary>Any of "quarter", "half-year", "nine-months", "year", in that order.</summary>
    public List<string> Periods { get; set; } = [];
    public string? Via { get; set; }
}

public sealed class Deadline
{
    public string Subject { get; set; } = "";

    /// <summary>ISO date.</summary>
    public string Date { get; set; } = "";
}

public sealed class Signer
{
    /// <summary>"TM. ỦY BAN NHÂN DÂN" or null.</summary>
    public string? Authority { get; set; }

    /// <summary>"KT. CHỦ TỊCH" (also Q., TL., TUQ.) or null.</summary>
    public string? Deputy { get; set; }

    /// <summary>"CHỦ TỊCH", "PHÓ CHỦ TỊCH".</summary>
    public string? Position { get; set; }

    public string? Name { get; set; }
}
