using Loa.Feedbacks;
using Loa.Web.Infrastructure;
using Loa.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Loa.IntegrationTests.Uploads;

/// <summary>
/// The one upload store and its policy per use: the checks give one error type that says whether the file is too
/// large (413) or refused for another reason (400), and files land where each use kept them.
/// </summary>
public sealed class UploadStoreTests : IDisposable
{
    private static readonly byte[] Png = Loa.IntegrationTests.Infrastructure.TestFiles.Png;
    private static readonly byte[] Pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n"u8.ToArray();
    private static readonly byte[] Script = "<script>alert(1)</script>"u8.ToArray();

    private readonly string data = Path.Combine(Path.GetTempPath(), "loa-upload-" + Guid.NewGuid().ToString("N"));

    private (UploadStore Store, UploadPolicies Policies) Create(long quotaBytes = 1024L * 1024 * 1024)
    {
        var paths = new LoaPaths(data);
        var loa = Options.Create(new LoaOptions { MaxUploadBytes = 1024 * 1024, CommuneQuotaBytes = quotaBytes });
        var feedback = Options.Create(new FeedbackOptions { MaxAttachments = 2, MaxAttachmentBytes = 1024 * 1024 });
        return (new UploadStore(paths, new CommuneQuota(paths, loa)), new UploadPolicies(loa, feedback));
    }

    private static FormFile File(string name, byte[] content) =>
        new(new MemoryStream(content), 0, content.Length, "Files", name) { Headers = new HeaderDictionary(), ContentType = "application/octet-stream" };

    private static FormFile Big(string name, long length) =>
        new(new MemoryStream(Png), 0, length, "Files", name) { Headers = new HeaderDictionary() };

    [Fact]
    public async Task A_file_over_the_limit_is_too_large_and_answers_413_other_problems_400()
    {
        var (store, policies) = Create();
        var problems = await store.CheckAsync(policies.Evidence, [Big("lon.png", (1024 * 1024) + 1), File("trong.pdf", []), File("x.png", Script)], 7, default);

        Assert.Collection(
            problems,
            p => Assert.Equal(("Tệp \"lon.png\" lớn hơn giới hạn 1 MB.", true, 413), (p.Message, p.TooLarge, p.StatusCode)),
            p => Assert.Equal(("Tệp \"trong.pdf\" trống.", false, 400), (p.Message, p.TooLarge, p.StatusCode)),
            p => Assert.Equal((false, 400), (p.TooLarge, p.StatusCode)));
        Assert.Contains("không phải loại được nhận", problems[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_use_takes_its_own_kinds_and_number_of_files()
    {
        var (store, policies) = Create();

        Assert.Empty(await store.CheckAsync(policies.FeedbackAttachment, [File("a.pdf", Pdf), File("b.png", Png)], 7, default));
        var tooMany = await store.CheckAsync(policies.FeedbackAttachment, [File("a.pdf", Pdf), File("b.png", Pdf), File("c.png", Png)], 7, default);
        Assert.Equal(["Chỉ gửi kèm được tối đa 2 tệp."], tooMany.Select(p => p.Message));

        var pdfAsImage = await store.CheckAsync(UploadPolicies.ArticleImage, [File("bia.pdf", Pdf)], 7, default);
        Assert.Equal(["Tệp “bia.pdf” không phải là ảnh (nhận ảnh JPEG, PNG, GIF, WebP)."], pdfAsImage.Select(p => p.Message));
        var bigImage = await store.CheckAsync(UploadPolicies.ArticleImage, [Big("anh.png", UploadPolicies.ArticleImageBytes + 1)], 7, default);
        Assert.True(Assert.Single(bigImage).TooLarge);
        Assert.StartsWith("Ảnh “anh.png” lớn hơn giới hạn 5 MB", bigImage[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_quota_counts_evidence_and_article_images_but_not_citizens_attachments()
    {
        var (store, policies) = Create(quotaBytes: Png.Length + 1);
        await store.StoreAsync(UploadPolicies.ArticleImage, [File("bia.png", Png)], 7, default);

        var evidence = await store.CheckAsync(policies.Evidence, [File("b.png", Png)], 7, default);
        Assert.Equal([(CommuneQuota.Full, false)], evidence.Select(p => (p.Message, p.TooLarge)));
        Assert.Empty(await store.CheckAsync(policies.FeedbackAttachment, [File("b.png", Png)], 7, default));
        Assert.Empty(await store.CheckAsync(policies.Evidence, [File("b.png", Png)], 8, default));
        Assert.Empty(await store.CheckAsync(UploadPolicies.ArticleImage, [File("b.png", Png)], null, default));
    }

    [Fact]
    public async Task Files_lie_where_each_use_kept_them_and_are_discarded_by_name()
    {
        var (store, policies) = Create();
        var evidence = Assert.Single(await store.StoreAsync(policies.Evidence, [File("bien ban", Pdf)], 7, default));
        var image = Assert.Single(await store.StoreAsync(UploadPolicies.ArticleImage, [File("bia.png", Png)], 7, default));
        var attachment = Assert.Single(await store.StoreAsync(policies.FeedbackAttachment, [File("don.pdf", Pdf)], 7, default));

        Assert.True(System.IO.File.Exists(Path.Combine(data, "uploads", "7", evidence.StoredName)));
        Assert.True(System.IO.File.Exists(Path.Combine(data, "uploads", "7", "articles", image.StoredName)));
        Assert.True(System.IO.File.Exists(Path.Combine(data, "feedback", "7", attachment.StoredName)));
        Assert.Equal(("bien ban.pdf", "application/pdf", Pdf.Length), (evidence.FileName, evidence.ContentType, evidence.Length));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf)), evidence.Sha256);

        store.Discard(policies.Evidence, 7, [evidence.StoredName]);
        Assert.False(System.IO.File.Exists(Path.Combine(data, "uploads", "7", evidence.StoredName)));
        Assert.Throws<ArgumentException>(() => store.PathOf(policies.Evidence, 7, "../../etc/passwd"));
    }

    public void Dispose()
    {
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
