using Loa.Text;

namespace Loa.Feedbacks;

/// <summary>Finds the sender's own details left in a text meant for the public: their name, phone number, e-mail or address.</summary>
public static class PersonalDetails
{
    public static IEnumerable<string> Find(Feedback feedback, string text)
    {
        var folded = VietnameseText.FoldWords(text);
        if (feedback.Name is { Length: > 0 } name && VietnameseText.FoldWords(name) is { Length: >= 5 } n && folded.Contains(n, StringComparison.Ordinal))
        {
            yield return "họ tên";
        }

        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (feedback.Phone is { Length: > 0 } phone && new string(phone.Where(char.IsAsciiDigit).ToArray()) is { Length: >= 9 } p
            && (digits.Contains(p, StringComparison.Ordinal) || (p.Length > 9 && digits.Contains(p[^9..], StringComparison.Ordinal))))
        {
            yield return "số điện thoại";
        }

        if (feedback.Email is { Length: > 0 } email && text.Contains(email, StringComparison.OrdinalIgnoreCase))
        {
            yield return "thư điện tử";
        }

        if (feedback.Address is { Length: > 0 } address && VietnameseText.FoldWords(address) is { Length: >= 10 } a
            && folded.Contains(a, StringComparison.Ordinal))
        {
            yield return "địa chỉ";
        }
    }
}
