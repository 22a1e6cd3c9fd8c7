namespace Loa.Documents.Pdf;

/// <summary>Section "Loa:Pdf" of the configuration: where LibreOffice is and how many conversions may run at once.</summary>
public sealed class PdfOptions
{
    public const string Section = "Loa:Pdf";

    /// <summary>The LibreOffice program (soffice); empty to look for soffice or libreoffice on PATH.</summary>
    public string? Office { get; set; }

    /// <summary>Conversions allowed at the same time; more wait their turn. 0 = half the processors, at least one.</summary>
    public int Concurrency { get; set; }

    /// <summary>How long one conversion may take before it is stopped.</summary>
    public int TimeoutSeconds { get; set; } = 120;

    /// <summary>The converter these options describe.</summary>
    public LibreOfficePdfConverter CreateConverter() =>
        new(Office, TimeSpan.FromSeconds(Math.Max(5, TimeoutSeconds)), Concurrency > 0 ? Concurrency : null);
}
