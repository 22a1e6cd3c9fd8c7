using Loa.Text;

namespace Loa.Activities;

/// <summary>What an activity communicated about: the six areas of administrative reform, the indices, or other.</summary>
public enum ContentArea
{
    /// <summary>Cải cách thể chế.</summary>
    Institutions = 1,

    /// <summary>Cải cách thủ tục hành chính.</summary>
    Procedures = 2,

    /// <summary>Cải cách tổ chức bộ máy.</summary>
    Apparatus = 3,

    /// <summary>Cải cách chế độ công vụ.</summary>
    CivilService = 4,

    /// <summary>Cải cách tài chính công.</summary>
    PublicFinance = 5,

    /// <summary>Chính quyền điện tử, chính quyền số.</summary>
    DigitalGovernment = 6,

    /// <summary>Các Chỉ số PAR INDEX, SIPAS, PAPI, PCI, DTI.</summary>
    Indices = 7,

    /// <summary>CCHC nói chung, nội dung khác.</summary>
    General = 99,
}

public static class ContentAreaText
{
    public static string Label(this ContentArea area) => area switch
    {
        ContentArea.Institutions => "Cải cách thể chế",
        ContentArea.Procedures => "Cải cách thủ tục hành chính",
        ContentArea.Apparatus => "Cải cách tổ chức bộ máy",
        ContentArea.CivilService => "Cải cách chế độ công vụ",
        ContentArea.PublicFinance => "Cải cách tài chính công",
        ContentArea.DigitalGovernment => "Chính quyền điện tử, chính quyền số",
        ContentArea.Indices => "Các Chỉ số (PAR INDEX, SIPAS, PAPI, PCI)",
        _ => "CCHC chung, nội dung khác",
    };

    private static readonly (string[] Words, ContentArea Area)[] Rules =
    [
        (["par index", "sipas", "papi", "pci", "dti", "chi so"], ContentArea.Indices),
        (["thu tuc hanh chinh", "tthc", "mot cua", "dich vu cong", "ho so truc tuyen", "buu chinh cong ich"], ContentArea.Procedures),
        (["chuyen doi so", "chinh quyen dien tu", "chinh quyen so", "vneid", "dinh danh", "thanh toan truc tuyen", "cong nghe so"], ContentArea.DigitalGovernment),
        (["the che", "van ban quy pham", "phap luat"], ContentArea.Institutions),
        (["bo may", "sap xep"], ContentArea.Apparatus),
        (["cong vu", "can bo cong chuc", "ky luat", "van hoa cong so", "quy tac ung xu"], ContentArea.CivilService),
        (["tai chinh cong", "ngan sach", "tu chu"], ContentArea.PublicFinance),
    ];

    /// <summary>Guesses the area from the words of an activity or its task.</summary>
    public static ContentArea Guess(string? text)
    {
        var folded = " " + VietnameseText.FoldWords(text) + " ";
        foreach (var (words, area) in Rules)
        {
            if (words.Any(w => folded.Contains(" " + w + " ", StringComparison.Ordinal)))
            {
                return area;
            }
        }

        return ContentArea.General;
    }
}
