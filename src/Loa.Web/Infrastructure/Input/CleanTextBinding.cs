using System.ComponentModel.DataAnnotations;
using Loa.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Loa.Web.Infrastructure.Input;

/// <summary>
/// Every string that model binding produces — form fields, query strings, route values, each item of a list — goes
/// through <see cref="InputText.Clean"/>: the framework's own binder for simple types reads the value, then the text is
/// cleaned before any page sees it. Passwords are the one exception: they are never stored as text (only their hash),
/// and changing them would make a password set elsewhere (the command line) impossible to type.
/// </summary>
public sealed class CleanTextModelBinderProvider(IModelBinderProvider simpleTypes) : IModelBinderProvider
{
    /// <summary>Puts the provider in place of the framework's provider for simple types, which it wraps.</summary>
    public static void Apply(IList<IModelBinderProvider> providers)
    {
        var index = providers.ToList().FindIndex(p => p is SimpleTypeModelBinderProvider);
        if (index < 0)
        {
            throw new InvalidOperationException("The framework's binder for simple types is missing: bound text would not be cleaned.");
        }

        providers[index] = new CleanTextModelBinderProvider(providers[index]);
    }

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var binder = simpleTypes.GetBinder(context);
        return binder is not null && context.Metadata.ModelType == typeof(string) && context.Metadata.DataTypeName != nameof(DataType.Password)
            ? new CleanTextModelBinder(binder)
            : binder;
    }
}

/// <summary>Binds with the framework's binder, then cleans the text; the cleaned text is also what a form shown again displays.</summary>
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
