using System.Globalization;
using Loa.Data;
using Loa.Notifications;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Admin.Messages;

/// <summary>
/// "Tin nhắn Zalo, SMS": which channels of the outbox are on, how many messages wait, went or were given up, and the
/// message templates (kept as data) — the SMS text, the Zalo template id and its parameters — edited in place.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(LoaDbContext db, MessageChannelSet channels, TimeProvider time, AuditLog audit) : PageModel
{
    [BindProperty]
    public TemplateInput Input { get; set; } = new();

    public IReadOnlyList<MessageTemplate> Templates { get; private set; } = [];

    public IReadOnlyList<(MessageChannel Channel, bool On)> Channels =>
        Enum.GetValues<MessageChannel>().Select(c => (c, channels.IsOn(c))).ToList();

    /// <summary>Messages of the last 30 days by channel and state.</summary>
    public Dictionary<(MessageChannel, MessageState), int> Counts { get; private set; } = [];

    /// <summary>The template whose form had a problem (its fields show the input back).</summary>
    public int? Editing { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var template = await db.MessageTemplates.FirstOrDefaultAsync(t => t.Id == Input.Id);
        if (template is null)
        {
            return NotFound();
        }

        var text = Input.Text?.Trim() ?? "";
        if (text.Length is 0 or > 1000)
        {
            ModelState.AddModelError("Input.Text", "Hãy ghi nội dung tin nhắn (tối đa 1.000 ký tự).");
        }
        else if (template.Channel == MessageChannel.Sms && MessageTemplates.Unknown(template.Purpose, text) is { Count: > 0 } unknown)
        {
            ModelState.AddModelError("Input.Text", $"Mẫu này không có: {string.Join(", ", unknown.Select(u => "{" + u + "}"))}.");
        }

        if (template.Channel == MessageChannel.Zalo)
        {
            if (Input.ZnsTemplateId is { Length: > 0 } id && (id.Trim().Length > 40 || !id.Trim().All(char.IsAsciiLetterOrDigit)))
            {
                ModelState.AddModelError("Input.ZnsTemplateId", "Mã mẫu ZNS chỉ gồm chữ và số, như Zalo cấp khi duyệt mẫu.");
            }

            if (MessageTemplates.ParseParameters(Input.ZnsParameters).Problem is { } problem)
            {
                ModelState.AddModelError("Input.ZnsParameters", problem);
            }
            else if (MessageTemplates.Unknown(template.Purpose, Input.ZnsParameters) is { Count: > 0 } unknown)
            {
                ModelState.AddModelError("Input.ZnsParameters", $"Mẫu này không có: {string.Join(", ", unknown.Select(u => "{" + u + "}"))}.");
            }
            else if (Input.ZnsParameters is { Length: > 1000 })
            {
                ModelState.AddModelError("Input.ZnsParameters", "Các tham số dài quá 1.000 ký tự.");
            }
        }

        if (!ModelState.IsValid)
        {
            Editing = template.Id;
            await LoadAsync();
            return Page();
        }

        template.Text = text;
        template.IsEnabled = Input.IsEnabled;
        if (template.Channel == MessageChannel.Zalo)
        {
            template.ZnsTemplateId = string.IsNullOrWhiteSpace(Input.ZnsTemplateId) ? null : Input.ZnsTemplateId.Trim();
            template.ZnsParameters = string.Join('\n', (Input.ZnsParameters ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        }

        template.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        await audit.WriteAsync("message-template", succeeded: true, nameof(MessageTemplate), template.Id.ToString(CultureInfo.InvariantCulture), template.Name);
        TempData["Flash"] = $"Đã lưu mẫu “{template.Name}”.";
        return Redirect("/admin/messages");
    }

    private async Task LoadAsync()
    {
        Templates = await db.MessageTemplates.AsNoTracking().OrderBy(t => t.Purpose).ThenBy(t => t.Channel).ToListAsync();
        var since = time.GetUtcNow().UtcDateTime.AddDays(-30);
        Counts = (await db.OutgoingMessages.AsNoTracking().Where(m => m.CreatedAt >= since)
                .GroupBy(m => new { m.Channel, m.State }).Select(g => new { g.Key.Channel, g.Key.State, Count = g.Count() }).ToListAsync())
            .ToDictionary(x => (x.Channel, x.State), x => x.Count);
    }

    public sealed class TemplateInput
    {
        public int Id { get; set; }

        public string? Text { get; set; }

        public string? ZnsTemplateId { get; set; }

        public string? ZnsParameters { get; set; }

        public bool IsEnabled { get; set; }
    }
}

public static class MessageChannelText
{
    public static string Label(this MessageChannel channel) => channel switch
    {
        MessageChannel.Email => "Thư điện tử",
        MessageChannel.Zalo => "Zalo (ZNS)",
        _ => "SMS",
    };

    public static string Label(this MessageState state) => state switch
    {
        MessageState.Waiting => "Chờ gửi",
        MessageState.Sent => "Đã gửi",
        MessageState.Failed => "Lỗi, sẽ gửi lại",
        _ => "Đã dừng gửi",
    };
}
