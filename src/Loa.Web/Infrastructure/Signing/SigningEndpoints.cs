using Loa.Signing;
using Microsoft.AspNetCore.Http.Metadata;

namespace Loa.Web.Infrastructure.Signing;

/// <summary>
/// The two addresses the signing agent calls without a session (docs/decisions/0034): GET the issued PDF, POST the signed PDF.
/// Each is authorised by its own unguessable one-time token (256 bits, stored hashed, 10 minutes); no cookie, so no anti-forgery.
/// </summary>
public static class SigningEndpoints
{
    public static void MapSigningEndpoints(this WebApplication app)
    {
        app.MapGet("/signing/agent/file/{token}", async (string token, SigningService signing, HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return await signing.DownloadAsync(token, context.RequestAborted) is { } file
                ? Results.File(file.Pdf, "application/pdf", file.Name)
                : Results.Json(new UploadAnswer(false, "Liên kết tải văn bản đã hết hạn hoặc đã được dùng."), statusCode: StatusCodes.Status403Forbidden);
        }).AllowAnonymous().DisableAntiforgery();

        app.MapPost("/signing/agent/upload/{token}", async (string token, SigningService signing, HttpContext context) =>
        {
            if (context.Request.ContentLength is > SigningService.MaxSignedBytes)
            {
                return Results.Json(new UploadAnswer(false, "Tệp đã ký lớn quá giới hạn."), statusCode: StatusCodes.Status413PayloadTooLarge);
            }

            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            var (status, answer) = await signing.UploadAsync(token, body.ToArray(), context.RequestAborted);
            return Results.Json(answer, statusCode: status);
        }).AllowAnonymous().DisableAntiforgery().WithMetadata(new RequestSizeLimitMetadata(SigningService.MaxSignedBytes));
    }

    private sealed class RequestSizeLimitMetadata(long max) : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => max;
    }
}
