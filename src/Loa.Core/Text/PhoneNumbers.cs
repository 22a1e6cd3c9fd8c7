namespace Loa.Text;

/// <summary>The one rule for a phone number anyone types in Loa (a survey's respondent, a citizen's feedback).</summary>
public static class PhoneNumbers
{
    /// <summary>
    /// The Vietnamese mobile or landline number in its national form ("0912345678", "02513822111"), from what people type
    /// ("0912 345 678", "+84 912.345.678", "84912345678"); null when it is not one.
    /// </summary>
    public static string? Normalise(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var trimmed = input.Trim();
        if (trimmed.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '.' or '-' or '+' or '(' or ')')))
        {
            return null;
        }

        var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("84", StringComparison.Ordinal) && digits.Length is 11 or 12)
        {
            digits = "0" + digits[2..];
        }

        // Mobiles have ten digits (09…, 03…), landlines eleven (02…).
        var mobile = digits.Length == 10 && digits[0] == '0' && digits[1] is not ('0' or '2');
        var landline = digits.Length == 11 && digits.StartsWith("02", StringComparison.Ordinal);
        return mobile || landline ? digits : null;
    }

    /// <summary>
    /// The number in the international form Zalo and SMS gateways take, without "+" ("84912345678"), from anything
    /// <see cref="Normalise"/> reads; null when it is not a Vietnamese number.
    /// </summary>
    public static string? International(string? input) => Normalise(input) is { } national ? "84" + national[1..] : null;

    /// <summary>Whether <paramref name="input"/> is a Vietnamese phone number as <see cref="Normalise"/> reads it.</summary>
    public static bool IsValid(string? input) => Normalise(input) is not null;

    /// <summary>A phone number as a public list shows it: "091****678".</summary>
    public static string Mask(string? phone) =>
        phone is { Length: >= 7 } p ? string.Concat(p.AsSpan(0, 3), new string('*', p.Length - 6), p.AsSpan(p.Length - 3)) : "";
}
