namespace Loa.UnitTests.Articles;

/// <summary>
/// HTML as Word (Microsoft 365 on Windows) puts on the clipboard when part of a plan is copied: its head and styles,
/// conditional comments, classes and mso- styles on everything, <c>o:p</c>, list paragraphs with their markers as
/// text, a table with widths, and a picture that points at a temporary file on the officer's computer.
/// </summary>
public static class WordSamples
{
    public const string Paste =
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\">\r\n" +
        "<head><meta name=Generator content=\"Microsoft Word 15\"><style><!-- p.MsoNormal {mso-style-parent:\"\"; font-family:\"Times New Roman\";} --></style>\r\n" +
        "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]--></head>\r\n" +
        "<body lang=VI style='tab-interval:36.0pt'>\r\n" +
        "<!--StartFragment-->\r\n" +
        "<h1 style='margin-top:12.0pt;mso-list:none'><span lang=VI style='font-size:16.0pt;font-family:\"Times New Roman\",serif'>Kế hoạch tuyên truyền CCHC năm 2026<o:p></o:p></span></h1>\r\n" +
        "<p class=MsoNormal style='text-align:justify;line-height:150%'><b><span lang=VI style='font-size:14.0pt'>UBND xã</span></b><span lang=VI style='font-size:14.0pt'> tổ chức tuyên truyền <i>sâu rộng</i> đến người dân.<o:p></o:p></span></p>\r\n" +
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\r\n" +
        "<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=VI style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>Niêm yết thủ tục hành chính<o:p></o:p></span></p>\r\n" +
        "<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:\"Courier New\"'><span style='mso-list:Ignore'>o<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>Tại bộ phận một cửa<o:p></o:p></span></p>\r\n" +
        "<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>Đăng trên cổng thông tin<o:p></o:p></span></p>\r\n" +
        "<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>1.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span></span><![endif]>Bước một</p>\r\n" +
        "<p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>2.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span></span><![endif]>Bước hai</p>\r\n" +
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184'>\r\n" +
        " <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>\r\n" +
        "  <td width=301 valign=top style='width:225.4pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b><span lang=VI>Nội dung<o:p></o:p></span></b></p></td>\r\n" +
        "  <td width=301 valign=top style='width:225.4pt;border:solid windowtext 1.0pt'><p class=MsoNormal><b><span lang=VI>Thời gian<o:p></o:p></span></b></p></td>\r\n" +
        " </tr>\r\n" +
        " <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>\r\n" +
        "  <td width=301 valign=top style='width:225.4pt'><p class=MsoNormal><span lang=VI>Hội nghị<o:p></o:p></span></p></td>\r\n" +
        "  <td width=301 valign=top style='width:225.4pt'><p class=MsoNormal><span lang=VI>Quý II<o:p></o:p></span></p></td>\r\n" +
        " </tr>\r\n" +
        "</table>\r\n" +
        "<p class=MsoNormal><img width=320 height=200 src=\"file:///C:/Users/ubnd/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png\" v:shapes=\"Picture_x0020_1\"></p>\r\n" +
        "<!--EndFragment-->\r\n" +
        "</body>\r\n" +
        "</html>\r\n";
}
