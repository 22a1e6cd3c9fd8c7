using System.Diagnostics;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loa.Web.Pages;

/// <summary>Every error as a plain Vietnamese page: never a stack trace; unexpected errors carry a correlation id.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true)]
public sealed class ErrorModel(ILogger<ErrorModel> logger) : PageModel
{
    public string Title { get; private set; } = "Đã có lỗi xảy ra";

    public string Message { get; private set; } = "Hệ thống gặp sự cố khi xử lý yêu cầu. Dữ liệu của bạn chưa bị thay đổi.";

    public string? CorrelationId { get; private set; }

    public void OnGet(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var status = code ?? StatusCodes.Status500InternalServerError;
        var failure = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        status = failure switch
        {
            AntiforgeryValidationException => StatusCodes.Status400BadRequest,
            Loa.Data.ReadOnlyScopeException => StatusCodes.Status403Forbidden,
            BadHttpRequestException bad => bad.StatusCode,
            InvalidDataException tooLong when tooLong.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) => StatusCodes.Status413PayloadTooLarge,
            _ => status,
        };

        Response.StatusCode = status;
        (Title, Message) = status switch
        {
            400 => ("Yêu cầu không hợp lệ", "Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang rồi làm lại; chưa có gì bị thay đổi."),
            403 => ("Không có quyền", "Tài khoản của bạn không được phép thực hiện việc này."),
            404 => ("Không tìm thấy", "Trang hoặc dữ liệu bạn tìm không có, hoặc không thuộc phạm vi của bạn."),
            405 => ("Yêu cầu không hợp lệ", "Trang này không nhận thao tác vừa gửi. Hãy mở lại trang rồi làm lại; chưa có gì bị thay đổi."),
            413 => ("Tệp quá lớn", "Dữ liệu gửi lên vượt quá giới hạn cho phép. Hãy chọn tệp nhỏ hơn."),
            429 => ("Quá nhiều yêu cầu", "Bạn đã thử quá nhiều lần. Vui lòng đợi một phút rồi thử lại."),
            _ => (Title, Message),
        };
        if (failure is Loa.Data.ReadOnlyScopeException)
        {
            Message = "Tài khoản của Bộ Nội vụ chỉ xem số liệu, không thay đổi dữ liệu của xã, phường hay tỉnh. Chưa có gì bị thay đổi.";
        }

        if (status == StatusCodes.Status403Forbidden && HttpContext.Items[Infrastructure.Security.HandlerAuthorization.RefusalKey] is string reason)
        {
            Message = reason;
        }

        if (status >= 500)
        {
            CorrelationId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
            if (failure is not null)
            {
                logger.LogError(failure, "Unhandled error {CorrelationId}", CorrelationId);
            }
        }
    }
}
