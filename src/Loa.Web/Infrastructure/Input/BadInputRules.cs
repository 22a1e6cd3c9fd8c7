namespace Loa.Web.Infrastructure.Input;

/// <summary>What the pages do with bad input, registered once for all of them (decision record 19).</summary>
public static class BadInputRules
{
    /// <summary>
    /// Cleans every bound text (<see cref="InputModelBinderProvider"/>) and refuses requests no handler answers
    /// (<see cref="UnknownHandlerFilter"/>).
    /// </summary>
    public static IMvcBuilder AddBadInputRules(this IMvcBuilder mvc) => mvc
        .AddMvcOptions(o => InputModelBinderProvider.Apply(o.ModelBinderProviders))
        .AddRazorPagesOptions(o => o.Conventions.ConfigureFilter(new UnknownHandlerFilter()));
}
