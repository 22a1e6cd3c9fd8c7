using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Loa.Web.Infrastructure;

/// <summary>The messages for values that cannot even be read (letters in a number field, a broken date), in Vietnamese.</summary>
public static class VietnameseBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetValueIsInvalidAccessor(value => $"Giá trị “{value}” không hợp lệ.");
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"Giá trị “{value}” không hợp lệ.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Giá trị “{value}” không hợp lệ.");
        messages.SetValueMustBeANumberAccessor(_ => "Hãy nhập một số.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Hãy nhập một số.");
        messages.SetMissingBindRequiredValueAccessor(_ => "Thiếu thông tin bắt buộc.");
        messages.SetMissingKeyOrValueAccessor(() => "Thiếu thông tin bắt buộc.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Yêu cầu không có nội dung.");
        messages.SetValueMustNotBeNullAccessor(_ => "Thiếu thông tin bắt buộc.");
        messages.SetUnknownValueIsInvalidAccessor(_ => "Giá trị không hợp lệ.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
    }
}
