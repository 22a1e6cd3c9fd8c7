using System.Globalization;
using AngleSharp.Dom;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Loa.Activities;
using Loa.IntegrationTests.Infrastructure;
using Loa.Plans;
using Loa.Units;

namespace Loa.IntegrationTests.Reports;

/// <summary>Arranging report data behind the app's back, and reading what report pages and files show.</summary>
public static class ReportData
{
    /// <summary>The query of a scenario's report pages for a period ("plan=12&amp;period=q1").</summary>
    public static string Query(Scenario scenario, string period) => $"plan={scenario.Plan.Id}&period={period}";

    /// <summary>Records an activity as if its unit had recorded it; returns its id.</summary>
    public static async Task<int> AddActivityAsync(
        LoaAppFactory app,
        Scenario scenario,
        KeyTask task,
        Unit unit,
        DateOnly date,
        int quantity,
        ChannelKind channel,
        ContentArea area = ContentArea.General,
        int? participants = null,
        int? views = null,
        int? copies = null,
        string? title = null)
    {
        await using var db = app.SystemDb();
        var activity = new Activity
        {
            ProvinceId = scenario.Commune.ProvinceId,
            CommuneId = scenario.Commune.Id,
            PlanId = scenario.Plan.Id,
            TaskId = task.Id,
            UnitId = unit.Id,
            Date = date,
            Title = title ?? $"Hoạt động ngày {date:dd/MM/yyyy} ({scenario.Commune.Code}, {Guid.NewGuid().ToString("N")[..6]})",
            Quantity = quantity,
            Channel = channel,
            ContentArea = area,
            Participants = participants,
            Views = views,
            Copies = copies,
            RecordedById = scenario.Officer.Id,
            RecordedAt = DateTime.UtcNow,
        };
        db.Activities.Add(activity);
        await db.SaveChangesAsync();
        return activity.Id;
    }

    /// <summary>The cells of one row of a figures table, by column (the cells' data-label), trimmed.</summary>
    public static Dictionary<string, string> Row(IDocument page, string table, string firstCellOrTask)
    {
        var rows = page.QuerySelectorAll($"#{table} tbody tr").ToList();
        var row = rows.SingleOrDefault(r => r.GetAttribute("data-task") == firstCellOrTask)
            ?? rows.SingleOrDefault(r => r.Children.Length > 0 && r.Children[0].TextContent.Trim() == firstCellOrTask)
            ?? throw new InvalidOperationException(
                $"no row \"{firstCellOrTask}\" in #{table}; rows: {string.Join(" | ", rows.Select(r => Squash(r.TextContent)))}");
        return row.Children
            .Select((cell, index) => (Key: cell.GetAttribute("data-label") ?? index.ToString(CultureInfo.InvariantCulture), Value: Squash(cell.TextContent)))
            .ToDictionary(c => c.Key, c => c.Value);
    }

    /// <summary>The first cells of a table's body rows, in order (the task labels, channel or content area names).</summary>
    public static List<string> FirstCells(IDocument page, string table) =>
        page.QuerySelectorAll($"#{table} tbody tr").Select(r => Squash(r.Children[0].TextContent)).ToList();

    /// <summary>The text of every paragraph of a .docx, tables included, one line each.</summary>
    public static List<string> DocxParagraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
    }

    /// <summary>Whether the app refused the request: 403, or (for a page handler that forbids) the redirect to "access denied".</summary>
    public static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode == System.Net.HttpStatusCode.Forbidden
        || (response.StatusCode == System.Net.HttpStatusCode.Redirect
            && string.Equals(
                new Uri(new Uri("https://localhost"), response.Headers.Location!).AbsolutePath, "/account/accessdenied", StringComparison.OrdinalIgnoreCase));

    /// <summary>A number as the pages show it (Vietnamese thousands separator).</summary>
    public static string Number(long value) => value.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN"));

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
