using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Loa.Web.Infrastructure.Input;

/// <summary>
/// A yes/no field sent with something that is not a yes or a no ("có", "1"): the framework's binder records the
/// Vietnamese error, and the value kept to show the form again becomes "false". Without this, a checkbox shown again
/// throws while rendering ("… is not a valid value for Boolean", dotnet/aspnetcore#55512) and the answer is a 500.
/// </summary>
public sealed class YesNoModelBinder(IModelBinder inner) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        await inner.BindModelAsync(bindingContext);
        if (!bindingContext.Result.IsModelSet
            && bindingContext.ModelState.TryGetValue(bindingContext.ModelName, out var entry)
            && entry.Errors.Count > 0
            && entry.RawValue is not null)
        {
            entry.RawValue = false;
            entry.AttemptedValue = "false";
        }
    }
}
