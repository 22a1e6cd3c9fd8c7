using Loa.Text;

namespace Loa.Procedures;

/// <summary>One line of a province's list: the everyday words people type, and the words of procedure names they mean.</summary>
public sealed record ProcedureSynonym(string Words, string Means);

/// <summary>
/// The everyday words citizens type for procedures ("làm giấy khai sinh", "sổ đỏ", "cưới"), each read as the words of
/// the official names ("đăng ký khai sinh", "đất đai", "kết hôn"). A province keeps its own list (it starts from
/// <see cref="DefaultText"/>) as plain lines a civil servant can edit: <c>everyday words, other words = official words</c>.
/// Lines starting with # are notes.
/// </summary>
public sealed class ProcedureSynonyms
{
    public const int MaxLength = 20_000;

    public const int MaxLines = 500;

    public const int MaxPhraseLength = 100;

    /// <summary>The starting list of every province, until its officer saves one of its own.</summary>
    public const string DefaultText = """
        # Mỗi dòng: các từ người dân hay gõ (cách nhau bằng dấu phẩy) = từ trong tên thủ tục.
        # Gõ có dấu hay không dấu đều được. Dòng bắt đầu bằng # là ghi chú.
        làm giấy, làm thủ tục, xin làm = đăng ký
        giấy khai sinh, làm khai sinh, khai sinh cho con, khai sinh cho bé = khai sinh
        cưới, đám cưới, cưới vợ, cưới chồng, lấy vợ, lấy chồng, giấy kết hôn, giấy đăng ký kết hôn = kết hôn
        báo tử, chứng tử, giấy chứng tử, người mất, người chết = khai tử
        giấy độc thân, xác nhận độc thân, chứng nhận độc thân = xác nhận tình trạng hôn nhân
        công chứng, sao y, sao y bản chính, photo công chứng = chứng thực
        sổ đỏ, sổ hồng, bìa đỏ, làm sổ đỏ, giấy chứng nhận quyền sử dụng đất = đất đai
        xin phép xây nhà, xây nhà, phép xây nhà, sửa nhà = giấy phép xây dựng
        mở quán, mở tiệm, mở cửa hàng, giấy phép kinh doanh, đăng ký kinh doanh = hộ kinh doanh
        hộ khẩu, nhập hộ khẩu, nhập khẩu = thường trú
        báo vắng, đi vắng = khai báo tạm vắng
        lý lịch, xin lý lịch = phiếu lý lịch tư pháp
        bằng lái, bằng lái xe, đổi bằng lái = giấy phép lái xe
        ly dị, bỏ vợ, bỏ chồng = ly hôn
        nhận con nuôi, xin con nuôi = nuôi con nuôi
        đám tang, ma chay, tiền mai táng, tiền tang lễ = mai táng
        hộ nghèo, sổ hộ nghèo = công nhận hộ nghèo
        trợ cấp người già, tiền người già, trợ cấp xã hội = trợ giúp xã hội
        thương binh, liệt sĩ, gia đình chính sách = người có công
        kiện, khiếu kiện, thưa kiện = khiếu nại
        bán rượu = giấy phép bán lẻ rượu
        lập công ty, mở công ty = thành lập doanh nghiệp
        """;

    private ProcedureSynonyms(IReadOnlyList<ProcedureSynonym> pairs) => Pairs = pairs;

    public static ProcedureSynonyms Empty { get; } = new([]);

    /// <summary>The starting list, read.</summary>
    public static ProcedureSynonyms Default { get; } = Parse(DefaultText).Synonyms;

    /// <summary>Every everyday phrase with what it means, one pair per phrase.</summary>
    public IReadOnlyList<ProcedureSynonym> Pairs { get; }

    /// <summary>
    /// Reads a list; a line that cannot be read is named in <c>Problems</c> (in Vietnamese, with its number) and the
    /// others are kept, so that the page can show every mistake at once and save nothing until all are right.
    /// </summary>
    public static (ProcedureSynonyms Synonyms, IReadOnlyList<string> Problems) Parse(string? text)
    {
        var problems = new List<string>();
        var pairs = new List<ProcedureSynonym>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return (Empty, problems);
        }

        if (text.Length > MaxLength)
        {
            return (Empty, [$"Danh sách quá dài: tối đa {MaxLength:N0} ký tự.".Replace(',', '.')]);
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var used = 0;
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (++used > MaxLines)
            {
                problems.Add($"Danh sách có quá {MaxLines} dòng.");
                break;
            }

            var number = n + 1;
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0 || line.IndexOf('=', equals + 1) >= 0)
            {
                problems.Add($"Dòng {number}: cần đúng một dấu “=” giữa từ người dân hay gõ và từ trong tên thủ tục (vd: “sổ đỏ = đất đai”).");
                continue;
            }

            var means = line[(equals + 1)..].Trim();
            if (VietnameseText.SearchKey(means).Length == 0)
            {
                problems.Add($"Dòng {number}: thiếu từ trong tên thủ tục sau dấu “=”.");
                continue;
            }

            if (means.Length > MaxPhraseLength)
            {
                problems.Add($"Dòng {number}: từ sau dấu “=” dài quá {MaxPhraseLength} ký tự.");
                continue;
            }

            var words = line[..equals].Split(',').Select(w => w.Trim()).Where(w => w.Length > 0).ToList();
            if (words.Count == 0 || words.Any(w => VietnameseText.SearchKey(w).Length == 0))
            {
                problems.Add($"Dòng {number}: thiếu từ người dân hay gõ trước dấu “=”.");
                continue;
            }

            if (words.FirstOrDefault(w => w.Length > MaxPhraseLength) is { } tooLong)
            {
                problems.Add($"Dòng {number}: “{tooLong[..20]}…” dài quá {MaxPhraseLength} ký tự.");
                continue;
            }

            if (words.FirstOrDefault(w => VietnameseText.SearchKey(w) == VietnameseText.SearchKey(means)) is { } same)
            {
                problems.Add($"Dòng {number}: “{same}” giống hệt từ sau dấu “=”.");
                continue;
            }

            pairs.AddRange(words.Select(w => new ProcedureSynonym(w, means)));
        }

        return (new ProcedureSynonyms(pairs), problems);
    }
}
