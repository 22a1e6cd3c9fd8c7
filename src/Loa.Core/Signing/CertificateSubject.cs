namespace Loa.Signing;

/// <summary>The person a certificate names, as a page shows it: the common name (CN) of its subject, else the whole subject.</summary>
public static class CertificateSubject
{
    public static string Person(string? subject)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return "";
        }

        foreach (var part in subject.Split(',', StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("CN=", StringComparison.OrdinalIgnoreCase) && part.Length > 3)
            {
                return part[3..];
            }
        }

        return subject.Trim();
    }
}
