using System.ComponentModel.DataAnnotations;

namespace Loa.Web.Pages.Reports;

/// <summary>The written parts of a report, as the form posts them.</summary>
public sealed class NarrativeInput
{
    public int Version { get; set; }

    [StringLength(8000, ErrorMessage = "Phần kết quả dài quá 8.000 ký tự.")]
    public string? Results { get; set; }

    [StringLength(8000, ErrorMessage = "Phần tồn tại, hạn chế dài quá 8.000 ký tự.")]
    public string? Shortcomings { get; set; }

    [StringLength(8000, ErrorMessage = "Phần nguyên nhân dài quá 8.000 ký tự.")]
    public string? Causes { get; set; }

    [StringLength(8000, ErrorMessage = "Phần đề xuất, kiến nghị dài quá 8.000 ký tự.")]
    public string? Proposals { get; set; }

    [StringLength(2000, ErrorMessage = "Lý do trả lại dài quá 2.000 ký tự.")]
    public string? ReturnComment { get; set; }
}
