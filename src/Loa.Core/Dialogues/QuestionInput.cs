using Loa.Text;

namespace Loa.Dialogues;

/// <summary>
/// What a citizen or business fills in to ask a question before a dialogue: the same safeguards as feedback (name, address and
/// phone required, e-mail optional, an unticked consent, lengths limited); the human check and the rate limit are the page's.
/// </summary>
public sealed class QuestionInput
{
    public AskerKind AskerKind { get; set; } = AskerKind.Citizen;

    public string? Content { get; set; }

    public string? Name { get; set; }

    public string? Organisation { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public bool Consent { get; set; }

    /// <summary>Vietnamese messages by field ("Input.Content", …); empty when the question can be saved.</summary>
    public List<(string Field, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        if (!Enum.IsDefined(AskerKind))
        {
            problems.Add(("Input.AskerKind", "Hãy chọn bạn là người dân hay doanh nghiệp."));
        }

        Require(problems, "Input.Content", Content, DialogueQuestion.ContentMax, "Hãy ghi câu hỏi của bạn.", "Câu hỏi");
        Require(problems, "Input.Name", Name, 200, "Hãy ghi họ và tên của bạn.", "Họ và tên");
        Require(problems, "Input.Address", Address, 300, "Hãy ghi địa chỉ liên hệ của bạn.", "Địa chỉ");
        if (AskerKind == AskerKind.Business)
        {
            Require(problems, "Input.Organisation", Organisation, 200, "Hãy ghi tên doanh nghiệp.", "Tên doanh nghiệp");
        }
        else if (Organisation is { Length: > 200 })
        {
            problems.Add(("Input.Organisation", "Tên doanh nghiệp dài quá 200 ký tự."));
        }

        if (string.IsNullOrWhiteSpace(Phone))
        {
            problems.Add(("Input.Phone", "Hãy ghi số điện thoại để cơ quan liên hệ khi cần."));
        }
        else if (!PhoneNumbers.IsValid(Phone))
        {
            problems.Add(("Input.Phone", "Số điện thoại chưa đúng (ví dụ: 0912 345 678)."));
        }

        if (!string.IsNullOrWhiteSpace(Email)
            && (Email.Trim().Length > 200 || !System.Net.Mail.MailAddress.TryCreate(Email.Trim(), out var address) || address.Address != Email.Trim()))
        {
            problems.Add(("Input.Email", "Địa chỉ thư điện tử chưa đúng."));
        }

        if (!Consent)
        {
            problems.Add(("Input.Consent",
                "Hãy đánh dấu đồng ý cho cơ quan sử dụng thông tin cá nhân của bạn để tiếp nhận, trả lời câu hỏi."));
        }

        return problems;
    }

    /// <summary>The question to save (call only when <see cref="Problems"/> found none).</summary>
    public DialogueQuestion ToQuestion(Dialogue dialogue, DateTime utcNow) => new()
    {
        ProvinceId = dialogue.ProvinceId,
        CommuneId = dialogue.CommuneId,
        DialogueId = dialogue.Id,
        AskerKind = AskerKind,
        Content = Content!.Trim(),
        Name = Name!.Trim(),
        Organisation = AskerKind == AskerKind.Business ? Organisation!.Trim() : null,
        Address = Address!.Trim(),
        Phone = Phone!.Trim(),
        Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim(),
        ConsentAt = utcNow,
        ReceivedAt = utcNow,
    };

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
