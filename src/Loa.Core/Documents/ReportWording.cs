using System.Globalization;
using Loa.Plans;
using Loa.Reports;
using Loa.Text;

namespace Loa.Documents;

/// <summary>
/// The fixed wordings of a periodic report's official form (Decree 30/2020, Mẫu 1.4 for a Báo cáo), built from its
/// data: the header's boxes, "Kính gửi", the opening and closing sentences, Nơi nhận, the headings, and figures
/// written the Vietnamese way (1.234; 80,5%).
/// </summary>
public static class ReportWording
{
    public const string DocumentType = "BÁO CÁO";
    public const string DefaultSymbol = "BC-UBND";

    /// <summary>The first item of Nơi nhận of a report sent to a higher body: the addressee of "Kính gửi".</summary>
    public const string SameAsAbove = "Như trên";

    /// <summary>What a cell shows when there is nothing to show (no target, so no share of it either).</summary>
    public const string NoValue = "–";

    public const string Subject = "công tác thông tin, tuyên truyền cải cách hành chính";

    public const string ResultsPart = "KẾT QUẢ THỰC HIỆN";
    public const string TasksItem = "Kết quả thực hiện các nhiệm vụ trọng tâm";
    public const string LedTasksItem = "Kết quả thực hiện các nhiệm vụ đơn vị chủ trì";
    public const string NoLedTasks = "Đơn vị không chủ trì nhiệm vụ nào của kế hoạch.";
    public const string ContributionsItem = "Tham gia các nhiệm vụ do đơn vị khác chủ trì";
    public const string ChannelsItem = "Kết quả theo hình thức tuyên truyền";
    public const string ContentAreasItem = "Kết quả theo nội dung tuyên truyền";
    public const string AssessmentItem = "Đánh giá chung";
    public const string ShortcomingsPart = "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN";
    public const string ShortcomingsItem = "Tồn tại, hạn chế";
    public const string CausesItem = "Nguyên nhân";
    public const string ProposalsPart = "ĐỀ XUẤT, KIẾN NGHỊ";
    public const string LateIntroduction = "Các nhiệm vụ chưa bảo đảm tiến độ:";
    public const string NothingLate = "Không có nhiệm vụ chậm tiến độ.";
    public const string TotalRow = "Tổng cộng";

    private static readonly NumberFormatInfo Vietnamese = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    /// <summary>"Số: 12/BC-UBND", "Số: 05/BC-UBND", or not yet numbered "Số:      /BC-UBND".</summary>
    public static string NumberLine(ReportDocument report) => PlanWording.NumberLine(report.Number, report.Symbol, DefaultSymbol);

    /// <summary>"Hưng Phú, ngày 05 tháng 4 năm 2026"; blank parts stay spaces; the year falls back to the period's.</summary>
    public static string PlaceAndDate(ReportDocument report) =>
        PlanWording.PlaceAndDate(report.Issuer ?? new PlanIssuer(), report.Place, report.Date, report.Period?.Year is > 0 ? report.Period.Year : null);

    /// <summary>
    /// The issuing body's lines, upper case: a people's committee as on its plans ("ỦY BAN NHÂN DÂN" / "PHƯỜNG HƯNG
    /// PHÚ"); a unit of a commune under its committee (<c>Superior</c> "UBND PHƯỜNG HƯNG PHÚ", then the unit's name).
    /// </summary>
    public static (string? Superior, IReadOnlyList<string> Lines) IssuingBody(PlanIssuer? issuer)
    {
        issuer ??= new PlanIssuer();
        var name = VietnameseText.Nfc(issuer.Name?.Trim() ?? "");
        if (name.Length == 0 || IsPeoplesCommittee(name))
        {
            return (null, PlanWording.IssuingBodyLines(issuer));
        }

        var kind = issuer.Kind?.Trim();
        var locality = issuer.Locality?.Trim();
        var superior = string.IsNullOrEmpty(locality)
            ? null
            : PlanWording.Upper(string.IsNullOrEmpty(kind) ? $"UBND {locality}" : $"UBND {kind} {locality}");
        return (superior, [PlanWording.Upper(name)]);
    }

    /// <summary>"Ủy ban nhân dân phường Hưng Phú", or the unit's name.</summary>
    public static string IssuerName(ReportDocument report) => PlanWording.IssuerName(report.Issuer ?? new PlanIssuer());

    /// <summary>The period as the sentences name it: "quý I năm 2026" (from the code and year when the name is missing).</summary>
    public static string PeriodName(ReportDocument report)
    {
        var period = report.Period ?? new ReportPeriodInfo();
        if (!string.IsNullOrWhiteSpace(period.Name))
        {
            return VietnameseText.Nfc(period.Name.Trim());
        }

        return ReportPeriodKindText.FromCode(period.Code) is { } kind && period.Year > 0 ? kind.Name(period.Year) : "";
    }

    /// <summary>Whether the totals need a row for the year to date: not when the period starts with the year (quý I), nor in a snapshot of format 1.</summary>
    public static bool HasYearToDate(ReportDocument report) =>
        !report.TotalsAreToDate && report.Period is { } p && p.PeriodFrom != p.DataFrom;

    /// <summary>
    /// What the channel and content tables count, said in their headings: "trong kỳ" (the period, with the year to
    /// date as their last row), or "lũy kế từ đầu năm" in a snapshot of format 1.
    /// </summary>
    public static string TotalsSpan(ReportDocument report) => report.TotalsAreToDate ? "lũy kế từ đầu năm" : "trong kỳ";

    /// <summary>"Kính gửi: Sở Nội vụ tỉnh Đồng Nai." for one addressee; null without one.</summary>
    public static string? RecipientLine(ReportDocument report)
    {
        var addressees = Addressees(report);
        return addressees.Count == 1 ? $"Kính gửi: {addressees[0]}." : null;
    }

    /// <summary>The addressees of "Kính gửi", one per line of <see cref="ReportDocument.Recipient"/>, without list marks or final punctuation.</summary>
    public static IReadOnlyList<string> Addressees(ReportDocument report) =>
        [
            .. DocxRuns.Lines(report.Recipient)
                .Select(l => DocxRuns.Clean(l).TrimStart('-', '+', '•', '–', ' ').TrimEnd(';', '.', ',', ' ').Trim())
                .Where(l => l.Length > 0),
        ];

    /// <summary>
    /// "Thực hiện Kế hoạch số 30/KH-UBND …, Ủy ban nhân dân phường Hưng Phú báo cáo kết quả công tác thông tin, tuyên
    /// truyền cải cách hành chính quý I năm 2026 (số liệu tính từ ngày 15/12/2025 đến ngày 14/03/2026) như sau:".
    /// </summary>
    public static string Opening(ReportDocument report)
    {
        var reference = DocxRuns.Clean(report.PlanReference).Trim().TrimEnd('.', ';', ',', ' ');
        var sentence = $"{IssuerName(report)} báo cáo kết quả {Subject}";
        if (PeriodName(report) is { Length: > 0 } period)
        {
            sentence += " " + period;
        }

        if (DataRange(report) is { } range)
        {
            sentence += $" ({range})";
        }

        sentence += " như sau:";
        return VietnameseText.Nfc(reference.Length > 0 ? $"Thực hiện {reference}, {sentence}" : sentence);
    }

    /// <summary>"số liệu tính từ ngày 15/12/2025 đến ngày 14/03/2026" (or only the end), null without dates.</summary>
    public static string? DataRange(ReportDocument report)
    {
        var from = IsoDate(report.Period?.DataFrom);
        var to = IsoDate(report.Period?.DataTo);
        return (from, to) switch
        {
            ({ } f, { } t) => $"số liệu tính từ ngày {DocumentDate.Numeric(f)} đến ngày {DocumentDate.Numeric(t)}",
            (null, { } t) => $"số liệu tính đến ngày {DocumentDate.Numeric(t)}",
            ({ } f, null) => $"số liệu tính từ ngày {DocumentDate.Numeric(f)}",
            _ => null,
        };
    }

    /// <summary>
    /// "Trên đây là báo cáo kết quả công tác thông tin, tuyên truyền cải cách hành chính quý I năm 2026 của Ủy ban nhân dân phường Hưng Phú./.".
    /// </summary>
    public static string Closing(ReportDocument report)
    {
        var period = PeriodName(report);
        var subject = period.Length > 0 ? $"{Subject} {period}" : Subject;
        return VietnameseText.Nfc($"Trên đây là báo cáo kết quả {subject} của {IssuerName(report)}./.");
    }

    /// <summary>
    /// Nơi nhận as items (without "- " and ";"): with a "Kính gửi" the first is "Như trên" (moved or added there);
    /// <see cref="SignatureBlock.RecipientLines"/> then puts the storage line last.
    /// </summary>
    public static IReadOnlyList<string> RecipientItems(ReportDocument report)
    {
        var items = (report.Recipients ?? [])
            .Select(r => VietnameseText.Nfc(r ?? "").Trim())
            .Where(r => r.TrimStart('-', '+', '•', '–', ' ').Length > 0)
            .ToList();
        if (Addressees(report).Count == 0)
        {
            return items;
        }

        var sameAsAbove = items.FindIndex(IsSameAsAbove);
        var first = sameAsAbove >= 0 ? items[sameAsAbove] : SameAsAbove;
        if (sameAsAbove >= 0)
        {
            items.RemoveAt(sameAsAbove);
        }

        items.Insert(0, first);
        return items;
    }

    /// <summary>"- 4.1. Tổ chức Hội nghị (Phòng Văn hóa – Xã hội): Mới đạt 1/5; theo thời gian đã qua cần ít nhất 2."</summary>
    public static string LateLine(ReportLateItem item)
    {
        var label = item.Label?.Trim().TrimEnd('.', ')');
        var text = "- " + (string.IsNullOrEmpty(label) ? "" : label + ". ") + DocxRuns.Clean(item.Name).Trim().TrimEnd('.', ';', ':', ' ');
        if (DocxRuns.Clean(item.Lead).Trim() is { Length: > 0 } lead)
        {
            text += $" ({lead})";
        }

        var why = DocxRuns.Clean(item.Why).Trim().TrimEnd(';', ',', ' ');
        text += why.Length > 0 ? $": {why}" : "";
        return VietnameseText.Nfc(text.EndsWith('.') ? text : text + ".");
    }

    /// <summary>A count with the Vietnamese thousands separator: "1.234.567".</summary>
    public static string Number(int value) => value.ToString("#,0", Vietnamese);

    /// <summary>"80%", "80,5%", "125%" (one decimal at most, halves away from zero); "–" without a target.</summary>
    public static string Percent(double? value) => value is { } v && double.IsFinite(v)
        ? Math.Round(v, 1, MidpointRounding.AwayFromZero).ToString("#,0.#", Vietnamese) + "%"
        : NoValue;

    /// <summary>The target as the plan writes it ("05 số"), else its number, else "–".</summary>
    public static string Target(ReportTaskLine line) =>
        DocxRuns.Clean(line.TargetText).Trim() is { Length: > 0 } text ? text
        : line.Target is { } target ? Number(target)
        : NoValue;

    /// <summary>The share of the target; "–" when the line has no target.</summary>
    public static string Share(ReportTaskLine line) => line.Target is null ? NoValue : Percent(line.Percent);

    private static bool IsPeoplesCommittee(string name)
    {
        var folded = VietnameseText.Fold(name);
        return folded.StartsWith("uy ban nhan dan", StringComparison.Ordinal) || folded.StartsWith("ubnd", StringComparison.Ordinal);
    }

    private static bool IsSameAsAbove(string item) =>
        VietnameseText.Fold(item.TrimStart('-', '+', '•', '–', ' ')).TrimEnd(';', '.', ',', ' ') == "nhu tren";

    private static DateOnly? IsoDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
