namespace Loa.Exchange;

/// <summary>One body as an edXML package names it: its agency code (mã định danh) and its name.</summary>
public sealed record EdxmlOrgan(string Id, string Name);

/// <summary>One file carried by a package: the signed PDF of the document, or an appendix.</summary>
public sealed record EdxmlAttachment(string ContentId, string Name, string ContentType, byte[] Content, string? Description = null);

/// <summary>
/// What an edXML package says (QCVN 102:2016/BTTTT, the part Loa uses; structure in <c>edxml.xsd</c>): who sends to
/// whom, which document (number, symbol, date, place, type, subject, signer) and its files.
/// </summary>
public sealed record EdxmlPackage
{
    public required EdxmlOrgan From { get; init; }

    public required IReadOnlyList<EdxmlOrgan> To { get; init; }

    /// <summary>The sender's identifier of the document: Loa writes "loa:{kind}:{subject id}:{document id}".</summary>
    public required string DocumentId { get; init; }

    /// <summary>Số: "12".</summary>
    public required string CodeNumber { get; init; }

    /// <summary>Ký hiệu: "KH-UBND".</summary>
    public required string CodeNotation { get; init; }

    public required string Place { get; init; }

    public required DateOnly PromulgationDate { get; init; }

    /// <summary>"Kế hoạch", "Báo cáo".</summary>
    public required string TypeName { get; init; }

    public required string Subject { get; init; }

    public required string SignerName { get; init; }

    public string? SignerPosition { get; init; }

    public required DateTime SentAt { get; init; }

    public required IReadOnlyList<EdxmlAttachment> Attachments { get; init; }

    /// <summary>"12/KH-UBND" as printed on the document.</summary>
    public string Number => $"{CodeNumber}/{CodeNotation}";

    /// <summary>Splits a printed number "12/KH-UBND" into its number and symbol; null when it is not of that form.</summary>
    public static (string Number, string Notation)? SplitNumber(string printed)
    {
        var slash = printed.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == printed.Length - 1)
        {
            return null;
        }

        var number = printed[..slash].Trim();
        var notation = printed[(slash + 1)..].Trim();
        return number.Length is > 0 and <= 11 && number.All(char.IsAsciiDigit) && notation.Length is > 0 and <= 50 ? (number, notation) : null;
    }
}
