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
        if (bindingContext.Result.Model is not string text || InputText.Clean(text) is not { } clean || string.Equals(clean, text, StringComparison.Ordinal))
        {
            return;
        }

        bindingContext.Result = ModelBindingResult.Success(clean);
        var state = bindingContext.ModelState;
        if (state.TryGetValue(bindingContext.ModelName, out var entry) && entry.RawValue is string raw && string.Equals(raw, text, StringComparison.Ordinal))
        {
            state.SetModelValue(bindingContext.ModelName, clean, clean);
        }
    }
}
