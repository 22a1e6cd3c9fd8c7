using System.Text;
using AngleSharp.Html.Parser;
using Loa.Text;

namespace Loa.UnitTests.Articles;

/// <summary>
/// Article bodies are HTML that staff type or paste; what the portal shows must be inert whatever they pasted
/// (security.md 15). The attack strings are those of the OWASP XSS filter evasion cheat sheet and of known
/// sanitiser bypasses (mutation XSS).
/// </summary>
public sealed class HtmlSanitiserTests
{
    private static readonly HashSet<string> AllowedElements =
        [
            "p", "br", "strong", "em", "u", "s", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "a", "img", "figure", "figcaption",
            "table", "thead", "tbody", "tr", "th", "td"
        ];

    private static readonly Dictionary<string, string[]> AllowedAttributes = new()
    {
        ["a"] = ["href", "title", "rel"],
        ["img"] = ["src", "alt", "width", "height"],
        ["th"] = ["colspan", "rowspan"],
        ["td"] = ["colspan", "rowspan"],
    };

    public static TheoryData<string> Attacks() =>
    [
        "<script>alert('XSS')</script>",
        "<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=javascript:alert('XSS')>",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
        "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
        "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
        "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
        "<IMG SRC=\"jav\tascript:alert('XSS');\">",
        "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
        "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
        "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
        "<a href=\"jav&#x0D;ascript:alert(1)\">bấm vào đây</a>",
        "<a href=\"  JAVASCRIPT:alert(1)\">bấm</a>",
        "<a href=\"java\u0000script:alert(1)\">bấm</a>",
        "<a href=\"vbscript:msgbox(1)\">bấm</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">bấm</a>",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<img src=x onerror=alert(1)>",
        "<img src=\"/x/26377/news/image/1\" onerror=\"alert(1)\">",
        "<svg/onload=alert('XSS')>",
        "<svg><script>alert(1)</script></svg>",
        "<BODY ONLOAD=alert('XSS')>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
        "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
        "<object data=\"https://evil.example/x.swf\"></object><embed src=\"https://evil.example/x.swf\">",
        "<p style=\"background-image: url(javascript:alert('XSS'))\">chữ</p>",
        "<div style=\"width: expression(alert('XSS'));\">chữ</div>",
        "<STYLE>@import'http://xss.rocks/xss.css';</STYLE><p>chữ</p>",
        "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
        "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
        "<TABLE BACKGROUND=\"javascript:alert('XSS')\"><TR><TD onmouseover=\"alert(1)\">ô</TD></TR></TABLE>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<!--<img src=x onerror=alert(1)>-->",
        "<form action=\"https://evil.example\"><input name=\"pass\"><button formaction=\"javascript:alert(1)\">Gửi</button></form>",
        "<a href=\"https://example.org\" onclick=\"steal()\" target=\"_blank\">liên kết</a>",
        "<a href=\"//evil.example/\">liên kết</a>",
        "<a href=\"/\\evil.example/\">liên kết</a>",
        "<base href=\"javascript:alert('XSS');//\">",
        "<template><script>alert(1)</script></template>",
        "<xmp><script>alert(1)</script></xmp>",
        "<details open ontoggle=alert(1)>chi tiết</details>",
        "<video><source onerror=\"alert(1)\"></video>",
        "\"><script>alert(document.cookie)</script>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<img src=\"https://example.org/a.png\" alt=\"\" onload=\"alert(1)\" style=\"x\">",
    ];

    [Theory]
    [MemberData(nameof(Attacks))]
    public void Attacks_come_out_inert(string attack)
    {
        var clean = HtmlSanitiser.Sanitise(attack);

        foreach (var forbidden in new[]
        {
            "<script", "javascript:", "vbscript:", "data:", " on", "style=", "<iframe", "<style", "<svg", "<math", "<form", "<input",
            "<object", "<embed", "<base", "<meta", "<link"
        })
        {
            Assert.DoesNotContain(forbidden, clean, StringComparison.OrdinalIgnoreCase);
        }

        AssertOnlyAllowed(clean);
        Assert.Equal(clean, HtmlSanitiser.Sanitise(clean));
    }

    [Fact]
    public void Ordinary_rich_text_is_kept_as_it_is()
    {
        const string html = "<h2>Tiếp nhận hồ sơ</h2><p><strong>Đậm</strong>, <em>nghiêng</em>, <u>gạch chân</u>, <s>gạch ngang</s>.<br>Dòng mới.</p>"
            + "<ul><li>Một</li><li>Hai</li></ul><ol><li>Bước 1</li></ol><blockquote>Trích dẫn</blockquote>"
            + "<figure><img src=\"https://example.org/anh.png\" alt=\"Ảnh\" width=\"640\" height=\"480\"><figcaption>Chú thích</figcaption></figure>"
            + "<table><thead><tr><th colspan=\"2\">Thủ tục</th></tr></thead><tbody><tr><td>Khai sinh</td><td>Trong ngày</td></tr></tbody></table>"
            + "<h3>Liên hệ</h3><h4>Nhỏ</h4><p><a href=\"/x/26377/news\">Tin khác</a> · <a href=\"mailto:ubnd@example.vn\">thư</a> · <a href=\"tel:02513123456\">gọi</a></p>";

        Assert.Equal(html, HtmlSanitiser.Sanitise(html));
    }

    [Fact]
    public void External_links_are_marked_so_the_portal_neither_leaks_its_address_nor_vouches_for_them()
    {
        Assert.Equal(
            "<p><a href=\"https://dichvucong.gov.vn\" rel=\"noopener noreferrer nofollow\">Cổng Dịch vụ công quốc gia</a></p>",
            HtmlSanitiser.Sanitise("<p><a href=\"https://dichvucong.gov.vn\" target=\"_blank\" rel=\"opener\">Cổng Dịch vụ công quốc gia</a></p>"));
    }

    [Theory]
    [InlineData("<b>đậm</b>", "<p><strong>đậm</strong></p>")]
    [InlineData("<i>nghiêng</i>", "<p><em>nghiêng</em></p>")]
    [InlineData("<h1>Tiêu đề lớn</h1>", "<h2>Tiêu đề lớn</h2>")]
    [InlineData("<div>Đoạn một</div><div>Đoạn hai</div>", "<p>Đoạn một</p><p>Đoạn hai</p>")]
    [InlineData("<div><p>Trong</p></div>", "<p>Trong</p>")]
    [InlineData("<p class=\"MsoNormal\" style=\"margin:0\"><span lang=\"VI\" style=\"font-size:14pt\">Văn bản từ Word</span></p>", "<p>Văn bản từ Word</p>")]
    [InlineData("<p><font face=\"Arial\">chữ</font></p>", "<p>chữ</p>")]
    [InlineData("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")]
    [InlineData("<p>a &amp; b</p>", "<p>a &amp; b</p>")]
    [InlineData("<img src=\"https://example.org/a.png\" width=\"100\" height=\"50%\">", "<p><img src=\"https://example.org/a.png\" alt=\"\" width=\"100\"></p>")]
    [InlineData("<a href=\"https://example.org\" title='x\" onmouseover=\"alert(1)'>t</a>", "<p><a href=\"https://example.org\" rel=\"noopener noreferrer nofollow\" title=\"x&quot; onmouseover=&quot;alert(1)\">t</a></p>")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void Pasted_markup_is_reduced_to_the_allowed_elements(string html, string expected)
    {
        Assert.Equal(expected, HtmlSanitiser.Sanitise(html));
    }

    [Fact]
    public void Text_is_stored_in_NFC()
    {
        var decomposed = "<p>Cải cách hành chính</p>".Normalize(NormalizationForm.FormD);
        Assert.Equal("<p>Cải cách hành chính</p>", HtmlSanitiser.Sanitise(decomposed));
    }

    [Fact]
    public void Very_deep_nesting_does_not_crash_and_keeps_the_text()
    {
        var html = string.Concat(Enumerable.Repeat("<blockquote>", 5000)) + "sâu" + string.Concat(Enumerable.Repeat("</blockquote>", 5000));
        var clean = HtmlSanitiser.Sanitise(html);
        Assert.Contains("sâu", clean, StringComparison.Ordinal);
        AssertOnlyAllowed(clean);
    }

    [Fact]
    public void Plain_text_drops_the_markup()
    {
        Assert.Equal("Tiêu đề Đoạn a & b", HtmlSanitiser.PlainText("<h2>Tiêu đề</h2><p>Đoạn   a &amp; b</p>"));
    }

    /// <summary>Parses the output as a browser would and checks every element and attribute against the allowlist.</summary>
    private static void AssertOnlyAllowed(string clean)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<!DOCTYPE html><body>" + clean);
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            var name = element.LocalName;
            Assert.Contains(name, AllowedElements);
            foreach (var attribute in element.Attributes)
            {
                Assert.Contains(attribute.Name, AllowedAttributes.GetValueOrDefault(name, []));
                if (attribute.Name is "href" or "src")
                {
                    var value = attribute.Value.Trim().ToLowerInvariant();
                    var safe = value.StartsWith("https://", StringComparison.Ordinal)
                        || value.StartsWith("http://", StringComparison.Ordinal)
                        || value.StartsWith("mailto:", StringComparison.Ordinal)
                        || value.StartsWith("tel:", StringComparison.Ordinal)
                        || (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal))
                        || !value.Contains(':', StringComparison.Ordinal);
                    Assert.True(safe, $"unsafe address {value}");
                }
            }
        }
    }
}
