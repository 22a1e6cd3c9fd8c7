using Loa.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Loa.Web.Infrastructure.Input;

/// <summary>Binds with the framework's binder, then applies <see cref="InputText.Clean"/>; the cleaned text is also what a form shown again displays.</summary>
public sealed class CleanTextModelBinder(IModelBinder inner) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        await inner.BindModelAsync(bindingContext);
        if (bindingContext.Result.IsModelSet && bindingContext.Result.Model is string text && InputText.Clean(text) is { } clean && !string.Equals(clean, text, StringComparison.Ordinal))
        {
            bindingContext.Result = ModelBindingResult.Success(clean);
            if (bindingContext.ModelState.TryGetValue(bindingContext.ModelName, out var entry) && entry.RawValue is string raw && string.Equals(raw, text, StringComparison.Ordinal))
            {
                bindingContext.ModelState.SetModelValue(bindingContext.ModelName, clean, clean);
            }
        }
    }
}
