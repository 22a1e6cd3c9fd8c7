using System.ComponentModel.DataAnnotations;
using Loa.Activities;
using Loa.Plans;
using Loa.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Loa.Web.Pages.Activities;

/// <summary>The fields of an activity, shared by the record and edit pages.</summary>
public sealed class ActivityForm
{
    public int Version { get; set; }

    public int? UnitId { get; set; }

    [Required(ErrorMessage = "Hãy nhập ngày thực hiện.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Hãy ghi tên hoạt động (đã làm gì).")]
    [StringLength(500, ErrorMessage = "Tên hoạt động dài quá 500 ký tự.")]
    public string Title { get; set; } = "";

    [StringLength(4000, ErrorMessage = "Mô tả dài quá 4000 ký tự.")]
    public string? Description { get; set; }

    [Range(0, 100000, ErrorMessage = "Số lượng phải từ 0 đến 100.000.")]
    public int Quantity { get; set; } = 1;

    public ChannelKind Channel { get; set; } = ChannelKind.Other;

    public ContentArea ContentArea { get; set; } = ContentArea.General;

    [Range(0, 100_000_000, ErrorMessage = "Số người tham dự không hợp lệ.")]
    public int? Participants { get; set; }

    [Range(0, 1_000_000_000, ErrorMessage = "Số lượt xem, nghe không hợp lệ.")]
    public int? Views { get; set; }

    [Range(0, 100_000_000, ErrorMessage = "Số bản không hợp lệ.")]
    public int? Copies { get; set; }

    [StringLength(4000, ErrorMessage = "Danh sách đường dẫn quá dài.")]
    public string? Links { get; set; }

    public List<int> RemoveFileIds { get; set; } = [];

    public static ActivityForm From(Activity activity) => new()
    {
        Version = activity.Version,
        UnitId = activity.UnitId,
        Date = activity.Date,
        Title = activity.Title,
        Description = activity.Description,
        Quantity = activity.Quantity,
        Channel = activity.Channel,
        ContentArea = activity.ContentArea,
        Participants = activity.Participants,
        Views = activity.Views,
        Copies = activity.Copies,
        Links = TextLists.JoinLines(activity.EvidenceLinks),
    };

    public void Validate(ModelStateDictionary state, int planYear, DateOnly today)
    {
        if (Date is { } date && !PlanYearCredit.Credits(planYear, date))
        {
            state.AddModelError("Activity.Date", $"Ngày thực hiện phải trong năm {planYear}: hoạt động chỉ được tính cho kế hoạch của năm diễn ra (việc làm năm {date.Year} ghi vào kế hoạch năm {date.Year}).");
        }

        if (Date is { } d && d > today)
        {
            state.AddModelError("Activity.Date", "Ngày thực hiện không được ở tương lai: chỉ ghi nhận việc đã làm.");
        }

        if (!Enum.IsDefined(Channel))
        {
            state.AddModelError("Activity.Channel", "Hình thức không hợp lệ.");
        }

        if (!Enum.IsDefined(ContentArea))
        {
            state.AddModelError("Activity.ContentArea", "Nội dung không hợp lệ.");
        }

        foreach (var link in TextLists.Lines(Links))
        {
            if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                state.AddModelError("Activity.Links", $"Đường dẫn \"{(link.Length > 80 ? link[..80] + "…" : link)}\" không hợp lệ: cần bắt đầu bằng http:// hoặc https://.");
            }
        }
    }

    public void ApplyTo(Activity activity)
    {
        activity.Date = Date!.Value;
        activity.Title = Title.Trim();
        activity.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        activity.Quantity = Quantity;
        activity.Channel = Channel;
        activity.ContentArea = ContentArea;
        activity.Participants = Participants;
        activity.Views = Views;
        activity.Copies = Copies;
        activity.EvidenceLinks = TextLists.Lines(Links);
    }
}
