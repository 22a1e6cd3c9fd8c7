using Loa.Articles;
using Loa.Data;
using Loa.Text;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Articles;

/// <summary>
/// The commune's pictures for article bodies: the list the editor's picker shows (as a page, and as JSON for the
/// picker), and the upload of a new one through the upload store (<see cref="UploadPolicies.ArticleImage"/>).
/// </summary>
[Authorize(Policy = Policies.ArticleEditor)]
[RequestSizeLimit(UploadPolicies.ArticleRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadPolicies.ArticleRequestBytes)]
public sealed class PicturesModel(LoaDbContext db, UploadStore images, TimeProvider time) : PageModel
{
    [BindProperty]
    public IFormFile? Picture { get; set; }

    public IReadOnlyList<PictureChoice> Pictures { get; private set; } = [];

    public async Task OnGetAsync() => Pictures = await ListAsync();

    /// <summary>The pictures as the editor's picker reads them.</summary>
    public async Task<IActionResult> OnGetListAsync() => new JsonResult(await ListAsync());

    /// <summary>Uploads a picture: JSON for the editor's picker (which asks for it), the page again otherwise.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var json = Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.Ordinal) == true);
        var communeId = db.Scope.CommuneId!.Value;
        var problem = Picture is null
            ? new UploadProblem("Hãy chọn một tệp ảnh để tải lên.", false)
            : (await images.CheckAsync(UploadPolicies.ArticleImage, [Picture], communeId, HttpContext.RequestAborted)).FirstOrDefault();
        if (problem is not null)
        {
            Response.StatusCode = problem.StatusCode;
            if (json)
            {
                return new JsonResult(new { error = problem.Message }) { StatusCode = problem.StatusCode };
            }

            ModelState.AddModelError(nameof(Picture), problem.Message);
            Pictures = await ListAsync();
            return Page();
        }

        var stored = (await images.StoreAsync(UploadPolicies.ArticleImage, [Picture!], communeId, HttpContext.RequestAborted))[0];
        var picture = new ArticlePicture
        {
            ProvinceId = db.Scope.ProvinceId!.Value,
            CommuneId = communeId,
            StoredName = stored.StoredName,
            ContentType = stored.ContentType,
            FileName = InputText.Shorten(stored.FileName, ArticlePicture.FileNameMax) ?? "anh",
            Bytes = stored.Length,
            UploadedAt = time.GetUtcNow().UtcDateTime,
            UploadedById = User.UserId(),
        };
        db.ArticlePictures.Add(picture);
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch
        {
            images.Discard(UploadPolicies.ArticleImage, communeId, [stored.StoredName]);
            throw;
        }

        var code = await CommuneCodeAsync();
        if (json)
        {
            return new JsonResult(Choice(picture, code));
        }

        TempData["Flash"] = $"Đã tải ảnh “{picture.FileName}” lên. Bấm vào ảnh trong trình soạn thảo để chèn vào bài.";
        return Redirect("/articles/pictures");
    }

    private async Task<IReadOnlyList<PictureChoice>> ListAsync()
    {
        var code = await CommuneCodeAsync();
        var pictures = await db.ArticlePictures.AsNoTracking().Where(p => p.CommuneId == db.Scope.CommuneId)
            .OrderByDescending(p => p.UploadedAt).ThenByDescending(p => p.Id)
            .ToListAsync(HttpContext.RequestAborted);
        return pictures.Select(p => Choice(p, code)).ToList();
    }

    private static PictureChoice Choice(ArticlePicture picture, string code) =>
        new(ArticleBody.PictureUrl(code, picture.StoredName), picture.FileName, DisplayTime.Moment(picture.UploadedAt));

    private Task<string> CommuneCodeAsync() =>
        db.Communes.AsNoTracking().Where(c => c.Id == db.Scope.CommuneId).Select(c => c.Code).FirstAsync(HttpContext.RequestAborted);
}

/// <summary>A picture as the picker shows it: its address on the portal, the file's name, when it was uploaded.</summary>
public sealed record PictureChoice(string Url, string FileName, string Uploaded);
