namespace Loa.Text;

/// <summary>Addresses made from titles: "Tiếp nhận hồ sơ trực tuyến!" → "tiep-nhan-ho-so-truc-tuyen".</summary>
public static class Slugs
{
    public static string From(string? title, int maxLength = 100)
    {
        var words = VietnameseText.FoldWords(title).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsAsciiLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0);
        var slug = "";
        foreach (var word in words)
        {
            var next = slug.Length == 0 ? word : slug + "-" + word;
            if (next.Length > maxLength)
            {
                break;
            }

            slug = next;
        }

        return slug.Length == 0 ? "bai-viet" : slug;
    }
}
