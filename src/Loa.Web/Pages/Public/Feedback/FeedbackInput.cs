using Loa.Feedbacks;
using Loa.Text;

namespace Loa.Web.Pages.Public.Feedback;

/// <summary>What a citizen fills in (Nghị định 20/2008/NĐ-CP, art. 7: content, name, address, phone; e-mail optional).</summary>
public sealed class FeedbackInput
{
    public FeedbackCategory Category { get; set; } = FeedbackCategory.AdministrativeProcedure;

    public string? Subject { get; set; }

    public string? Content { get; set; }

    public string? Name { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>The unticked "Nhận trả lời qua Zalo/SMS" box: the consent to be told of the answer on <see cref="Phone"/>.</summary>
    public bool PhoneMessages { get; set; }

    /// <summary>The unticked consent box.</summary>
    public bool Consent { get; set; }

    /// <summary>Vietnamese messages by field; empty when the input can be saved.</summary>
    public List<(string Field, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        if (!Enum.IsDefined(Category))
        {
            problems.Add(("Input.Category", "Hãy chọn lĩnh vực của phản ánh, kiến nghị."));
        }

        Require(problems, "Input.Content", Content, 5000, "Hãy ghi nội dung phản ánh, kiến nghị.", "Nội dung");
        Require(problems, "Input.Name", Name, 200, "Hãy ghi họ và tên của bạn.", "Họ và tên");
        Require(problems, "Input.Address", Address, 300, "Hãy ghi địa chỉ liên hệ của bạn.", "Địa chỉ");
        if (string.IsNullOrWhiteSpace(Phone))
        {
            problems.Add(("Input.Phone", "Hãy ghi số điện thoại để cơ quan liên hệ khi cần."));
        }
        else if (!PhoneNumbers.IsValid(Phone))
        {
            problems.Add(("Input.Phone", "Số điện thoại chưa đúng (ví dụ: 0912 345 678)."));
        }

        if (Subject is { Length: > 200 })
        {
            problems.Add(("Input.Subject", "Tiêu đề dài quá 200 ký tự."));
        }

        if (!string.IsNullOrWhiteSpace(Email)
            && (Email.Trim().Length > 200 || !System.Net.Mail.MailAddress.TryCreate(Email.Trim(), out var address) || address.Address != Email.Trim()))
        {
            problems.Add(("Input.Email", "Địa chỉ thư điện tử chưa đúng."));
        }

        if (!Consent)
        {
            problems.Add(("Input.Consent", "Hãy đánh dấu đồng ý cho cơ quan sử dụng thông tin cá nhân của bạn để xử lý và trả lời phản ánh, kiến nghị."));
        }

        return problems;
    }

    /// <summary>The subject given, or the beginning of the content.</summary>
    public string SubjectOrStart()
    {
        if (!string.IsNullOrWhiteSpace(Subject))
        {
            return Subject.Trim();
        }

        var text = string.Join(' ', (Content ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 100 ? text : text[..100].TrimEnd() + "…";
    }

    private static void Require(List<(string, string)> problems, string field, string? value, int max, string missing, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add((field, missing));
        }
        else if (value.Trim().Length > max)
        {
            problems.Add((field, $"{label} dài quá {max} ký tự."));
        }
    }
}
