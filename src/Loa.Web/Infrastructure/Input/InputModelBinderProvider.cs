using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Loa.Web.Infrastructure.Input;

/// <summary>
/// Takes the place of the framework's provider for simple types and wraps the binders it gives: every string that model
/// binding produces — form fields, query strings, route values, each item of a list — is cleaned
/// (<see cref="CleanTextModelBinder"/>), and a yes/no field that receives something else keeps its Vietnamese error
/// without breaking the checkbox shown again (<see cref="YesNoModelBinder"/>). Passwords are the one exception to the
/// cleaning: they are never stored as text (only their hash), and changing them would make a password set elsewhere
/// (the command line) impossible to type.
/// </summary>
public sealed class InputModelBinderProvider(IModelBinderProvider simpleTypes) : IModelBinderProvider
{
    /// <summary>Puts the provider in place of the framework's provider for simple types.</summary>
    public static void Apply(IList<IModelBinderProvider> providers)
    {
        var index = providers.ToList().FindIndex(p => p is SimpleTypeModelBinderProvider);
        if (index < 0)
        {
            throw new InvalidOperationException("The framework's binder for simple types is missing: bound text would not be cleaned.");
        }

        providers[index] = new InputModelBinderProvider(providers[index]);
    }

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var binder = simpleTypes.GetBinder(context);
        var type = context.Metadata.UnderlyingOrModelType;
        return binder switch
        {
            null => null,
            _ when type == typeof(string) && context.Metadata.DataTypeName != nameof(DataType.Password) => new CleanTextModelBinder(binder),
            _ when type == typeof(bool) => new YesNoModelBinder(binder),
            _ => binder,
        };
    }
}
