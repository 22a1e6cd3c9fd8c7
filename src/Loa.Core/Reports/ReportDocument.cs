using Loa.Plans;

namespace Loa.Reports;

/// <summary>
/// A periodic report as a document: what the page shows, what the .docx writer prints and what a submitted or
/// approved report keeps as its frozen snapshot (JSON). Figures and the summary of them come from
/// <c>ReportFigures</c>; the narrative from the people who write it.
/// </summary>
/// <remarks>
/// Format 2 (December 2026): a unit's report lists the tasks it leads whole and its part in others' tasks apart;
/// the channel and content tables count the period, with the year to date in <see cref="OverallToDate"/>; the
/// summary. A snapshot of format 1 is read as it was made: its totals counted the year to date.
/// </remarks>
public sealed class ReportDocument
{
    public const string FormatName = "loa.report/2";

    public const string FirstFormatName = "loa.report/1";

    public string Format { get; set; } = FormatName;

    /// <summary>"Ủy ban nhân dân phường Hưng Phú" (or, for a unit's report, the unit's name).</summary>
    public PlanIssuer Issuer { get; set; } = new();

    /// <summary>"12/BC-UBND" once numbered; null before.</summary>
    public string? Number { get; set; }

    public string Symbol { get; set; } = "BC-UBND";

    public string? Place { get; set; }

    public PartialDate Date { get; set; } = new();

    /// <summary>"Kết quả công tác thông tin, tuyên truyền cải cách hành chính quý I năm 2026".</summary>
    public string Title { get; set; } = "";

    /// <summary>"Kính gửi": "Sở Nội vụ tỉnh Đồng Nai" (empty for a unit's internal report).</summary>
    public string? Recipient { get; set; }

    /// <summary>"Kế hoạch số 30/KH-UBND ngày 25/02/2026 của Ủy ban nhân dân phường Hưng Phú".</summary>
    public string PlanReference { get; set; } = "";

    public ReportPeriodInfo Period { get; set; } = new();

    public ReportNarrative Narrative { get; set; } = new();

    /// <summary>
    /// The key tasks, in the plan's order (sub-rows after their row), each with its whole progress (every unit's
    /// activities): all of them in the commune's report, those the unit leads in a unit's report.
    /// </summary>
    public List<ReportTaskLine> Tasks { get; set; } = [];

    /// <summary>True for a unit's report: <see cref="Tasks"/> are the tasks it leads and the totals count what it did itself.</summary>
    public bool ForUnit { get; set; }

    /// <summary>A unit's report only: the tasks others lead that the unit joins or did something for, with its own figures and no verdict.</summary>
    public List<ReportContributionLine> Contributions { get; set; } = [];

    /// <summary>
    /// The figures written in words, from the same totals as the tables: "Trong kỳ báo cáo (từ ngày … đến ngày …),
    /// … đã triển khai 8 hoạt động …; lũy kế từ đầu năm 26 hoạt động …". Empty in a snapshot of format 1.
    /// </summary>
    public string Summary { get; set; } = "";

    /// <summary>By channel, this period ("kỳ này"); the year to date in a snapshot of format 1 (<see cref="TotalsAreToDate"/>).</summary>
    public List<ReportTotal> ByChannel { get; set; } = [];

    /// <summary>By content area, this period, like <see cref="ByChannel"/>.</summary>
    public List<ReportTotal> ByContentArea { get; set; } = [];

    /// <summary>Everything counted this period (in a unit's report: what the unit did itself).</summary>
    public ReportTotal Overall { get; set; } = new();

    /// <summary>Everything counted from the start of the reporting year to the cut-off ("lũy kế từ đầu năm").</summary>
    public ReportTotal OverallToDate { get; set; } = new();

    /// <summary>True only for a snapshot of format 1, whose channel and content tables counted the year to date.</summary>
    public bool TotalsAreToDate { get; set; }

    /// <summary>What is late and why.</summary>
    public List<ReportLateItem> Late { get; set; } = [];

    /// <summary>Nơi nhận, without "- " and the final ";"/"."; a report to a higher body starts with "Như trên".</summary>
    public List<string> Recipients { get; set; } = [];

    public Signer Signer { get; set; } = new();
}

public sealed class ReportPeriodInfo
{
    public int Year { get; set; }

    /// <summary>q1, h1, q3, year.</summary>
    public string Code { get; set; } = "";

    /// <summary>"quý I năm 2026".</summary>
    public string Name { get; set; } = "";

    /// <summary>ISO dates: data counted from, up to (the cut-off), and "this period" from.</summary>
    public string DataFrom { get; set; } = "";

    public string DataTo { get; set; } = "";

    public string PeriodFrom { get; set; } = "";
}

/// <summary>The written parts; each a list of paragraphs.</summary>
public sealed class ReportNarrative
{
    public List<string> Results { get; set; } = [];

    public List<string> Shortcomings { get; set; } = [];

    public List<string> Causes { get; set; } = [];

    public List<string> Proposals { get; set; } = [];
}

public sealed class ReportTaskLine
{
    public string? Label { get; set; }

    public string Name { get; set; } = "";

    public string Lead { get; set; } = "";

    /// <summary>The quantity target's number; null when the plan sets none.</summary>
    public int? Target { get; set; }

    /// <summary>As the plan writes it: "05 số".</summary>
    public string? TargetText { get; set; }

    public int DoneThisPeriod { get; set; }

    public int DoneToDate { get; set; }

    /// <summary>Done to date over target, 0–100 (may exceed 100); null without a target.</summary>
    public double? Percent { get; set; }

    public int Activities { get; set; }

    public int Reach { get; set; }

    /// <summary>"Hoàn thành", "Đúng tiến độ", "Chậm tiến độ", "Quá hạn", "Chưa đến hạn".</summary>
    public string Status { get; set; } = "";

    public string Explanation { get; set; } = "";

    /// <summary>Ids of the activities counted to date, so that every figure can be traced.</summary>
    public List<int> ActivityIds { get; set; } = [];

    public bool IsSubRow { get; set; }
}

/// <summary>What a unit did for a task another unit leads: its own activities, without a verdict on the task.</summary>
public sealed class ReportContributionLine
{
    public string? Label { get; set; }

    public string Name { get; set; } = "";

    public string Lead { get; set; } = "";

    public int DoneThisPeriod { get; set; }

    public int DoneToDate { get; set; }

    public int Activities { get; set; }

    public List<int> ActivityIds { get; set; } = [];

    public bool IsSubRow { get; set; }
}

/// <summary>Totals of one channel or content area (or of everything).</summary>
public sealed class ReportTotal
{
    public string Name { get; set; } = "";

    public int Activities { get; set; }

    public int Quantity { get; set; }

    public int Participants { get; set; }

    public int Views { get; set; }

    public int Copies { get; set; }

    public List<int> ActivityIds { get; set; } = [];
}

public sealed class ReportLateItem
{
    public string? Label { get; set; }

    public string Name { get; set; } = "";

    public string Lead { get; set; } = "";

    /// <summary>Why, in Vietnamese: the progress rule's explanation, and the unit's stated cause when it gave one.</summary>
    public string Why { get; set; } = "";
}
